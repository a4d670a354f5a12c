import { PDFDocument } from 'pdf-lib';
import type { Content } from 'pdfmake/interfaces';
import { DomainError } from '../../../common/errors/domain-error';
import { readSheet } from '../excel/sheet-reader';
import { readSummarySheet } from '../excel/summary-sheet-reader';
import { inspectPdf } from '../files/pdf-inspect';
import { normalizePhoto } from '../images/photo-image';
import { renderPdf } from '../pdf/pdf-renderer';
import { buildTechnicianReviewDoc } from '../pdf/technician-review.pdf';
import { buildPublicityListDoc } from '../pdf/publicity-list.pdf';
import { buildSeatingChartDoc, buildSignInSheetDoc } from '../pdf/room-sheet.pdf';
import { buildSummaryTableDoc } from '../pdf/summary-table.pdf';
import { readScoreSheet, writeScoreSheetWorkbook } from '../excel/score-sheet.xlsx';
import { buildDiscrepancyListDoc, buildScoreSheetDoc } from '../pdf/score-sheet.pdf';
import { renderTicketPdf, renderTicketsPdf } from '../pdf/ticket.pdf';
import { buildPassListDoc } from '../pdf/pass-list.pdf';
import { writePassListWorkbook } from '../excel/pass-list.xlsx';
import { renderCertificatesPdf } from '../pdf/certificate.pdf';
import { pdfSigner, signaturePlaceholder, signPdf } from '../../certificates/signing/pdf-signer';
import type { TicketView } from '../../scheduling/domain/ticket-documents.types';
import {
  asBuffer,
  type DocumentTask,
  type DocumentTaskResults,
  type TaskKind,
  type WorkerReply,
} from './document-tasks';
import { yieldToRequests } from './thread-priority';

/**
 * The entry point of a document worker thread (piscina). Parsing uploads and rendering PDFs run
 * here, under the pool's memory limit and timeout, so a bomb or a crash ends one task and one
 * thread, never the service (findings 1 and 2). The thread yields the processor to requests.
 */
yieldToRequests();

type Handlers = {
  [K in TaskKind]: (task: DocumentTask<K>) => Promise<DocumentTaskResults[K]>;
};

const withPhotoBuffers = (tickets: TicketView[]): TicketView[] =>
  tickets.map((t) => ({ ...t, photo: t.photo ? asBuffer(t.photo) : null }));

const HANDLERS: Handlers = {
  'read-summary-sheet': (t) => readSummarySheet(asBuffer(t.file), t.options),
  'read-sheet': (t) => readSheet(asBuffer(t.file), t.spec, t.limits),
  'normalize-photo': (t) => Promise.resolve(normalizePhoto(asBuffer(t.file))),
  'inspect-pdf': (t) => inspectPdf(asBuffer(t.file)),
  'tickets-pdf': (t) => renderTicketsPdf(withPhotoBuffers(t.tickets)),
  'ticket-pdfs': async (t) => {
    const out: Buffer[] = [];
    for (const ticket of withPhotoBuffers(t.tickets)) out.push(await renderTicketPdf(ticket));
    return out;
  },
  'merge-pdfs': (t) => mergePdfs(t.parts.map(asBuffer), t.title),
  'summary-pdf': (t) => renderPdf(buildSummaryTableDoc(t.rows, t.meta)),
  'publicity-pdf': (t) => renderPdf(buildPublicityListDoc(t.rows, t.meta)),
  'room-sheet-pdf': (t) =>
    renderPdf(t.sheet === 'sign-in' ? buildSignInSheetDoc(t.rooms) : buildSeatingChartDoc(t.rooms)),
  'technician-review-pdf': (t) =>
    renderPdf(
      buildTechnicianReviewDoc(
        { ...t.view, photo: t.view.photo ? asBuffer(t.view.photo) : null },
        t.copies,
      ),
    ),
  'read-score-sheet': (t) => readScoreSheet(asBuffer(t.file)),
  'score-sheet-xlsx': (t) => writeScoreSheetWorkbook(t.sheet),
  'score-sheet-pdf': (t) => renderPdf(buildScoreSheetDoc(t.sheet)),
  'discrepancy-pdf': (t) => renderPdf(buildDiscrepancyListDoc(t.title, t.rows)),
  'pass-list-pdf': (t) => renderPdf(buildPassListDoc(t.groups, t.meta)),
  'pass-list-pdf-part': async (t) => {
    const def = buildPassListDoc(t.groups, t.meta, t.part);
    let pages = 0;
    const footer = def.footer as (page: number, count: number) => Content;
    def.footer = (page: number, count: number) => {
      pages = count;
      return footer(page, count);
    };
    return { bytes: await renderPdf(def), pages };
  },
  'pass-list-xlsx': (t) => writePassListWorkbook(t.groups, t.meta),
  'certificate-pdf': async (t) => {
    const signedAt = new Date(t.signedAt);
    const pdf = await renderCertificatesPdf(t.views, signaturePlaceholder(signedAt));
    return signPdf(pdf, { key: t.key, signedAt });
  },
  'certificate-pdfs': async (t) => {
    const sign = pdfSigner(t.key);
    const signedAt = new Date(t.signedAt);
    const out: Buffer[] = [];
    for (const view of t.views)
      out.push(
        await sign(await renderCertificatesPdf([view], signaturePlaceholder(signedAt)), signedAt),
      );
    return out;
  },
};

/** Joins rendered parts into one PDF (pdfmake cannot; pdf-lib copies the pages). */
async function mergePdfs(parts: Buffer[], title: string): Promise<Buffer> {
  const merged = await PDFDocument.create();
  merged.setTitle(title);
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes);
    for (const page of await merged.copyPages(part, part.getPageIndices())) merged.addPage(page);
  }
  return Buffer.from(await merged.save());
}

export async function runDocumentTask(task: DocumentTask): Promise<WorkerReply> {
  const handler = HANDLERS[task.kind] as (t: DocumentTask) => Promise<unknown>;
  try {
    return { ok: true, value: await handler(task) };
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return {
      ok: false,
      error: { kind: e.kind, code: e.code, message: e.message, details: e.details },
    };
  }
}
