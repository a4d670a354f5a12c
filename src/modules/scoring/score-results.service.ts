import { Injectable } from '@nestjs/common';
import { markFromColumns, type Mark } from './domain/marks';
import { ScoringRepository } from './scoring.repository';

/** A final mark as the pass rule reads it (CONTRACT "Pass decision"). */
export type FinalMark =
  { score: number } | { mark: 'absent' } | { mark: 'violation'; void: 'component' | 'exam' };

export interface ComponentResult {
  /** null while no final mark exists (entries missing, a discrepancy pending). */
  mark: FinalMark | null;
  /** Whether the sitting's marks are locked by the center. */
  locked: boolean;
}

export interface CandidateMarks {
  theory: ComponentResult | null;
  practical: ComponentResult | null;
}

/**
 * Read-only access to final marks for other modules (the pass rule, certificates): per
 * registration and component, the final mark or null, and whether its sitting is locked.
 * A component is `null` when the candidate is not seated in a sitting of it (an exempt
 * re-recognition, say); `{ mark: null }` while seated but not final yet.
 */
@Injectable()
export class ScoreResultsService {
  constructor(private readonly repo: ScoringRepository) {}

  async finalMarks(registrationIds: string[]): Promise<Map<string, CandidateMarks>> {
    const [seats, results] = await Promise.all([
      this.repo.seatsOfRegistrations(registrationIds),
      this.repo.resultsOfRegistrations(registrationIds),
    ]);
    const sittings = [...new Set([...seats, ...results].map((r) => r.sittingId))];
    const locked = new Set((await this.repo.locksOf(sittings)).map((l) => l.sittingId));
    const out = new Map<string, CandidateMarks>(
      registrationIds.map((id) => [id, { theory: null, practical: null }]),
    );
    const put = (registrationId: string, component: string, value: ComponentResult) => {
      const entry = out.get(registrationId);
      if (entry && (component === 'theory' || component === 'practical')) {
        entry[component] = value;
      }
    };
    // Seated: a component exists, without a final mark until both entries agree or are resolved.
    for (const s of seats) {
      put(s.registrationId, s.component, { mark: null, locked: locked.has(s.sittingId) });
    }
    for (const r of results) {
      put(r.registrationId, r.component, {
        mark: toFinalMark(r.status === 'final' ? markFromColumns(r) : null),
        locked: locked.has(r.sittingId),
      });
    }
    return out;
  }
}

function toFinalMark(m: Mark | null): FinalMark | null {
  if (m === null) return null;
  if (m.kind === 'score') return { score: m.tenths / 10 };
  if (m.kind === 'absent') return { mark: 'absent' };
  return { mark: 'violation', void: m.void };
}
