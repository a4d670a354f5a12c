import type { TechnicianReviewView } from '../pdf/technician-review.pdf';
import { Injectable } from '@nestjs/common';
import type { RoomSheetView, TicketView } from '../../scheduling/domain/ticket-documents.types';
import type { SummaryMeta, SummaryRow } from '../../registrations/domain/summary-row';
import type { SheetReadResult, SheetSpec } from '../excel/sheet-reader';
import type { SummaryReadOptions, SummaryReadResult } from '../excel/summary-sheet-reader';
import { xlsxInvalid, xlsxTimeout } from '../excel/xlsx-errors';
import { resolveXlsxLimits, type XlsxLimits } from '../excel/xlsx-guard';
import { notAPdf } from '../files/pdf-inspect';
import { photoCorrupt, type NormalizedPhoto } from '../images/photo-image';
import type { PublicityMeta, PublicityRow } from '../pdf/publicity-list.pdf';
import type { DiscrepancyListRow } from '../excel/discrepancy-list.xlsx';
import type { ScoreSheetPdfView } from '../pdf/score-sheet.pdf';
import type { ScoreSheetFile } from '../../scoring/domain/score-sheet-file';
import type { ScoreSheetExport } from '../excel/score-sheet.xlsx';
import type { PdfSigningKey } from '../../certificates/signing/pdf-signer';
import type { CertificateView } from '../pdf/certificate.pdf';
import type { DocumentTask, DocumentTaskResults } from './document-tasks';
import { DocumentWorkers } from './document-workers';
import {
  passListParts,
  passListTitle,
  type PassListPdfGroup,
  type PassListPdfMeta,
} from '../pdf/pass-list.pdf';
import { fileTimeout, fileTooComplex, RENDER_FAILURES, type TaskFailures } from './worker-errors';

/** The guard's own verdict (XLSX_TIMEOUT) comes first; the pool's deadline is the backstop. */
const XLSX_SLACK_MS = 2_000;
const UPLOAD_TIMEOUT_MS = 15_000;
/** A 50-page ticket batch renders in about half a second; a 3,000-row list in a few seconds. */
const RENDER_TIMEOUT_MS = 60_000;
/** Added per certificate of a batch: far more than one takes on a busy core. */
const CERTIFICATE_TIMEOUT_MS = 1_000;

const XLSX_FAILURES: TaskFailures = {
  timeout: xlsxTimeout,
  memory: fileTooComplex,
  crash: xlsxInvalid,
};
const PHOTO_FAILURES: TaskFailures = {
  timeout: fileTimeout,
  memory: fileTooComplex,
  crash: photoCorrupt,
};
const PDF_UPLOAD_FAILURES: TaskFailures = {
  timeout: fileTimeout,
  memory: fileTooComplex,
  crash: notAPdf,
};

/** Every parse of an upload and every PDF rendered, each as one task in the worker pool. */
@Injectable()
export class DocumentJobs {
  constructor(private readonly workers: DocumentWorkers) {}

  readSummarySheet(file: Buffer, options: SummaryReadOptions): Promise<SummaryReadResult> {
    const ms = resolveXlsxLimits(options.limits).timeoutMs + XLSX_SLACK_MS;
    return this.workers.run({ kind: 'read-summary-sheet', file, options }, ms, XLSX_FAILURES);
  }

  readSheet(file: Buffer, spec: SheetSpec, limits?: Partial<XlsxLimits>): Promise<SheetReadResult> {
    const ms = resolveXlsxLimits(limits).timeoutMs + XLSX_SLACK_MS;
    return this.workers.run({ kind: 'read-sheet', file, spec, limits }, ms, XLSX_FAILURES);
  }

  /** Decoded and re-encoded as a baseline JPEG of at most 600 × 800. */
  normalizePhoto(file: Buffer): Promise<NormalizedPhoto> {
    return this.workers.run({ kind: 'normalize-photo', file }, UPLOAD_TIMEOUT_MS, PHOTO_FAILURES);
  }

  /** A well-formed PDF without scripts, automatic actions, attachments or rich media. */
  inspectPdf(file: Buffer): Promise<{ pages: number }> {
    return this.workers.run({ kind: 'inspect-pdf', file }, UPLOAD_TIMEOUT_MS, PDF_UPLOAD_FAILURES);
  }

  ticketsPdf(tickets: TicketView[]): Promise<Buffer> {
    return this.render({ kind: 'tickets-pdf', tickets });
  }

  /** One PDF per ticket, in order. */
  ticketPdfs(tickets: TicketView[]): Promise<Buffer[]> {
    return this.workers.run({ kind: 'ticket-pdfs', tickets }, RENDER_TIMEOUT_MS, RENDER_FAILURES);
  }

  mergePdfs(parts: Buffer[], title: string): Promise<Buffer> {
    return this.render({ kind: 'merge-pdfs', parts, title });
  }

  summaryPdf(rows: SummaryRow[], meta: SummaryMeta): Promise<Buffer> {
    return this.render({ kind: 'summary-pdf', rows, meta });
  }

  publicityPdf(rows: PublicityRow[], meta: PublicityMeta): Promise<Buffer> {
    return this.render({ kind: 'publicity-pdf', rows, meta });
  }

  roomSheetPdf(sheet: 'seating-chart' | 'sign-in', rooms: RoomSheetView[]): Promise<Buffer> {
    return this.render({ kind: 'room-sheet-pdf', sheet, rooms });
  }

  /** 附件4, `copies` times (一式三份). */
  technicianReviewPdf(view: TechnicianReviewView, copies: number): Promise<Buffer> {
    return this.render({ kind: 'technician-review-pdf', view, copies });
  }

  /** An uploaded score sheet (guarded like every xlsx): its marker and rows. */
  readScoreSheet(file: Buffer): Promise<ScoreSheetFile> {
    return this.workers.run({ kind: 'read-score-sheet', file }, 12_000, XLSX_FAILURES);
  }

  /** A grader's score sheet to fill: exceljs and its zip off the event loop (~10 ms a sheet). */
  scoreSheetXlsx(sheet: ScoreSheetExport): Promise<Buffer> {
    return this.render({ kind: 'score-sheet-xlsx', sheet });
  }

  scoreSheetPdf(sheet: ScoreSheetPdfView): Promise<Buffer> {
    return this.render({ kind: 'score-sheet-pdf', sheet });
  }

  discrepancyPdf(title: string, rows: DiscrepancyListRow[]): Promise<Buffer> {
    return this.render({ kind: 'discrepancy-pdf', title, rows });
  }

  /**
   * 《…合格人员名单》 as PDF. A long list is laid out in parts of PASS_LIST_PART_ROWS rows, one
   * worker task each and one after another (each part's page numbers follow the last), then joined.
   */
  async passListPdf(groups: PassListPdfGroup[], meta: PassListPdfMeta): Promise<Buffer> {
    const parts = passListParts(groups);
    if (parts.length === 1) return this.render({ kind: 'pass-list-pdf', groups, meta });
    const total = groups.reduce((n, g) => n + g.rows.length, 0);
    const pdfs: Buffer[] = [];
    let pageOffset = 0;
    for (const [index, part] of parts.entries()) {
      const { bytes, pages } = await this.render({
        kind: 'pass-list-pdf-part',
        groups: part,
        meta,
        part: { index, of: parts.length, pageOffset, total },
      });
      pdfs.push(bytes);
      pageOffset += pages;
    }
    return this.mergePdfs(pdfs, passListTitle(meta.examYear));
  }

  /** 《…合格人员名单》 as xlsx. */
  passListXlsx(groups: PassListPdfGroup[], meta: PassListPdfMeta): Promise<Buffer> {
    return this.render({ kind: 'pass-list-xlsx', groups, meta });
  }

  /**
   * 合格证明 rendered and signed in the pool: one page per view, one signature over the file.
   * The key crosses into the worker by structured clone; no task input is ever logged.
   */
  certificatePdf(views: CertificateView[], key: PdfSigningKey, signedAt: Date): Promise<Buffer> {
    return this.render({ kind: 'certificate-pdf', views, key, signedAt: signedAt.toISOString() });
  }

  /**
   * 合格证明 as one signed PDF each, in order, in one task: the key is parsed once per batch.
   * The deadline grows with the batch (a certificate takes about 25 ms on an idle core).
   */
  certificatePdfs(views: CertificateView[], key: PdfSigningKey, signedAt: Date): Promise<Buffer[]> {
    return this.workers.run(
      { kind: 'certificate-pdfs', views, key, signedAt: signedAt.toISOString() },
      RENDER_TIMEOUT_MS + views.length * CERTIFICATE_TIMEOUT_MS,
      RENDER_FAILURES,
    );
  }

  private render<
    K extends
      | 'tickets-pdf'
      | 'merge-pdfs'
      | 'summary-pdf'
      | 'publicity-pdf'
      | 'room-sheet-pdf'
      | 'technician-review-pdf'
      | 'score-sheet-xlsx'
      | 'score-sheet-pdf'
      | 'discrepancy-pdf'
      | 'pass-list-pdf'
      | 'pass-list-pdf-part'
      | 'pass-list-xlsx'
      | 'certificate-pdf',
  >(task: DocumentTask<K>): Promise<DocumentTaskResults[K]> {
    return this.workers.run(task, RENDER_TIMEOUT_MS, RENDER_FAILURES);
  }
}
