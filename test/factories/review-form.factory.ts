/** A complete 附件4 as the department saves it, first time (version 0). */
export function makeReviewForm(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    resume: '1995.07 至今 大连市第一中学 维修电工',
    awards: '2018年 获市教育系统“技术能手”称号',
    achievements: [
      { period: '2019.03—2020.12', project: '校园配电改造', effect: '年节电 12%', role: '主持' },
    ],
    teaching: '带徒 3 名',
    workSummary: '政治立场坚定，认真履行职责。',
    unitResult: '合格',
    departmentOpinion: '同意推荐。',
    version: 0,
    ...overrides,
  };
}
