import type { ExamComponentsPassed } from './domain/review-gate';

/**
 * Where the review learns whether a candidate's theory and practical are finally passed
 * (locked scores under the pass rule). Provided by the scoring module; the review module only
 * reads through it, so the pass rule stays in one place.
 */
export const EXAM_COMPONENTS = Symbol('EXAM_COMPONENTS');

export interface ExamComponentsReader {
  passedFor(
    sessionId: string,
    registrationIds: string[],
  ): Promise<Map<string, ExamComponentsPassed>>;
}
