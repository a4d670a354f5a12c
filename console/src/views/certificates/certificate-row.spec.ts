import { describe, expect, it } from 'vitest';
import { certificateStatus, label } from '@/dict';
import { batchScope, certificateNotes, mayAmend } from './certificate-row';

const plain = {
  status: 'valid' as const,
  revokedAt: null,
  revokeReason: null,
  replacesNumber: null,
  replacedByNumber: null,
  reissueReason: null,
};

describe('certificate rows', () => {
  it('labels and colours each status from the dictionary', () => {
    expect(certificateStatus.valid).toEqual({ label: '有效', type: 'success' });
    expect(certificateStatus.revoked).toEqual({ label: '已吊销', type: 'danger' });
    expect(certificateStatus.replaced).toEqual({ label: '已补发替代', type: 'warning' });
    expect(label('certificateStatus', 'revoked')).toBe('已吊销');
  });

  it('says nothing beside a plain valid certificate', () => {
    expect(certificateNotes(plain)).toEqual([]);
  });

  it('gives the Beijing time and reason of a revocation', () => {
    expect(
      certificateNotes({
        ...plain,
        status: 'revoked',
        revokedAt: '2025-11-03T02:30:00.000Z',
        revokeReason: '发现考试作弊',
      }),
    ).toEqual(['2025-11-03 10:30 吊销，原因：发现考试作弊']);
  });

  it('names the new certificate of a replaced one, and the old one of a reissue', () => {
    expect(
      certificateNotes({ ...plain, status: 'replaced', replacedByNumber: 'DL2025-3-00018' }),
    ).toEqual(['已由新证书 DL2025-3-00018 替代']);
    expect(
      certificateNotes({ ...plain, replacesNumber: 'DL2025-3-00017', reissueReason: '遗失' }),
    ).toEqual(['补发，替代原证书 DL2025-3-00017（遗失）']);
  });

  it('lets only the center revoke or reissue, and only a valid certificate', () => {
    expect(mayAmend({ status: 'valid' }, 'center-staff')).toBe(true);
    expect(mayAmend({ status: 'valid' }, 'center-admin')).toBe(true);
    expect(mayAmend({ status: 'revoked' }, 'center-admin')).toBe(false);
    expect(mayAmend({ status: 'replaced' }, 'center-staff')).toBe(false);
    expect(mayAmend({ status: 'valid' }, 'department')).toBe(false);
    expect(mayAmend({ status: 'valid' }, 'unit')).toBe(false);
  });

  it('scopes a batch download: own certificates for an organization, a picked department for the center', () => {
    expect(batchScope('department', '')).toEqual({ ready: true });
    expect(batchScope('unit', 'ignored')).toEqual({ ready: true });
    expect(batchScope('center-staff', '')).toEqual({ ready: false });
    expect(batchScope('center-admin', 'd1')).toEqual({ ready: true, departmentId: 'd1' });
    expect(batchScope('grader', 'd1')).toEqual({ ready: false });
  });
});
