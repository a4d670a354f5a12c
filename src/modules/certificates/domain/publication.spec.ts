import {
  nextSequence,
  planIssuance,
  publicationBlockers,
  publishRefusal,
  reopenRefusal,
  resultsFrozen,
  type IssuedCertificate,
} from './publication';

const ready = {
  unlockedSittings: 0,
  pendingReviews: 0,
  pendingExemptDecisions: 0,
  pendingMarks: 0,
  candidates: 10,
  passed: 6,
};

describe('publicationBlockers', () => {
  it('has none when every sitting is locked and every outcome decided', () => {
    expect(publicationBlockers(ready)).toEqual([]);
  });

  it('names each thing still open', () => {
    expect(
      publicationBlockers({
        ...ready,
        unlockedSittings: 2,
        pendingMarks: 3,
        pendingReviews: 1,
        pendingExemptDecisions: 4,
      }),
    ).toEqual([
      '2 个考试场次的成绩尚未锁定',
      '3 人的成绩尚未全部确定',
      '1 名技师的综合评审结果尚未记录',
      '4 人的免考复核认定尚未作出',
    ]);
  });

  it('refuses a session with no one filed or no one passed', () => {
    expect(publicationBlockers({ ...ready, candidates: 0, passed: 0 })).toEqual([
      '本年度没有已备案的考生',
    ]);
    expect(publicationBlockers({ ...ready, passed: 0 })).toEqual(['本年度没有考核合格人员']);
  });
});

describe('publishing and reopening', () => {
  it('publishes a session not published or reopened, once', () => {
    expect(publishRefusal(null)).toBeNull();
    expect(publishRefusal('reopened')).toBeNull();
    expect(publishRefusal('published')?.code).toBe('RESULTS_ALREADY_PUBLISHED');
  });

  it('reopens only published results', () => {
    expect(reopenRefusal('published')).toBeNull();
    expect(reopenRefusal(null)?.code).toBe('RESULTS_NOT_PUBLISHED');
    expect(reopenRefusal('reopened')?.code).toBe('RESULTS_NOT_PUBLISHED');
  });

  it('freezes results only while published', () => {
    expect(resultsFrozen('published')).toBe(true);
    expect(resultsFrozen('reopened')).toBe(false);
    expect(resultsFrozen(null)).toBe(false);
  });
});

describe('planIssuance', () => {
  const cert = (
    registrationId: string,
    level: IssuedCertificate['level'],
    sequence: number,
    status: IssuedCertificate['status'] = 'valid',
  ): IssuedCertificate => ({ id: `c-${registrationId}`, registrationId, level, sequence, status });

  it('numbers each level from 1 in the order given, without gaps', () => {
    const plan = planIssuance(
      [
        { registrationId: 'a', level: 'senior' },
        { registrationId: 'b', level: 'junior' },
        { registrationId: 'c', level: 'senior' },
      ],
      [],
    );
    expect(plan.issue).toEqual([
      { registrationId: 'a', level: 'senior', sequence: 1 },
      { registrationId: 'b', level: 'junior', sequence: 1 },
      { registrationId: 'c', level: 'senior', sequence: 2 },
    ]);
    expect(plan.revoke).toEqual([]);
  });

  it('on publishing again, continues after the highest sequence and skips anyone certified before', () => {
    const plan = planIssuance(
      [
        { registrationId: 'a', level: 'senior' },
        { registrationId: 'r', level: 'senior' },
        { registrationId: 'n', level: 'senior' },
      ],
      [
        cert('a', 'senior', 1),
        cert('r', 'senior', 2, 'revoked'),
        cert('x', 'senior', 3, 'replaced'),
      ],
    );
    expect(plan.issue).toEqual([{ registrationId: 'n', level: 'senior', sequence: 4 }]);
  });

  it('revokes the valid certificate of someone no longer passing, never one already revoked', () => {
    const plan = planIssuance(
      [{ registrationId: 'a', level: 'senior' }],
      [cert('a', 'senior', 1), cert('b', 'senior', 2), cert('c', 'senior', 3, 'revoked')],
    );
    expect(plan.revoke).toEqual(['c-b']);
  });

  it('gives a person listed twice one certificate', () => {
    const plan = planIssuance(
      [
        { registrationId: 'a', level: 'junior' },
        { registrationId: 'a', level: 'junior' },
      ],
      [],
    );
    expect(plan.issue).toHaveLength(1);
  });

  it('takes the next sequence of a level for a reissue', () => {
    expect(
      nextSequence(
        [cert('a', 'senior', 1), cert('b', 'senior', 7), cert('c', 'junior', 9)],
        'senior',
      ),
    ).toBe(8);
    expect(nextSequence([], 'technician')).toBe(1);
  });
});
