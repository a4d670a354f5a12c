import type { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { DomainError } from '../../../common/errors/domain-error';
import { createSheetCounter, WORKSHEET_PART } from './sheet-xml-count';
import { withTimeout } from './with-timeout';
import {
  xlsxInvalid,
  xlsxSheetTooLarge,
  xlsxTimeout,
  xlsxTooLarge,
  xlsxTooManyEntries,
  xlsxUnsafe,
} from './xlsx-errors';

/**
 * Pre-parse guard for every uploaded xlsx. exceljs `xlsx.load()` holds the whole inflated archive
 * in memory and can abort the process on a zip bomb (checklist row 27), rejects disguised files
 * only after reading them (row 29) and must never see DOCTYPE/ENTITY markup (row 33). So the
 * archive is checked here with yauzl first, before exceljs touches a byte.
 */

export interface XlsxLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Uncompressed bytes of one entry, declared and actually inflated. */
  maxEntryBytes: number;
  /** Uncompressed bytes of the whole archive, declared and actually inflated. */
  maxTotalBytes: number;
  /** `<row>` elements over all worksheets, blank formatted rows included (row 27). */
  maxSheetRows: number;
  /** `<c>` elements over all worksheets. */
  maxSheetCells: number;
  /** Wall-clock budget for the inspection (row 29: a verdict within about 10 s). */
  timeoutMs: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_XLSX_LIMITS: Readonly<XlsxLimits> = Object.freeze({
  maxEntries: 100,
  maxEntryBytes: 25 * MIB,
  maxTotalBytes: 40 * MIB,
  // 10,000 data rows (row 30) plus the template's 1,006 prepared rows and some slack.
  maxSheetRows: 12_000,
  maxSheetCells: 600_000,
  timeoutMs: 10_000,
});

/** Running count of inflated bytes, shared by all entries of one archive. */
export interface InflateBudget {
  maxEntryBytes: number;
  maxTotalBytes: number;
  totalBytes: number;
  maxSheetRows?: number;
  maxSheetCells?: number;
  /** Rows and cells counted so far in the worksheets already read. */
  sheetRows?: number;
  sheetCells?: number;
}

/** What to look for while an entry is inflated. */
export interface EntryScan {
  /** Refuse DOCTYPE/ENTITY (markup parts). */
  markup: boolean;
  /** Count rows and cells against the budget (worksheet parts). */
  sheet?: boolean;
}

interface InspectionSession {
  zip?: yauzl.ZipFile;
  stream?: Readable;
}

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const WORKBOOK_PART = 'xl/workbook.xml';
// exceljs parses .xml and .rels parts, and .vml for notes: all of them are XML to its SAX parser.
const MARKUP_PART = /\.(xml|rels|vml)$/i;
const FORBIDDEN_MARKUP = /<!(DOCTYPE|ENTITY)/i;
// Longer than the longest forbidden token, so a token split across two chunks is still found.
const SCAN_CARRY_CHARS = 16;

export function resolveXlsxLimits(limits: Partial<XlsxLimits> = {}): XlsxLimits {
  return { ...DEFAULT_XLSX_LIMITS, ...limits };
}

/** `<row>` elements a sheet with `maxDataRows` data rows may hold: headers, blank formatted rows. */
export const sheetRowsFor = (maxDataRows: number): number => maxDataRows + 2_000;

/**
 * Resolves if `buffer` is a plausible, bounded, entity-free xlsx; otherwise throws a DomainError
 * (XLSX_INVALID / XLSX_TOO_LARGE / XLSX_UNSAFE / XLSX_TIMEOUT). Every entry is really inflated,
 * because declared sizes can lie (row 27).
 */
export async function inspectXlsx(buffer: Buffer, limits?: Partial<XlsxLimits>): Promise<void> {
  const resolved = resolveXlsxLimits(limits);
  assertZipMagic(buffer);
  // An upload larger than the inflated-size cap cannot pass anyway: refuse it without parsing.
  if (buffer.length > resolved.maxTotalBytes) throw xlsxTooLarge(resolved.maxTotalBytes);
  const session: InspectionSession = {};
  const onTimeout = (): Error => {
    teardown(session);
    return xlsxTimeout();
  };
  try {
    await withTimeout(inspectArchive(buffer, resolved, session), resolved.timeoutMs, onTimeout);
  } catch (err) {
    throw toDomainError(err);
  } finally {
    teardown(session);
  }
}

/** Random bytes and renamed CSVs fail here, before yauzl allocates anything (row 29). */
function assertZipMagic(buffer: Buffer): void {
  if (buffer.length < ZIP_LOCAL_HEADER.length) throw xlsxInvalid();
  if (!buffer.subarray(0, ZIP_LOCAL_HEADER.length).equals(ZIP_LOCAL_HEADER)) throw xlsxInvalid();
}

async function inspectArchive(
  buffer: Buffer,
  limits: XlsxLimits,
  session: InspectionSession,
): Promise<void> {
  const zip = await openZip(buffer);
  session.zip = zip;
  // Central-directory pre-scan first: nothing is inflated until every declared size is in bounds.
  if (zip.entryCount > limits.maxEntries) throw xlsxTooManyEntries(limits.maxEntries);
  const entries = await listEntries(zip, limits);
  if (!entries.some((entry) => entry.fileName === WORKBOOK_PART)) throw xlsxInvalid();
  const budget: InflateBudget = { ...limits, totalBytes: 0, sheetRows: 0, sheetCells: 0 };
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const stream = await openEntryStream(zip, entry);
    session.stream = stream;
    await consumeEntryStream(stream, budget, {
      markup: MARKUP_PART.test(entry.fileName),
      sheet: WORKSHEET_PART.test(entry.fileName),
    });
    session.stream = undefined;
  }
}

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    // validateEntrySizes: yauzl errors as soon as an entry inflates past its declared size.
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    );
  });
}

function listEntries(zip: yauzl.ZipFile, limits: XlsxLimits): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    let declaredTotal = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      declaredTotal += entry.uncompressedSize;
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        return reject(xlsxTooLarge(limits.maxEntryBytes));
      }
      if (declaredTotal > limits.maxTotalBytes) return reject(xlsxTooLarge(limits.maxTotalBytes));
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    // Stays attached after settling so a late yauzl error is never an unhandled 'error' event.
    zip.on('error', reject);
    zip.readEntry();
  });
}

function openEntryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream)));
  });
}

/**
 * Drains one inflated entry, enforcing the actual byte caps (independent of yauzl's declared-size
 * check), for markup parts refusing DOCTYPE/ENTITY (XXE / billion laughs, row 33), and for
 * worksheets counting rows and cells against the budget (row 27).
 */
export function consumeEntryStream(
  stream: Readable,
  budget: InflateBudget,
  scan: EntryScan,
): Promise<void> {
  const hasForbiddenMarkup = scan.markup ? createMarkupScanner() : (): boolean => false;
  const sheetTooLarge = scan.sheet ? createSheetCheck(budget) : (): Error | undefined => undefined;
  let entryBytes = 0;
  return new Promise((resolve, reject) => {
    const fail = (err: Error): void => {
      reject(err);
      stream.destroy();
    };
    stream.on('data', (chunk: Buffer) => {
      entryBytes += chunk.length;
      budget.totalBytes += chunk.length;
      if (entryBytes > budget.maxEntryBytes) return fail(xlsxTooLarge(budget.maxEntryBytes));
      if (budget.totalBytes > budget.maxTotalBytes) return fail(xlsxTooLarge(budget.maxTotalBytes));
      if (hasForbiddenMarkup(chunk)) return fail(xlsxUnsafe());
      const tooLarge = sheetTooLarge(chunk);
      if (tooLarge) fail(tooLarge);
    });
    stream.on('end', () => resolve());
    stream.on('error', reject);
  });
}

function createMarkupScanner(): (chunk: Buffer) => boolean {
  let carry = '';
  return (chunk) => {
    // latin1 maps bytes 1:1; dropping NULs also exposes UTF-16 encoded markup.
    const text = carry + chunk.toString('latin1').replace(/\0/g, '');
    if (FORBIDDEN_MARKUP.test(text)) return true;
    carry = text.slice(-SCAN_CARRY_CHARS);
    return false;
  };
}

/** Adds one worksheet's rows and cells to the budget's running totals; an error once over. */
function createSheetCheck(budget: InflateBudget): (chunk: Buffer) => Error | undefined {
  const count = createSheetCounter();
  const base = { rows: budget.sheetRows ?? 0, cells: budget.sheetCells ?? 0 };
  return (chunk) => {
    const seen = count(chunk);
    budget.sheetRows = base.rows + seen.rows;
    budget.sheetCells = base.cells + seen.cells;
    const { maxSheetRows = Infinity, maxSheetCells = Infinity } = budget;
    if (budget.sheetRows > maxSheetRows) return xlsxSheetTooLarge('rows', maxSheetRows);
    if (budget.sheetCells > maxSheetCells) return xlsxSheetTooLarge('cells', maxSheetCells);
    return undefined;
  };
}

function teardown(session: InspectionSession): void {
  session.stream?.destroy();
  session.stream = undefined;
  session.zip?.close();
}

/** yauzl/zlib errors (bad signature, truncated, size lie, bad deflate data) mean a corrupt file. */
function toDomainError(err: unknown): DomainError {
  return err instanceof DomainError ? err : xlsxInvalid();
}
