import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { scopeFor } from '../../common/auth/scope';
import { Clock } from '../../common/clock/clock';
import type { DateOnly } from '../../common/dates/date-only';
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
/** Nobody keys this practical sheet: a newcomer (and the browser journey 09) keys it. */
const UNKEYED_PRACTICAL = '汽车驾驶员';

type Row = { registrationId: string };
type MarkOf = (row: Row, i: number) => MarkDto | null;

/**
 * DEMO=1, scoring: both demo graders assigned to every sitting; every theory sheet keyed
 * twice — one disagreement resolved by the center (电工), one still on the discrepancy list
 * (计算机操作员) — and the final theory sittings locked; the practical sheets of the strong
 * candidates (the technicians whose 综合评审 the demo shows) keyed twice and locked; one
 * practical sheet half keyed by demo-grader; the others (汽车驾驶员 among them) left for a
 * newcomer to key. The strong candidates score above the pass mark in both components.
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

  async seed(year: number, strong: ReadonlySet<string>, on: DateOnly): Promise<void> {
    const [staff, g1, g2] = await Promise.all(
      ['demo-staff', 'demo-grader', 'demo-grader2'].map((u) => this.principal(u)),
    );
    const markOf: MarkOf = (row, i) =>
      strong.has(row.registrationId) ? strongMark(i) : demoMark(i, false);
    await this.clock.at(instantOn(on, '15:00'), async () => {
      const sheets = await this.allSheets(staff, year);
      for (const sittingId of new Set(sheets.map((s) => s.sittingId))) {
        for (const g of [g1, g2]) {
          await this.assignments.assign(staff, { graderId: g.accountId, sittingId });
        }
      }
      const intended = new Map<string, MarkDto>();
      for (const s of sheets.filter((x) => x.component === 'theory')) {
        const key = { sittingId: s.sittingId, examRoom: s.examRoom };
        const disputed = [RESOLVED_DISPUTE, PENDING_DISPUTE].includes(s.paperCategory);
        await this.keyEntry(g1, key, (row, i) => {
          const mark = markOf(row, i)!;
          intended.set(row.registrationId, mark);
          return mark;
        });
        await this.keyEntry(g2, key, (row, i) => misKey(markOf(row, i)!, disputed && i === 0));
      }
      for (const d of (await this.discrepancies.all({ examYear: year })).filter(
        (x) => x.paperCategory === RESOLVED_DISPUTE,
      )) {
        await this.discrepancies.resolve(staff, d.id, {
          ...intended.get(d.registrationId)!,
          version: d.version,
          note: '核对纸质评分表：第二录入误录',
        });
      }
      const practical = sheets.filter((x) => x.component === 'practical');
      const strongSittings = await this.sittingsWith(staff, practical, strong);
      for (const s of practical.filter((x) => strongSittings.has(x.sittingId))) {
        const key = { sittingId: s.sittingId, examRoom: s.examRoom };
        await this.keyEntry(g1, key, markOf);
        await this.keyEntry(g2, key, markOf);
      }
      await this.lockFinal(staff, year);
      const draft = practical.find((x) => x.paperCategory === DRAFT_PRACTICAL);
      if (draft) {
        await this.keyEntry(
          g1,
          { sittingId: draft.sittingId, examRoom: draft.examRoom },
          (_r, i) => (i === 0 ? demoMark(3, false) : null),
        );
      }
    });
  }

  private async allSheets(staff: Principal, year: number) {
    return (await this.sheets.list(staff, { examYear: year, page: 1, pageSize: 200 })).items;
  }

  /** The practical sittings where a strong candidate sits, but for the ones left unkeyed. */
  private async sittingsWith(
    staff: Principal,
    practical: { sittingId: string; examRoom: number; paperCategory: string }[],
    strong: ReadonlySet<string>,
  ): Promise<Set<string>> {
    const out = new Set<string>();
    for (const s of practical) {
      if ([UNKEYED_PRACTICAL, DRAFT_PRACTICAL].includes(s.paperCategory)) continue;
      const sheet = await this.sheets.detail(staff, {
        sittingId: s.sittingId,
        examRoom: s.examRoom,
      });
      if (sheet.rows.some((r) => strong.has(r.registrationId))) out.add(s.sittingId);
    }
    return out;
  }

  /** Locks every sitting whose sheets are all final. */
  private async lockFinal(staff: Principal, year: number): Promise<void> {
    const sheets = await this.allSheets(staff, year);
    for (const sittingId of new Set(sheets.map((x) => x.sittingId))) {
      const of = sheets.filter((x) => x.sittingId === sittingId);
      if (of.every((x) => x.status === 'final' && !x.locked)) {
        await this.locks.lock(staff, sittingId);
      }
    }
  }

  /** Claims the grader's entry, saves the marks given (null: left empty), submits when full. */
  private async keyEntry(
    p: Principal,
    key: { sittingId: string; examRoom: number },
    markOf: MarkOf,
  ): Promise<void> {
    const entry = await this.entries.claim(p, key, {});
    const rows = entry.rows.map((r, i) => ({
      registrationId: r.registrationId,
      mark: markOf(r, i),
    }));
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

/** A strong candidate's mark: well above the pass mark. */
function strongMark(i: number): MarkDto {
  return { kind: 'score', score: [86, 79.5, 92, 83][i % 4] };
}

/** The second grader's slip on a disputed seat: ten points off. */
function misKey(mark: MarkDto, slip: boolean): MarkDto {
  return slip && mark.kind === 'score' ? { ...mark, score: mark.score! - 10 } : mark;
}
