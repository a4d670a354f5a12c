import type { ErrorDetail, ErrorKind } from '../../../common/errors/domain-error';
import type { RoomSheetView, TicketView } from '../../scheduling/domain/ticket-documents.types';
import type { SummaryMeta, SummaryRow } from '../../registrations/domain/summary-row';
import type { SheetReadResult, SheetSpec } from '../excel/sheet-reader';
import type { SummaryReadOptions, SummaryReadResult } from '../excel/summary-sheet-reader';
import type { XlsxLimits } from '../excel/xlsx-guard';
import type { NormalizedPhoto } from '../images/photo-image';
import type { PublicityMeta, PublicityRow } from '../pdf/publicity-list.pdf';
import type { TechnicianReviewView } from '../pdf/technician-review.pdf';
import type { DiscrepancyListRow } from '../excel/discrepancy-list.xlsx';
import type { ScoreSheetPdfView } from '../pdf/score-sheet.pdf';
import type { ScoreSheetFile } from '../../scoring/domain/score-sheet-file';
import type { ScoreSheetExport } from '../excel/score-sheet.xlsx';
import type { PassListPdfGroup, PassListPdfMeta, PassListPdfPart } from '../pdf/pass-list.pdf';
import type { PdfSigningKey } from '../../certificates/signing/pdf-signer';
import type { CertificateView } from '../pdf/certificate.pdf';

/**
 * What the document workers do, as plain data: everything crosses the thread boundary by
 * structured clone, so a task carries the builder's input (never a pdfmake definition, whose
 * layout functions cannot be cloned), and a Buffer arrives as a Uint8Array.
 */
export interface DocumentTaskInputs {
  'read-summary-sheet': { file: Uint8Array; options: SummaryReadOptions };
  'read-sheet': { file: Uint8Array; spec: SheetSpec; limits?: Partial<XlsxLimits> };
  'normalize-photo': { file: Uint8Array };
  'inspect-pdf': { file: Uint8Array };
  'tickets-pdf': { tickets: TicketView[] };
  'ticket-pdfs': { tickets: TicketView[] };
  'merge-pdfs': { parts: Uint8Array[]; title: string };
  'summary-pdf': { rows: SummaryRow[]; meta: SummaryMeta };
  'publicity-pdf': { rows: PublicityRow[]; meta: PublicityMeta };
  'room-sheet-pdf': { sheet: 'seating-chart' | 'sign-in'; rooms: RoomSheetView[] };
  'technician-review-pdf': { view: TechnicianReviewView; copies: number };
  'read-score-sheet': { file: Uint8Array };
  'score-sheet-xlsx': { sheet: ScoreSheetExport };
  'score-sheet-pdf': { sheet: ScoreSheetPdfView };
  'discrepancy-pdf': { title: string; rows: DiscrepancyListRow[] };
  'pass-list-pdf': { groups: PassListPdfGroup[]; meta: PassListPdfMeta };
  'pass-list-pdf-part': {
    groups: PassListPdfGroup[];
    meta: PassListPdfMeta;
    part: PassListPdfPart;
  };
  'pass-list-xlsx': { groups: PassListPdfGroup[]; meta: PassListPdfMeta };
  /** 合格证明, one page each, signed as one document; `signedAt` is an ISO instant. */
  'certificate-pdf': { views: CertificateView[]; key: PdfSigningKey; signedAt: string };
  /** 合格证明, one signed PDF per view, in order (a batch of a zip download). */
  'certificate-pdfs': { views: CertificateView[]; key: PdfSigningKey; signedAt: string };
}

export interface DocumentTaskResults {
  'read-summary-sheet': SummaryReadResult;
  'read-sheet': SheetReadResult;
  'normalize-photo': NormalizedPhoto;
  'inspect-pdf': { pages: number };
  'tickets-pdf': Buffer;
  'ticket-pdfs': Buffer[];
  'merge-pdfs': Buffer;
  'summary-pdf': Buffer;
  'publicity-pdf': Buffer;
  'room-sheet-pdf': Buffer;
  'technician-review-pdf': Buffer;
  'read-score-sheet': ScoreSheetFile;
  'score-sheet-xlsx': Buffer;
  'score-sheet-pdf': Buffer;
  'discrepancy-pdf': Buffer;
  'pass-list-pdf': Buffer;
  'pass-list-pdf-part': { bytes: Buffer; pages: number };
  'pass-list-xlsx': Buffer;
  'certificate-pdf': Buffer;
  'certificate-pdfs': Buffer[];
}

export type TaskKind = keyof DocumentTaskInputs;

export type DocumentTask<K extends TaskKind = TaskKind> = {
  [P in K]: { kind: P } & DocumentTaskInputs[P];
}[K];

/** A DomainError as data: its class does not survive the thread boundary. */
export interface SerializedDomainError {
  kind: ErrorKind;
  code: string;
  message: string;
  details: ErrorDetail[];
}

/** Expected refusals come back as values; anything else rejects (and is mapped by the pool). */
export type WorkerReply<T = unknown> =
  { ok: true; value: T } | { ok: false; error: SerializedDomainError };

/** A Buffer again, sharing the bytes of a cloned Uint8Array. */
export const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
