import type { Component, Level, LevelDefinition } from '../../exam-sessions/domain/session-rules';
import type { Mode } from '../../eligibility/domain/eligibility.types';

/** 缺考 and 违纪: marks, never a score of 0. */
export const MARKS = ['absent', 'violation'] as const;
export type Mark = (typeof MARKS)[number];

export const REVIEW_RESULTS = ['pass', 'fail'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

export const EXEMPT_DECISIONS = ['approved', 'rejected'] as const;
export type ExemptDecision = (typeof EXEMPT_DECISIONS)[number];

/** One scored component: a score on the 100-point scale, or a mark; null while not recorded. */
export type ComponentResult = { score: number } | { mark: Mark } | null;

/** One candidate's results as CONTRACT.md's pass decision receives them. */
export interface PassInput {
  level: Level;
  mode: Mode;
  theory: ComponentResult;
  practical: ComponentResult;
  review: ReviewResult | null;
  exemptDecision: ExemptDecision | null;
}

/** What the session's notice defines (三: 百分制, 合格分数 60; which level has which components). */
export interface PassRules {
  passMark: number;
  fullMark: number;
  levels: readonly LevelDefinition[];
  exemptClause: string;
}

/** One component's verdict: passed, failed, or still open (null). */
export interface Verdict {
  component: Component | 'exempt';
  passed: boolean | null;
  reason: string;
}

export interface PassDecision {
  passed: boolean | null;
  reasons: string[];
}

/** A request that contradicts itself: names the field, like a validation error. */
export interface InputProblem {
  field: string;
  code: string;
  message: string;
}
