import {
  describeMark,
  markFromColumns,
  tenthsToScore,
  type Mark,
  type MarkColumns,
} from './domain/marks';
import type { MarkView } from './dto/scoring-responses.dto';

export function markView(m: Mark | null): MarkView | null {
  if (!m) return null;
  return {
    kind: m.kind,
    score: m.kind === 'score' ? tenthsToScore(m.tenths) : null,
    violationType: m.kind === 'violation' ? m.violationType : null,
    violationVoid: m.kind === 'violation' ? m.void : null,
    text: describeMark(m),
  };
}

export const columnsView = (c: MarkColumns): MarkView | null => markView(markFromColumns(c));
