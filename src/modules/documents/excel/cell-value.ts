import * as ExcelJS from 'exceljs';

/**
 * Turns one exceljs cell into trimmed text, or an issue the importer reports per cell. Never
 * returns `[object Object]` and never trusts a formula's cached `result` (checklist row 26).
 */

export interface CellIssue {
  code: string;
  message: string;
}

export interface CellReading {
  value: string | null;
  issue?: CellIssue;
}

// Excel keeps 15 significant digits: an 18-digit ID typed as a number is silently zero-padded.
const MAX_SIGNIFICANT_DIGITS = 15;
const EMPTY: CellReading = { value: null };

const FORMULA_ISSUE: CellIssue = {
  code: 'CELL_FORMULA',
  message: '公式单元格不允许，请粘贴为数值',
};
const PRECISION_ISSUE: CellIssue = {
  code: 'CELL_NUMBER_PRECISION',
  message: '数字过长已丢失精度，请将该列设置为文本格式',
};
const MERGED_ISSUE: CellIssue = {
  code: 'CELL_MERGED',
  message: '不支持合并单元格，请取消合并后逐行填写',
};
const UNSUPPORTED_ISSUE: CellIssue = {
  code: 'CELL_UNSUPPORTED',
  message: '无法识别的单元格内容，请粘贴为纯文本',
};

export function readCellValue(cell: ExcelJS.Cell | undefined): CellReading {
  if (!cell) return EMPTY;
  if (cell.type === ExcelJS.ValueType.Merge) return readMergedSlave(cell);
  if (cell.type === ExcelJS.ValueType.Formula) return withIssue(FORMULA_ISSUE);
  return readValue(cell.value);
}

/**
 * exceljs hands a merged-range slave its master's value. Copying it down would invent data the
 * user did not type; dropping it would hide it (row 30). So a non-empty merge is flagged.
 */
function readMergedSlave(cell: ExcelJS.Cell): CellReading {
  const master = readValue(cell.master.value);
  return master.value === null && !master.issue ? EMPTY : withIssue(MERGED_ISSUE);
}

function readValue(value: unknown): CellReading {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return readText(value);
  if (typeof value === 'number') return readNumber(value);
  if (typeof value === 'boolean') return { value: String(value) };
  if (value instanceof Date) return readDate(value);
  if (typeof value === 'object') return readObject(value as Record<string, unknown>);
  return withIssue(UNSUPPORTED_ISSUE);
}

function readObject(value: Record<string, unknown>): CellReading {
  if ('formula' in value || 'sharedFormula' in value) return withIssue(FORMULA_ISSUE);
  if ('error' in value) {
    const message = `单元格包含错误值 ${String(value.error)}，请改为有效内容`;
    return withIssue({ code: 'CELL_ERROR', message });
  }
  if (Array.isArray(value.richText)) return readText(joinRichText(value.richText));
  // Hyperlink cells: only the displayed text matters; it may itself be rich text.
  if ('hyperlink' in value) return readValue(value.text);
  return withIssue(UNSUPPORTED_ISSUE);
}

function joinRichText(parts: unknown[]): string {
  return parts
    .map((part) => (part && typeof part === 'object' && 'text' in part ? String(part.text) : ''))
    .join('');
}

function readText(text: string): CellReading {
  const trimmed = text.trim();
  return trimmed === '' ? EMPTY : { value: trimmed };
}

function readNumber(n: number): CellReading {
  if (!Number.isFinite(n)) return withIssue(UNSUPPORTED_ISSUE);
  if (significantDigits(n) > MAX_SIGNIFICANT_DIGITS) return withIssue(PRECISION_ISSUE);
  return { value: toPlainDecimal(n) };
}

/**
 * Integers count every digit, trailing zeros included: Excel's truncation shows up as zeros
 * (110101199003071234 → 110101199003071000), so they cannot be trusted as significant.
 */
function significantDigits(n: number): number {
  const abs = Math.abs(n);
  if (Number.isInteger(abs)) return abs >= 1e21 ? Infinity : String(abs).length;
  const mantissa = abs.toExponential().split('e')[0];
  return mantissa.replace('.', '').length;
}

/** String(n) without exponent; only tiny fractions (< 1e-6) reach the expansion branch. */
function toPlainDecimal(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e-(\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, rest = '', exponent] = match;
  return `${sign}0.${'0'.repeat(Number(exponent) - 1)}${lead}${rest}`;
}

/** exceljs returns date cells as UTC midnight (plus the time fraction), so use UTC parts. */
function readDate(date: Date): CellReading {
  if (Number.isNaN(date.getTime())) return withIssue(UNSUPPORTED_ISSUE);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return { value: `${year}-${month}-${day}` };
}

function withIssue(issue: CellIssue): CellReading {
  return { value: null, issue: { ...issue } };
}
