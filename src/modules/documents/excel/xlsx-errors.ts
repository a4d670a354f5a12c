import { DomainError } from '../../../common/errors/domain-error';

/** Error factories shared by the xlsx guard and the sheet reader (checklist rows 27, 29, 33). */

const MIB = 1024 * 1024;

export const xlsxInvalid = (): DomainError =>
  new DomainError('validation', 'XLSX_INVALID', '文件损坏或不是有效的 xlsx 文件');

export const xlsxTooLarge = (limitBytes: number): DomainError =>
  new DomainError(
    'payload-too-large',
    'XLSX_TOO_LARGE',
    `文件解压后体积超过上限 ${formatMib(limitBytes)} MB`,
  );

export const xlsxTooManyEntries = (maxEntries: number): DomainError =>
  new DomainError(
    'payload-too-large',
    'XLSX_TOO_LARGE',
    `文件内部结构过于复杂（超过 ${maxEntries} 个部件），请另存为普通 xlsx 后重试`,
  );

/** Refused before loading: exceljs would hold every row and cell in memory (row 27). */
export const xlsxSheetTooLarge = (what: 'rows' | 'cells', limit: number): DomainError =>
  new DomainError(
    'payload-too-large',
    'XLSX_TOO_MANY_ROWS',
    what === 'rows'
      ? `工作表行数超过上限 ${limit} 行（含设置了格式的空白行），请删除多余的行后重新上传`
      : `工作表单元格数超过上限 ${limit} 个，请删除多余的行和列后重新上传`,
  );

export const xlsxUnsafe = (): DomainError =>
  new DomainError('validation', 'XLSX_UNSAFE', '文件包含不允许的内容（外部实体/DOCTYPE）');

export const xlsxTimeout = (): DomainError =>
  new DomainError('validation', 'XLSX_TIMEOUT', '文件解析超时，文件可能已损坏');

function formatMib(bytes: number): string {
  const mib = bytes / MIB;
  return Number.isInteger(mib) ? String(mib) : mib.toFixed(2);
}
