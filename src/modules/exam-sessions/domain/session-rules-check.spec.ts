import { notice2025 } from '../../../../test/factories/eligibility.factory';
import { sessionProblems } from './session-rules-check';

type Session = Parameters<typeof sessionProblems>[0];
/** The seed file holds every date and number of the session; the factory types only part of it. */
const session = (rules = notice2025.rules): Session => ({
  ...(notice2025 as unknown as Session),
  rules,
});

describe('session rules check: the 二(六) title table', () => {
  it('accepts the seeded 2025 notice', () => {
    expect(sessionProblems(session())).toEqual([]);
  });

  it.each([
    [{ titles: [] }, '专业技术岗位转聘的职务对应关系缺失'],
    [{ grades: { 员级: 'intermediate', 助理级: 'master' } }, '职务级别“助理级”对应的等级无效'],
    [
      { titles: [{ name: '会计员', series: '会计', grade: '中级' }] },
      '职务“会计员”的级别无效（应为 员级 或 助理级）',
    ],
    [{ titles: [{ name: ' ', series: '会计', grade: '员级' }] }, '第 1 个职务的名称为空'],
    [
      {
        titles: [
          { name: '会计员', series: '会计', grade: '员级' },
          { name: '会计员', series: '会计', grade: '员级' },
        ],
      },
      '职务“会计员”重复',
    ],
  ])('refuses %j', (change, problem) => {
    const rules = {
      ...notice2025.rules,
      professionalTransfer: { ...notice2025.rules.professionalTransfer, ...change },
    } as typeof notice2025.rules;
    expect(sessionProblems(session(rules))).toContain(problem);
  });
});

describe('session rules check: every section of 二 the rules read', () => {
  const r = notice2025.rules;
  const without = (key: string) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => k !== key)) as typeof r;

  it.each([
    ['veteran', '缺少二(四) 退役士兵的条款'],
    ['managementTransfer', '缺少二(五) 管理岗位转聘的条款'],
    ['occupationChange', '缺少二(八) 改变职业（工种）的条款'],
    ['exemptReview', '缺少二(九) 免考复核认定的条款'],
  ])('refuses rules without %s (evaluations reaching it would fail with a 500)', (key, problem) => {
    expect(sessionProblems(session(without(key)))).toContain(problem);
  });

  it.each([
    [
      'exemptReview.maxLevel',
      { ...r, exemptReview: { clause: '二(九)', maxLevel: 'master' } },
      '免考复核认定的最高等级无效',
    ],
    [
      'generalToSkilled.level',
      { ...r, generalToSkilled: { ...r.generalToSkilled, level: 'middle' } },
      '普通工转技术工的工作年限或等级无效',
    ],
    [
      'publicRecruitment.tiers',
      { ...r, publicRecruitment: { clause: '二(七)', tiers: [{ level: 'senior' }] } },
      '公开招聘人员的年限条件无效',
    ],
    [
      'standard.senior.requiredLevel',
      { ...r, standard: { ...r.standard, senior: { ...r.standard.senior, requiredLevel: 'x' } } },
      'senior 须持有的等级无效',
    ],
  ])('refuses an unknown level or a missing number in %s', (_field, rules, problem) => {
    expect(sessionProblems(session(rules as unknown as typeof r))).toContain(problem);
  });
});
