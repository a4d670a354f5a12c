import { decisionRefusal, evidenceChecks, type DecisionSubject } from './exempt-decision';

const subject = (over: Partial<DecisionSubject> = {}): DecisionSubject => ({
  mode: 'exempt-review',
  status: 'accepted',
  statusName: '中心已备案',
  current: null,
  ...over,
});

describe('decisionRefusal: 二(九) decisions by the center', () => {
  it.each<
    [string, Partial<DecisionSubject>, 'approved' | 'rejected', string | null, string | null]
  >([
    ['a first approval needs no reason', {}, 'approved', null, null],
    ['a first rejection needs a reason', {}, 'rejected', null, 'REASON_REQUIRED'],
    ['a first rejection with its reason', {}, 'rejected', '证书查询无此记录', null],
    [
      'changing an approval needs a reason',
      { current: 'approved' },
      'rejected',
      null,
      'REASON_REQUIRED',
    ],
    [
      'changing a rejection needs a reason',
      { current: 'rejected' },
      'approved',
      null,
      'REASON_REQUIRED',
    ],
    ['changing with a reason', { current: 'rejected' }, 'approved', '补交核查结果', null],
    [
      'repeating the decision changes nothing',
      { current: 'approved' },
      'approved',
      'x',
      'EXEMPT_DECISION_UNCHANGED',
    ],
    [
      'before 备案',
      { status: 'department-submitted', statusName: '已报' },
      'approved',
      null,
      'EXEMPT_NOT_DECIDABLE',
    ],
    [
      'after cancellation',
      { status: 'cancelled', statusName: '已取消报考资格' },
      'approved',
      null,
      'EXEMPT_NOT_DECIDABLE',
    ],
    ['someone who sits the exam', { mode: 'exam' }, 'approved', null, 'NOT_EXEMPT_REVIEW'],
  ])('%s', (_, over, decision, reason, code) => {
    expect(decisionRefusal(subject(over), { decision, reason })?.code ?? null).toBe(code);
  });

  it('names the state it was refused in', () => {
    const r = decisionRefusal(subject({ status: 'cancelled', statusName: '已取消报考资格' }), {
      decision: 'approved',
      reason: null,
    });
    expect(r?.message).toBe('报名当前状态为“已取消报考资格”，中心备案后方可作出免考复核认定');
  });
});

describe('evidenceChecks: the certificate and its confirmation (二(九))', () => {
  const base = {
    certNumber: '1921000000123456',
    certOccupation: '电工',
    certLevelName: '高级工',
    verified: true,
    militaryCommitment: false,
    docTypes: new Set(['national-certificate', 'national-verification']),
  };

  it('lists a complete verified certificate as all ok', () => {
    expect(evidenceChecks(base)).toEqual([
      { ok: true, text: '证书编号 1921000000123456（高级工 电工）' },
      { ok: true, text: '已上传国家职业资格证书或职业技能等级证书（PDF）' },
      { ok: true, text: '经全国联网查询系统核查确认有效' },
      { ok: true, text: '已上传全国联网查询系统核查结果' },
    ]);
  });

  it('names what is missing', () => {
    const checks = evidenceChecks({
      ...base,
      certNumber: null,
      verified: false,
      docTypes: new Set(),
    });
    expect(checks.filter((c) => !c.ok).map((c) => c.text)).toEqual([
      '未填写证书编号',
      '未上传证书（PDF）',
      '未经全国联网查询系统核查确认',
      '未上传全国联网查询系统核查结果',
    ]);
  });

  it.each<[string[], boolean]>([
    [['national-certificate', 'commitment'], true],
    [['national-certificate'], false],
  ])('a veteran’s commitment replaces the query (%p)', (docs, ok) => {
    const checks = evidenceChecks({
      ...base,
      verified: false,
      militaryCommitment: true,
      docTypes: new Set(docs),
    });
    expect(checks).toHaveLength(3);
    expect(checks[2].ok).toBe(ok);
  });
});
