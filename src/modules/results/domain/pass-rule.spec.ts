import type { LevelDefinition } from '../../exam-sessions/domain/session-rules';
import { decidePass, isScore, passInputProblems } from './pass-rule';
import type { ComponentResult, PassInput, PassRules } from './pass-rule.types';

const LEVELS: LevelDefinition[] = [
  { code: 'junior', name: '初级工', rank: 1, components: ['theory', 'practical'] },
  { code: 'intermediate', name: '中级工', rank: 2, components: ['theory', 'practical'] },
  { code: 'senior', name: '高级工', rank: 3, components: ['theory', 'practical'] },
  { code: 'technician', name: '技师', rank: 4, components: ['theory', 'practical', 'review'] },
];
const RULES: PassRules = { passMark: 60, fullMark: 100, levels: LEVELS, exemptClause: '二(九)' };

const s = (score: number): ComponentResult => ({ score });
const ABSENT: ComponentResult = { mark: 'absent' };
const VIOLATION: ComponentResult = { mark: 'violation' };

const input = (over: Partial<PassInput>): PassInput => ({
  level: 'senior',
  mode: 'exam',
  theory: null,
  practical: null,
  review: null,
  exemptDecision: null,
  ...over,
});

describe('decidePass: 三 "各项成绩实行百分制，合格分数均为60分" (高级工 and below)', () => {
  it.each<[string, ComponentResult, ComponentResult, boolean | null, string[]]>([
    [
      'both at the pass mark pass',
      s(60),
      s(60),
      true,
      ['理论考试 60 分，达到合格线 60 分', '实际操作考核 60 分，达到合格线 60 分'],
    ],
    [
      '59.9 fails',
      s(59.9),
      s(80),
      false,
      ['理论考试 59.9 分，未达到合格线 60 分，不合格', '实际操作考核 80 分，达到合格线 60 分'],
    ],
    [
      '100 passes',
      s(100),
      s(72.5),
      true,
      ['理论考试 100 分，达到合格线 60 分', '实际操作考核 72.5 分，达到合格线 60 分'],
    ],
    [
      '0 fails',
      s(80),
      s(0),
      false,
      ['理论考试 80 分，达到合格线 60 分', '实际操作考核 0 分，未达到合格线 60 分，不合格'],
    ],
    [
      '-0 reads as 0 and fails',
      s(-0),
      s(80),
      false,
      ['理论考试 0 分，未达到合格线 60 分，不合格', '实际操作考核 80 分，达到合格线 60 分'],
    ],
    [
      '60.1 passes',
      s(60.1),
      s(99.9),
      true,
      ['理论考试 60.1 分，达到合格线 60 分', '实际操作考核 99.9 分，达到合格线 60 分'],
    ],
    [
      'absence fails the component (not a 0)',
      s(90),
      ABSENT,
      false,
      ['理论考试 90 分，达到合格线 60 分', '实际操作考核缺考，不合格'],
    ],
    [
      'a violation fails the component',
      VIOLATION,
      s(90),
      false,
      ['理论考试违纪，不合格', '实际操作考核 90 分，达到合格线 60 分'],
    ],
    [
      'both absent fail',
      ABSENT,
      ABSENT,
      false,
      ['理论考试缺考，不合格', '实际操作考核缺考，不合格'],
    ],
    [
      'a missing mark keeps a passing one open',
      s(70),
      null,
      null,
      ['理论考试 70 分，达到合格线 60 分', '实际操作考核成绩尚未录入'],
    ],
    [
      'nothing recorded is open',
      null,
      null,
      null,
      ['理论考试成绩尚未录入', '实际操作考核成绩尚未录入'],
    ],
    [
      'a failed component decides although another is missing',
      s(40),
      null,
      false,
      ['理论考试 40 分，未达到合格线 60 分，不合格', '实际操作考核成绩尚未录入'],
    ],
    [
      'an absence decides although another is missing',
      null,
      ABSENT,
      false,
      ['理论考试成绩尚未录入', '实际操作考核缺考，不合格'],
    ],
  ])('%s', (_, theory, practical, passed, reasons) => {
    for (const level of ['junior', 'intermediate', 'senior'] as const) {
      expect(decidePass(input({ level, theory, practical }), RULES)).toEqual({ passed, reasons });
    }
  });

  it('reads the pass mark from the session, not from code', () => {
    const rules = { ...RULES, passMark: 70 };
    expect(decidePass(input({ theory: s(65), practical: s(70) }), rules)).toEqual({
      passed: false,
      reasons: [
        '理论考试 65 分，未达到合格线 70 分，不合格',
        '实际操作考核 70 分，达到合格线 70 分',
      ],
    });
  });
});

describe('decidePass: 技师 also needs 综合评审 passed (三)', () => {
  const t = (theory: ComponentResult, practical: ComponentResult, review: PassInput['review']) =>
    decidePass(input({ level: 'technician', theory, practical, review }), RULES);
  const PASS_T = '理论考试 72.5 分，达到合格线 60 分';
  const PASS_P = '实际操作考核 61 分，达到合格线 60 分';

  it.each<
    [string, ComponentResult, ComponentResult, PassInput['review'], boolean | null, string[]]
  >([
    ['all three passed', s(72.5), s(61), 'pass', true, [PASS_T, PASS_P, '综合评审合格']],
    ['review failed', s(72.5), s(61), 'fail', false, [PASS_T, PASS_P, '综合评审不合格']],
    [
      'review not yet recorded',
      s(72.5),
      s(61),
      null,
      null,
      [PASS_T, PASS_P, '综合评审结果尚未录入'],
    ],
    // CONTRACT.md's example: the review never opens after a failed component, so it is not named.
    ['the contract example', s(72.5), ABSENT, null, false, [PASS_T, '实际操作考核缺考，不合格']],
    [
      'theory failed, review absent',
      s(59.9),
      s(61),
      null,
      false,
      ['理论考试 59.9 分，未达到合格线 60 分，不合格', PASS_P],
    ],
    [
      'theory missing, review pass',
      null,
      s(61),
      'pass',
      null,
      ['理论考试成绩尚未录入', PASS_P, '综合评审合格'],
    ],
    [
      'theory missing, review missing',
      null,
      s(61),
      null,
      null,
      ['理论考试成绩尚未录入', PASS_P, '综合评审结果尚未录入'],
    ],
    [
      'review failed decides although marks are missing',
      null,
      null,
      'fail',
      false,
      ['理论考试成绩尚未录入', '实际操作考核成绩尚未录入', '综合评审不合格'],
    ],
    [
      'a recorded review is named even after a failed component',
      s(72.5),
      VIOLATION,
      'pass',
      false,
      [PASS_T, '实际操作考核违纪，不合格', '综合评审合格'],
    ],
  ])('%s', (_, theory, practical, review, passed, reasons) => {
    expect(t(theory, practical, review)).toEqual({ passed, reasons });
  });
});

describe('decidePass: 二(九) 免考复核认定 needs no theory or practical', () => {
  it.each<[PassInput['exemptDecision'], boolean | null, string]>([
    ['approved', true, '技师免考复核认定（二(九)）已通过，免于考核'],
    ['rejected', false, '技师免考复核认定（二(九)）未通过，不合格'],
    [null, null, '技师免考复核认定（二(九)）尚未作出决定'],
  ])('decision %s', (exemptDecision, passed, reason) => {
    const i = input({ level: 'technician', mode: 'exempt-review', exemptDecision });
    expect(decidePass(i, RULES)).toEqual({ passed, reasons: [reason] });
  });
});

describe('passInputProblems: what cannot apply is refused, null always accepted', () => {
  it.each<[string, Partial<PassInput>, string[]]>([
    ['the contract example', { level: 'technician', theory: s(72.5), practical: ABSENT }, []],
    ['a decision for someone sitting the exam', { exemptDecision: 'approved' }, ['exemptDecision']],
    ['a review for a level without one', { level: 'senior', review: 'pass' }, ['review']],
    ['a review for 初级工', { level: 'junior', review: 'fail' }, ['review']],
    [
      'marks for a re-recognition',
      { mode: 'exempt-review', theory: s(80), review: 'pass' },
      ['theory', 'review'],
    ],
    [
      'an absence for a re-recognition',
      { mode: 'exempt-review', practical: ABSENT },
      ['practical'],
    ],
    ['a re-recognition with nulls', { mode: 'exempt-review', exemptDecision: 'rejected' }, []],
    ['a score above the full mark', { theory: s(100.5) }, ['theory.score']],
  ])('%s', (_, over, fields) => {
    expect(passInputProblems(input(over), RULES).map((p) => p.field)).toEqual(fields);
  });
});

describe('isScore: 0–100, at most one decimal place', () => {
  it.each<[unknown, boolean]>([
    [0, true],
    [-0, true],
    [60, true],
    [72.5, true],
    [99.9, true],
    [100, true],
    [0.1, true],
    [60.05, false],
    [59.99, false],
    [1e-7, false],
    [-0.1, false],
    [100.1, false],
    [NaN, false],
    [Infinity, false],
    ['60', false],
    [true, false],
    [null, false],
  ])('%p → %p', (value, ok) => {
    expect(isScore(value, 100)).toBe(ok);
  });
});
