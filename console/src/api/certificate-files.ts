import type { Query } from './files';

/**
 * The certificate and pass-list downloads (PDF, zip, xlsx), one place for their paths: each
 * answer is what `useDownload().download(path, query, fallbackName)` and `DownloadButton` take.
 * They go through `fetchFile`, so a refusal shows the service's Chinese message.
 */
export interface FileRequest {
  path: string;
  query: Query;
  fallbackName: string;
}

export type PassListEdition = 'internal' | 'public';
export type PassListFormat = 'xlsx' | 'pdf';
export type BatchFormat = 'pdf' | 'zip';

const EDITION_NAMES: Record<PassListEdition | 'preview', string> = {
  internal: '内部版',
  public: '公示版',
  preview: '预览',
};

/** One signed certificate (合格证明) as a PDF. */
export function certificatePdf(c: { id: string; number: string }): FileRequest {
  return {
    path: `/api/v1/certificates/${encodeURIComponent(c.id)}/pdf`,
    query: {},
    fallbackName: `合格证明-${c.number}.pdf`,
  };
}

/**
 * A department's certificates, as one PDF or a zip of one PDF each. A department account
 * leaves `departmentId` out (the service scopes it); the center names the department.
 */
export function certificateBatch(
  format: BatchFormat,
  q: { examYear?: number | null; departmentId?: string | null },
): FileRequest {
  return {
    path: format === 'pdf' ? '/api/v1/certificates/batch.pdf' : '/api/v1/certificates/batch.zip',
    query: { examYear: q.examYear, departmentId: q.departmentId },
    fallbackName: `合格证明${q.examYear ? `-${q.examYear}` : ''}.${format}`,
  };
}

/**
 * 合格人员名单, the internal edition (full 身份证号) or the public one (masked); before
 * publishing the center's preview (the service then ignores the edition, so none is sent).
 */
export function passList(
  format: PassListFormat,
  edition: PassListEdition | 'preview',
  examYear?: number | null,
): FileRequest {
  return {
    path: format === 'xlsx' ? '/api/v1/results/pass-list.xlsx' : '/api/v1/results/pass-list.pdf',
    query: { examYear, edition: edition === 'preview' ? undefined : edition },
    fallbackName: `合格人员名单${examYear ? `-${examYear}` : ''}-${EDITION_NAMES[edition]}.${format}`,
  };
}
