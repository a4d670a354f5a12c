import { Injectable } from '@nestjs/common';
import { markFromColumns } from './domain/marks';
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
 * `null` for a component means the candidate has no scored sitting of it.
 */
@Injectable()
export class ScoreResultsService {
  constructor(private readonly repo: ScoringRepository) {}

  async finalMarks(registrationIds: string[]): Promise<Map<string, CandidateMarks>> {
    const results = await this.repo.resultsOfRegistrations(registrationIds);
    const locks = new Set(
      (await this.repo.locksOf([...new Set(results.map((r) => r.sittingId))])).map(
        (l) => l.sittingId,
      ),
    );
    const out = new Map<string, CandidateMarks>(
      registrationIds.map((id) => [id, { theory: null, practical: null }]),
    );
    for (const r of results) {
      const m = r.status === 'final' ? markFromColumns(r) : null;
      const mark: FinalMark | null =
        m === null
          ? null
          : m.kind === 'score'
            ? { score: m.tenths / 10 }
            : m.kind === 'absent'
              ? { mark: 'absent' }
              : { mark: 'violation', void: m.void };
      const entry = out.get(r.registrationId);
      if (entry && (r.component === 'theory' || r.component === 'practical')) {
        entry[r.component] = { mark, locked: locks.has(r.sittingId) };
      }
    }
    return out;
  }
}
