import { levels, type Level } from '@/dict';

/**
 * The session's rules (二(二)–二(九) of the notice) as the API holds them — its schema types
 * them as an open object, so their shape is written out here — and their Chinese reading.
 */
export const TITLE_GRADES = ['员级', '助理级'] as const;
export type TitleGrade = (typeof TITLE_GRADES)[number];

export interface ProfessionalTitle {
  name: string;
  series: string;
  grade: TitleGrade;
}

export interface StandardLevelRule {
  clause: string;
  workStartBy?: string;
  requiredLevel?: Level;
  certYears?: number;
  alternativeWorkYears?: number;
  requiresTechnicianOccupation?: boolean;
  requiresConfirmed?: boolean;
}

export interface SessionRules {
  standard: Record<Level, StandardLevelRule>;
  generalToSkilled: { clause: string; level: Level; workYears: number };
  veteran: { clause: string };
  managementTransfer: { clause: string };
  professionalTransfer: {
    clause: string;
    grades: Record<TitleGrade, Level>;
    titles: ProfessionalTitle[];
  };
  publicRecruitment: {
    clause: string;
    tiers: { level: Level; workYears: number; occupationYears: number }[];
  };
  occupationChange: { clause: string };
  exemptReview: { clause: string; maxLevel: Level };
}

export const LEVEL_ORDER: readonly Level[] = ['technician', 'senior', 'intermediate', 'junior'];

const levelName = (l: Level | undefined) => (l ? levels[l].label : '—');

/** 二(二): one level's conditions as Chinese sentences. */
export function standardConditions(rule: StandardLevelRule): string[] {
  const out: string[] = [];
  if (rule.workStartBy) out.push(`不晚于 ${rule.workStartBy} 参加工作`);
  if (rule.requiredLevel) {
    const cert = `取得${levelName(rule.requiredLevel)}证书满 ${rule.certYears ?? 0} 年`;
    out.push(
      rule.alternativeWorkYears ? `${cert}，或工作年限满 ${rule.alternativeWorkYears} 年` : cert,
    );
  }
  if (rule.requiresTechnicianOccupation) out.push('所报职业（工种）属附件1技师范围');
  if (rule.requiresConfirmed) out.push('已转正定级');
  return out.length ? out : ['无附加条件'];
}

/** The other routes, one line each. */
export function otherRoutes(r: SessionRules): { clause: string; route: string; rule: string }[] {
  const g = r.professionalTransfer.grades;
  return [
    {
      clause: r.generalToSkilled.clause,
      route: '普通工转技术工',
      rule: `参加工作满 ${r.generalToSkilled.workYears} 年，可申报${levelName(r.generalToSkilled.level)}`,
    },
    {
      clause: r.veteran.clause,
      route: '退役士兵',
      rule: '按接收当年工作年限，参照同期参加工作的技术工人申报，不受本岗位连续工作时间限制',
    },
    {
      clause: r.managementTransfer.clause,
      route: '管理岗位转聘',
      rule: '结合转聘时工作年限，参照同期参加工作的技术工人申报，不受本岗位连续工作时间限制',
    },
    {
      clause: r.professionalTransfer.clause,
      route: '专业技术岗位转聘',
      rule: `员级职务可申报${levelName(g['员级'])}，助理级职务可申报${levelName(g['助理级'])}（职务对照见下表）`,
    },
    {
      clause: r.publicRecruitment.clause,
      route: '公开招聘',
      rule: r.publicRecruitment.tiers
        .map(
          (t) =>
            `参加工作满 ${t.workYears} 年且从事本职业（工种）满 ${t.occupationYears} 年，可申报${levelName(t.level)}`,
        )
        .join('；'),
    },
    {
      clause: r.occupationChange.clause,
      route: '改变职业（工种）',
      rule: '须先考同一等级，不能直接申报上一等级',
    },
    {
      clause: r.exemptReview.clause,
      route: '免考复核认定',
      rule: `持国家认可的证书（经全国联网查询系统核查有效，或退役士兵承诺真实），符合申报条件的免考复核认定，最高至${levelName(r.exemptReview.maxLevel)}`,
    },
  ];
}

/** The rules with another title table (PATCH replaces `rules` whole). */
export function withTitles(r: SessionRules, titles: ProfessionalTitle[]): SessionRules {
  const clean = titles.map((t) => ({
    name: t.name.trim(),
    series: t.series.trim(),
    grade: t.grade,
  }));
  return { ...r, professionalTransfer: { ...r.professionalTransfer, titles: clean } };
}
