import { describe, expect, it } from 'vitest';
import { otherRoutes, standardConditions, withTitles, type SessionRules } from './session-rules';

const rules: SessionRules = {
  standard: {
    technician: {
      clause: '二(二)1',
      workStartBy: '2001-12-31',
      requiredLevel: 'senior',
      certYears: 5,
      requiresTechnicianOccupation: true,
    },
    senior: {
      clause: '二(二)2',
      workStartBy: '2007-12-31',
      requiredLevel: 'intermediate',
      certYears: 5,
    },
    intermediate: {
      clause: '二(二)3',
      workStartBy: '2017-12-31',
      requiredLevel: 'junior',
      certYears: 5,
      alternativeWorkYears: 15,
    },
    junior: { clause: '二(二)4', requiresConfirmed: true },
  },
  generalToSkilled: { clause: '二(三)', level: 'intermediate', workYears: 15 },
  veteran: { clause: '二(四)' },
  managementTransfer: { clause: '二(五)' },
  professionalTransfer: {
    clause: '二(六)',
    grades: { 员级: 'intermediate', 助理级: 'senior' },
    titles: [{ name: '技术员', series: '工程技术', grade: '员级' }],
  },
  publicRecruitment: {
    clause: '二(七)',
    tiers: [{ level: 'senior', workYears: 20, occupationYears: 10 }],
  },
  occupationChange: { clause: '二(八)' },
  exemptReview: { clause: '二(九)', maxLevel: 'technician' },
};

describe('session rules in Chinese', () => {
  it.each([
    [
      'technician',
      ['不晚于 2001-12-31 参加工作', '取得高级工证书满 5 年', '所报职业（工种）属附件1技师范围'],
    ],
    ['intermediate', ['不晚于 2017-12-31 参加工作', '取得初级工证书满 5 年，或工作年限满 15 年']],
    ['junior', ['已转正定级']],
  ] as const)('reads the %s conditions', (level, sentences) => {
    expect(standardConditions(rules.standard[level])).toEqual(sentences);
  });

  it('reads the other routes with their numbers', () => {
    const lines = otherRoutes(rules).map((r) => `${r.clause} ${r.rule}`);
    expect(lines).toContain('二(三) 参加工作满 15 年，可申报中级工');
    expect(lines).toContain('二(七) 参加工作满 20 年且从事本职业（工种）满 10 年，可申报高级工');
    expect(lines.find((l) => l.startsWith('二(九)'))).toMatch(/最高至技师$/);
  });

  it('replaces only the title table, trimmed', () => {
    const next = withTitles(rules, [{ name: ' 助理会计师 ', series: '会计', grade: '助理级' }]);
    expect(next.professionalTransfer).toEqual({
      ...rules.professionalTransfer,
      titles: [{ name: '助理会计师', series: '会计', grade: '助理级' }],
    });
    expect(next.standard).toBe(rules.standard);
  });
});
