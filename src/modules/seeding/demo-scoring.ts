import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { scopeFor } from '../../common/auth/scope';
import { Clock } from '../../common/clock/clock';
import { addDays, chinaDateOf } from '../../common/dates/date-only';
import { AccountsRepository } from '../accounts/accounts.repository';
import { DiscrepanciesService } from '../scoring/discrepancies.service';
import type { MarkDto } from '../scoring/dto/scoring.dto';
import { GraderAssignmentsService } from '../scoring/grader-assignments.service';
import { ScoreEntriesService } from '../scoring/score-entries.service';
import { ScoreLocksService } from '../scoring/score-locks.service';
import { ScoreSheetsService } from '../scoring/score-sheets.service';
import { instantOn } from './domain/demo-session';

/** Where a demo sheet is left: which categories' theory sheets disagree, which stay pending. */
const RESOLVED_DISPUTE = '电工';
const PENDING_DISPUTE = '计算机操作员';
const DRAFT_PRACTICAL = '中式烹调师';

/**
 * DEMO=1, scoring: both demo graders assigned to every sitting; every theory sheet keyed
 * twice — one disagreement resolved by the center (电工), one still on the discrepancy list
 * (计算机操作员) — and the final theory sittings locked; one practical sheet half keyed by
 * demo-grader; the other practical sheets left for a newcomer to key.
 */
@Injectable()
export class DemoScoring {
  constructor(
    private readonly clock: Clock,
    private readonly accounts: AccountsRepository,
    private readonly assignments: GraderAssignmentsService,
    private readonly sheets: ScoreSheetsService,
    private readonly entries: ScoreEntriesService,
    private readonly discrepancies: DiscrepanciesService,
    private readonly locks: ScoreLocksService,
  ) {}

  async seed(year: number): Promise<void> {
    const [staff, g1, g2] = await Promise.all(
      ['demo-staff', 'demo-grader', 'demo-grader2'].map((u) => this.principal(u)),
    );
    // Yesterday, after the allocation: every demo step lies in the past.
    const day = addDays(chinaDateOf(this.clock.now()), -1);
    await this.clock.at(instantOn(day, '15:00'), async () => {
      const sheets = (await this.sheets.list(staff, { examYear: year, page: 1, pageSize: 200 }))
        .items;
      for (const sittingId of new Set(sheets.map((s) => s.sittingId))) {
        for (const g of [g1, g2]) {
          await this.assignments.assign(staff, { graderId: g.accountId, sittingId });
        }
      }
      for (const s of sheets.filter((x) => x.component === 'theory')) {
        const key = { sittingId: s.sittingId, examRoom: s.examRoom };
        const disputed = [RESOLVED_DISPUTE, PENDING_DISPUTE].includes(s.paperCategory);
        await this.keyEntry(g1, key, (i) => demoMark(i, false));
        await this.keyEntry(g2, key, (i) => demoMark(i, disputed && i === 0));
      }
      for (const d of (await this.discrepancies.all({ examYear: year })).filter(
        (x) => x.paperCategory === RESOLVED_DISPUTE,
      )) {
        await this.discrepancies.resolve(staff, d.id, {
          ...demoMark(0, false),
          version: d.version,
          note: '核对纸质评分表：第二录入误录',
        });
      }
      const theory = (
        await this.sheets.list(staff, { examYear: year, page: 1, pageSize: 200 })
      ).items.filter((x) => x.component === 'theory');
      for (const sittingId of new Set(theory.map((x) => x.sittingId))) {
        if (theory.every((x) => x.sittingId !== sittingId || x.status === 'final')) {
          await this.locks.lock(staff, sittingId);
        }
      }
      const draft = sheets.find(
        (x) => x.component === 'practical' && x.paperCategory === DRAFT_PRACTICAL,
      );
      if (draft) {
        await this.keyEntry(g1, { sittingId: draft.sittingId, examRoom: draft.examRoom }, (i) =>
          i === 0 ? demoMark(3, false) : null,
        );
      }
    });
  }

  /** Claims the grader's entry, saves the marks given (null: left empty), submits when full. */
  private async keyEntry(
    p: Principal,
    key: { sittingId: string; examRoom: number },
    markOf: (i: number) => MarkDto | null,
  ): Promise<void> {
    const entry = await this.entries.claim(p, key, {});
    const rows = entry.rows.map((r, i) => ({ registrationId: r.registrationId, mark: markOf(i) }));
    const saved = await this.entries.save(p, key, entry.slot, {
      version: entry.version,
      rows: rows.filter((r) => r.mark),
    });
    if (rows.every((r) => r.mark)) await this.entries.submit(p, key, entry.slot, saved.version);
  }

  private async principal(username: string): Promise<Principal> {
    const a = await this.accounts.findByUsername(username);
    if (!a) throw new Error(`demo account ${username} is missing`);
    return { accountId: a.id, username: a.username, role: a.role, scope: scopeFor(a) };
  }
}

/** Deterministic demo marks: one absence, otherwise scores around the pass mark. */
function demoMark(i: number, misKeyed: boolean): MarkDto {
  if (i === 2) return { kind: 'absent' };
  const score = [78.5, 64, 0, 59.5, 91][i % 5];
  return { kind: 'score', score: misKeyed ? score - 10 : score };
}
