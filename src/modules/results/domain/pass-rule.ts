import { LEVEL_NAMES, type Component } from '../../exam-sessions/domain/session-rules';
import type {
  ComponentResult,
  InputProblem,
  PassDecision,
  PassInput,
  PassRules,
  Verdict,
} from './pass-rule.types';

export const COMPONENT_LABELS: Record<Component, string> = {
  theory: '理论考试',
  practical: '实际操作考核',
  review: '综合评审',
};

/** "72.5", "60" (a JSON -0 reads as 0). */
export const formatScore = (score: number): string => String(score === 0 ? 0 : score);

/**
 * 三: "理论考试和实际操作考核……各项成绩实行百分制，合格分数均为60分". A score at or above
 * the pass mark passes; an absence (缺考) or a violation (违纪) fails the component.
 */
export function scoredVerdict(
  component: 'theory' | 'practical',
  result: ComponentResult,
  passMark: number,
): Verdict {
  const label = COMPONENT_LABELS[component];
  if (result === null) return { component, passed: null, reason: `${label}成绩尚未录入` };
  if ('mark' in result) {
    const what = result.mark === 'absent' ? '缺考' : '违纪';
    return { component, passed: false, reason: `${label}${what}，不合格` };
  }
  const score = formatScore(result.score);
  return result.score >= passMark
    ? { component, passed: true, reason: `${label} ${score} 分，达到合格线 ${passMark} 分` }
    : {
        component,
        passed: false,
        reason: `${label} ${score} 分，未达到合格线 ${passMark} 分，不合格`,
      };
}

/**
 * 三: 技师 "参加技师等级考核人员理论考试和实际操作均合格的，由主管部门……进行综合评审".
 * The review is considered once it is recorded, or while theory and practical have not failed:
 * after a failed exam component it never opens, so it is not named as missing.
 */
export function reviewVerdict(input: PassInput, examFailed: boolean): Verdict | null {
  const label = COMPONENT_LABELS.review;
  if (input.review === 'pass') return { component: 'review', passed: true, reason: `${label}合格` };
  if (input.review === 'fail')
    return { component: 'review', passed: false, reason: `${label}不合格` };
  if (examFailed) return null;
  return { component: 'review', passed: null, reason: `${label}结果尚未录入` };
}

/** 二(九): an approved re-recognition passes without an exam; a rejected one does not. */
export function exemptVerdict(input: PassInput, rules: PassRules): Verdict {
  const clause = rules.exemptClause;
  const level = LEVEL_NAMES[input.level];
  switch (input.exemptDecision) {
    case 'approved':
      return {
        component: 'exempt',
        passed: true,
        reason: `${level}免考复核认定（${clause}）已通过，免于考核`,
      };
    case 'rejected':
      return {
        component: 'exempt',
        passed: false,
        reason: `${level}免考复核认定（${clause}）未通过，不合格`,
      };
    default:
      return {
        component: 'exempt',
        passed: null,
        reason: `${level}免考复核认定（${clause}）尚未作出决定`,
      };
  }
}

/** 三 "百分制": a number from 0 to the full mark with at most one decimal place (60.05 is not). */
export function isScore(value: unknown, fullMark: number): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= 0 &&
    value <= fullMark &&
    Math.round(value * 10) / 10 === value
  );
}

/** Failed if any verdict failed; open while any is open; passed only when all passed. */
export function combine(verdicts: readonly Verdict[]): PassDecision {
  const passed = verdicts.some((v) => v.passed === false)
    ? false
    : verdicts.some((v) => v.passed === null)
      ? null
      : true;
  return { passed, reasons: verdicts.map((v) => v.reason) };
}

export function componentsOf(input: PassInput, rules: PassRules): readonly Component[] {
  return rules.levels.find((l) => l.code === input.level)?.components ?? [];
}

/**
 * What the request says that cannot apply: a decision for someone who sits the exam, marks for a
 * re-recognition, a review for a level without one. Null is always accepted ("not recorded").
 */
export function passInputProblems(input: PassInput, rules: PassRules): InputProblem[] {
  const problems: InputProblem[] = [];
  const refuse = (field: string, code: string, message: string) =>
    problems.push({ field, code, message: `${field}：${message}` });
  const level = LEVEL_NAMES[input.level];
  for (const field of ['theory', 'practical'] as const) {
    const r = input[field];
    if (r && 'score' in r && !isScore(r.score, rules.fullMark))
      refuse(`${field}.score`, 'INVALID_SCORE', `须为 0–${rules.fullMark} 分、至多一位小数`);
  }
  if (input.mode === 'exam') {
    if (input.exemptDecision !== null)
      refuse('exemptDecision', 'NOT_APPLICABLE', '参加考试（mode 为 exam）的考生没有免考复核认定');
    if (input.review !== null && !componentsOf(input, rules).includes('review'))
      refuse('review', 'NOT_APPLICABLE', `${level}考核不含综合评审（仅技师有）`);
    return problems;
  }
  for (const field of ['theory', 'practical', 'review'] as const) {
    if (input[field] !== null)
      refuse(field, 'NOT_APPLICABLE', '免考复核认定（mode 为 exempt-review）不参加考试和综合评审');
  }
  return problems;
}

/**
 * The pass decision of one candidate (三, 二(九)): every component the level has must pass;
 * `passed` is null only while a missing result could still decide, false as soon as one fails.
 * Call passInputProblems first: a contradictory input has no decision.
 */
export function decidePass(input: PassInput, rules: PassRules): PassDecision {
  if (input.mode === 'exempt-review') return combine([exemptVerdict(input, rules)]);
  const components = componentsOf(input, rules);
  const exam = (['theory', 'practical'] as const)
    .filter((c) => components.includes(c))
    .map((c) => scoredVerdict(c, input[c], rules.passMark));
  if (!components.includes('review')) return combine(exam);
  const review = reviewVerdict(
    input,
    exam.some((v) => v.passed === false),
  );
  return combine(review ? [...exam, review] : exam);
}
