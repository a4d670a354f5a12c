import type { ErrorDetail } from '../../../common/errors/domain-error';

/**
 * The 技师级别考核表 (附件4): what the unit writes about a technician candidate and what the
 * department adds, the basis of the 综合评审 (notice 三: "由主管部门对参考人员的政治思想、职业态度、
 * 工作业绩、技术革新、解决难题、传授技艺等方面进行总体考核，并填写附件4报市就业和人才服务中心").
 */
export const ACHIEVEMENT_ROLES = ['主持', '参加', '独立承担'] as const;
export type AchievementRole = (typeof ACHIEVEMENT_ROLES)[number];

export const UNIT_RESULTS = ['合格', '不合格'] as const;
export type UnitResult = (typeof UNIT_RESULTS)[number];

export interface Achievement {
  /** 起止时间, e.g. 2019.03—2020.12 */
  period: string;
  /** 项目名称与主要内容 */
  project: string;
  /** 效果、效益 */
  effect: string;
  /** 本人起何作用 */
  role: AchievementRole;
}

export interface ReviewForm {
  /** 主要学历和工作简历 */
  resume: string;
  /** 何时获何种奖励 */
  awards: string;
  achievements: Achievement[];
  /** 传授技艺情况 */
  teaching: string;
  /** 技术工作总结（政治思想、职业道德、业务能力、工作成绩及履行职责情况） */
  workSummary: string;
  /** 单位考核结果 */
  unitResult: UnitResult | null;
  /** 主管部门意见: written by the department only */
  departmentOpinion: string;
}

/** Lengths that fit the printed form (the summary may run onto further pages: 可另附页). */
export const REVIEW_LIMITS = {
  resume: 2000,
  awards: 1000,
  teaching: 1000,
  workSummary: 6000,
  departmentOpinion: 500,
  achievements: 10,
  period: 40,
  project: 200,
  effect: 200,
} as const;

export const EMPTY_FORM: ReviewForm = {
  resume: '',
  awards: '',
  achievements: [],
  teaching: '',
  workSummary: '',
  unitResult: null,
  departmentOpinion: '',
};

const FIELD_NAMES: Record<string, string> = {
  resume: '主要学历和工作简历',
  workSummary: '技术工作总结',
  unitResult: '单位考核结果',
  departmentOpinion: '主管部门意见',
};

const blank = (s: string) => s.trim().length === 0;

/**
 * What is still missing before the department may report the form to the center: the résumé,
 * the work summary, the unit's result and the department's opinion (the form's signed parts),
 * and every achievement line complete. 奖励 and 传授技艺 may truly be none, so they may stay empty.
 */
export function missingForSubmission(form: ReviewForm): ErrorDetail[] {
  const missing: ErrorDetail[] = [];
  for (const field of ['resume', 'workSummary', 'departmentOpinion'] as const) {
    if (blank(form[field])) {
      missing.push({ field, code: 'REQUIRED', message: `请填写${FIELD_NAMES[field]}` });
    }
  }
  if (!form.unitResult) {
    missing.push({
      field: 'unitResult',
      code: 'REQUIRED',
      message: '请填写单位考核结果（合格或不合格）',
    });
  }
  form.achievements.forEach((a, i) => {
    for (const [key, name] of [
      ['period', '起止时间'],
      ['project', '项目名称与主要内容'],
      ['effect', '效果、效益'],
    ] as const) {
      if (blank(a[key])) {
        missing.push({
          field: `achievements[${i}].${key}`,
          code: 'REQUIRED',
          message: `第 ${i + 1} 项业绩的${name}未填写`,
        });
      }
    }
  });
  return missing;
}

/**
 * The form after a save by `role`: a unit writes everything except the department's opinion,
 * which stays as it was (注1: 本表由申报人员所在单位填写; 主管部门意见 is the department's).
 */
export function mergeSave(
  before: ReviewForm,
  input: ReviewForm,
  role: 'unit' | 'department',
): ReviewForm {
  return role === 'unit' ? { ...input, departmentOpinion: before.departmentOpinion } : input;
}
