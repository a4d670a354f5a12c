import { compareZh } from '../../../common/text/collation';
import { LEVELS, type Level } from '../../exam-sessions/domain/session-rules';

/**
 * 三(二)2: 附件2 lists applicants of the same occupation together, in order
 * of level (初级工 → 技师); occupations and names in Chinese collation.
 */
export function orderForSummary<
  T extends { targetOccupation: string; targetLevel: Level; name: string },
>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      compareZh(a.targetOccupation, b.targetOccupation) ||
      LEVELS.indexOf(a.targetLevel) - LEVELS.indexOf(b.targetLevel) ||
      compareZh(a.name, b.name),
  );
}
