/**
 * What a notice defines, as data (STYLE.md "Domain logic"): levels,
 * components, cutoffs and thresholds of section 二. Rule code reads these;
 * nothing about one year is written into code.
 */
export const LEVELS = ['junior', 'intermediate', 'senior', 'technician'] as const;
export type Level = (typeof LEVELS)[number];

export const COMPONENTS = ['theory', 'practical', 'review'] as const;
export type Component = (typeof COMPONENTS)[number];

export const TECHNICIAN_CLASSES = ['一类', '二类', '三类'] as const;
export type TechnicianClass = (typeof TECHNICIAN_CLASSES)[number];

export interface LevelDefinition {
  code: Level;
  name: string;
  rank: number;
  components: Component[];
}

/** 二(六) "技术员及相应职务" / "助理工程师及相应职务": the grade of a professional title in any series. */
export const TITLE_GRADES = ['员级', '助理级'] as const;
export type TitleGrade = (typeof TITLE_GRADES)[number];

export interface ProfessionalTitle {
  name: string;
  /** 职称系列, e.g. 工程技术, 会计 */
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
    /** The level each grade opens: 员级 → 中级工, 助理级 → 高级工. */
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

export const LEVEL_NAMES: Record<Level, string> = {
  junior: '初级工',
  intermediate: '中级工',
  senior: '高级工',
  technician: '技师',
};
