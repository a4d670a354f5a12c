import type { Level } from '../../exam-sessions/domain/session-rules';
import type { Mode } from '../../eligibility/domain/eligibility.types';

/** Whether each written component has been finally passed; null while not final. */
export interface ExamComponentsPassed {
  theory: boolean | null;
  practical: boolean | null;
}

export type GateAnswer = { open: true } | { open: false; reason: string };

/**
 * 综合评审 opens only for a technician candidate who sits the exam and has passed both the
 * theory exam and the practical assessment (notice 三: "参加技师等级考核人员理论考试和实际操作均合格的，
 * 由主管部门…进行总体考核"). A cancelled candidate (四(三)) has no review.
 */
export function reviewGate(
  reg: { targetLevel: Level; mode: Mode; cancelled: boolean },
  passed: ExamComponentsPassed,
): GateAnswer {
  if (reg.cancelled) return { open: false, reason: '已取消报考资格和成绩，不进行综合评审' };
  if (reg.targetLevel !== 'technician') {
    return { open: false, reason: '综合评审只适用于技师等级，高级工及以下只考理论和实际操作' };
  }
  if (reg.mode !== 'exam') {
    return { open: false, reason: '免考复核认定人员不参加综合评审' };
  }
  if (passed.theory === null || passed.practical === null) {
    return { open: false, reason: '理论考试和实际操作考核成绩尚未最终确定，综合评审尚未开始' };
  }
  if (!passed.theory || !passed.practical) {
    return { open: false, reason: '理论考试和实际操作考核须均合格才进行综合评审' };
  }
  return { open: true };
}
