import type { ComponentResult } from './pass-rule.types';

/** A component's final mark as scoring keeps it, and whether the center locked its sitting. */
export interface KeptMark {
  mark:
    | { score: number }
    | { mark: 'absent' }
    | { mark: 'violation'; void: 'component' | 'exam' }
    | null;
  locked: boolean;
}

export interface OfficialMarks {
  theory: ComponentResult;
  practical: ComponentResult;
}

/**
 * The marks the pass rule may use: only those of a locked sitting count (the center locks a
 * sitting's final marks before they decide anything); until then a component is "not yet
 * recorded". A violation judged to void the whole exam (违纪, 全部科目成绩无效) fails every
 * component, the other one included, whatever its score.
 */
export function officialMarks(kept: {
  theory: KeptMark | null;
  practical: KeptMark | null;
}): OfficialMarks {
  const official = (k: KeptMark | null): ComponentResult => {
    if (!k || !k.locked || !k.mark) return null;
    return 'mark' in k.mark ? { mark: k.mark.mark } : { score: k.mark.score };
  };
  const voidsExam = (k: KeptMark | null) =>
    !!k?.locked && !!k.mark && 'void' in k.mark && k.mark.void === 'exam';
  if (voidsExam(kept.theory) || voidsExam(kept.practical)) {
    return { theory: { mark: 'violation' }, practical: { mark: 'violation' } };
  }
  return { theory: official(kept.theory), practical: official(kept.practical) };
}
