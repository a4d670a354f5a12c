import { describe, expect, it } from 'vitest';
import { certificateBatch, certificatePdf, passList } from './certificate-files';
import { withQuery } from './files';

describe('certificate downloads', () => {
  it('asks for one certificate by id', () => {
    const f = certificatePdf({ id: 'c-1', number: 'DL2025-3-00017' });
    expect(withQuery(f.path, f.query)).toBe('/api/v1/certificates/c-1/pdf');
    expect(f.fallbackName).toBe('合格证明-DL2025-3-00017.pdf');
  });

  it('leaves the department out for a department account and names it for the center', () => {
    const own = certificateBatch('zip', { examYear: 2025 });
    expect(withQuery(own.path, own.query)).toBe('/api/v1/certificates/batch.zip?examYear=2025');
    const picked = certificateBatch('pdf', { examYear: 2025, departmentId: 'd-1' });
    expect(withQuery(picked.path, picked.query)).toBe(
      '/api/v1/certificates/batch.pdf?examYear=2025&departmentId=d-1',
    );
  });

  it('asks for the pass list in the chosen edition and format', () => {
    const f = passList('xlsx', 'public', 2025);
    expect(withQuery(f.path, f.query)).toBe(
      '/api/v1/results/pass-list.xlsx?examYear=2025&edition=public',
    );
    expect(f.fallbackName).toBe('合格人员名单-2025-公示版.xlsx');
    const pdf = passList('pdf', 'internal');
    expect(withQuery(pdf.path, pdf.query)).toBe('/api/v1/results/pass-list.pdf?edition=internal');
  });

  it('asks for the preview before publishing without an edition', () => {
    const f = passList('pdf', 'preview', 2026);
    expect(withQuery(f.path, f.query)).toBe('/api/v1/results/pass-list.pdf?examYear=2026');
    expect(f.fallbackName).toBe('合格人员名单-2026-预览.pdf');
  });
});
