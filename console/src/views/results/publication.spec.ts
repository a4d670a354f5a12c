import { describe, expect, it } from 'vitest';
import { publicationStates } from '@/dict';
import { type Publication, publicationActions, publishConfirmation } from './publication';

function status(over: Partial<Publication> = {}): Publication {
  return {
    examYear: 2025,
    state: 'unpublished',
    issueDate: null,
    publishedAt: null,
    publishedBy: null,
    reopenedAt: null,
    reopenedBy: null,
    reopenReason: null,
    round: 0,
    version: 0,
    blockers: [],
    candidates: 12,
    passed: 9,
    certificates: { valid: 0, revoked: 0, replaced: 0 },
    ...over,
  };
}

describe('结果发布 actions', () => {
  it('labels each state from the dictionary', () => {
    expect(publicationStates.unpublished.label).toBe('未发布');
    expect(publicationStates.published).toEqual({ label: '已发布', type: 'success' });
    expect(publicationStates.reopened.type).toBe('warning');
  });

  it('lets the center publish only when nothing blocks it', () => {
    expect(publicationActions(status(), 'center-staff')).toMatchObject({
      showPublish: true,
      canPublish: true,
      canReopen: false,
      passList: 'preview',
    });
    expect(
      publicationActions(status({ blockers: ['第 1 场理论考试成绩未锁定'] }), 'center-admin'),
    ).toMatchObject({ showPublish: true, canPublish: false });
  });

  it('offers nothing to a department or before the status is read', () => {
    expect(publicationActions(status(), 'department')).toMatchObject({
      showPublish: false,
      canPublish: false,
      canReopen: false,
      passList: null,
    });
    expect(publicationActions(null, 'center-admin')).toMatchObject({
      showPublish: false,
      canPublish: false,
      canReopen: false,
      passList: null,
    });
  });

  it('lets only the administrator reopen published results', () => {
    const published = status({ state: 'published', publishedAt: '2025-11-01T02:00:00Z', round: 1 });
    expect(publicationActions(published, 'center-admin')).toMatchObject({
      showPublish: false,
      canReopen: true,
      passList: 'final',
    });
    expect(publicationActions(published, 'center-staff').canReopen).toBe(false);
  });

  it('publishes again after reopening, the published pass list standing meanwhile', () => {
    const reopened = status({ state: 'reopened', publishedAt: '2025-11-01T02:00:00Z', round: 1 });
    expect(publicationActions(reopened, 'center-staff')).toMatchObject({
      showPublish: true,
      canPublish: true,
      canReopen: false,
      passList: 'final',
    });
    // A department gets the published list meanwhile too.
    expect(publicationActions(reopened, 'department').passList).toBe('final');
  });

  it('says what publishing does before asking', () => {
    const first = publishConfirmation(status());
    expect(first).toContain('2025 年度');
    expect(first).toContain('9 人');
    expect(first).toContain('编号核发合格证明');
    expect(first).toContain('冻结');
    expect(publishConfirmation(status({ state: 'reopened' }))).toContain('证书将被吊销');
  });
});
