import { DomainError } from '../../../common/errors/domain-error';

/** How a task that did not finish is reported: what the caller was doing decides the answer. */
export interface TaskFailures {
  /** The task ran past its time and its thread was terminated. */
  timeout: () => DomainError;
  /** The thread reached its heap limit and was terminated. */
  memory: () => DomainError;
  /** The thread threw or died for any other reason. */
  crash: () => DomainError;
}

export const documentsBusy = (): DomainError =>
  new DomainError('unavailable', 'DOCUMENTS_BUSY', '文档处理任务繁忙，请稍后重试');

export const fileTimeout = (): DomainError =>
  new DomainError('validation', 'FILE_TIMEOUT', '文件处理超时，文件可能已损坏或过于复杂');

export const fileTooComplex = (): DomainError =>
  new DomainError(
    'payload-too-large',
    'FILE_TOO_COMPLEX',
    '文件内容过于复杂，处理所需内存超过上限，请精简后重新上传',
  );

export const documentTimeout = (): DomainError =>
  new DomainError(
    'unavailable',
    'DOCUMENT_TIMEOUT',
    '文档生成超时，请缩小范围（按单位或主管部门）后重试',
  );

export const documentTooLarge = (): DomainError =>
  new DomainError(
    'unprocessable',
    'DOCUMENT_TOO_LARGE',
    '文档过大，生成所需内存超过上限，请缩小范围（按单位或主管部门）后重试',
  );

export const documentFailed = (): DomainError =>
  new DomainError('unprocessable', 'DOCUMENT_RENDER_FAILED', '文档生成失败，请检查数据后重试');

/** Failures of generated documents (tickets, lists, sheets). */
export const RENDER_FAILURES: TaskFailures = {
  timeout: documentTimeout,
  memory: documentTooLarge,
  crash: documentFailed,
};

/** More rows than this in one PDF table is refused with a request to narrow the filter. */
export const MAX_PDF_ROWS = 3_000;

export const exportTooLarge = (rows: number, hint: string): DomainError =>
  new DomainError(
    'unprocessable',
    'EXPORT_TOO_LARGE',
    `共 ${rows} 行，超过单个 PDF 的上限 ${MAX_PDF_ROWS} 行；${hint}`,
  );
