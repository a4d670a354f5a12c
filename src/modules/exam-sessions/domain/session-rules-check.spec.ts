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
