import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { isCenter } from '../../common/auth/scope';
import { Clock } from '../../common/clock/clock';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { isUniqueViolation } from '../../database/db-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { emptyRows } from './domain/compare-entries';
import { claimEntry } from './domain/entry-claim';
import { markFromColumns, markToColumns, parseMark, type Mark } from './domain/marks';
import type { ClaimEntryDto, EntryRowDto, SaveMarksDto } from './dto/scoring.dto';
import type { ScoreEntryResponse } from './dto/scoring-responses.dto';
import { ScoreEntryEntity } from './entities/score-entry.entity';
import { markView } from './scoring.mapper';
import { ScoringRepository, type RosterRow, type SheetKey } from './scoring.repository';
import {
  entriesTaken,
  entryIncomplete,
  entryNotFound,
  entrySubmitted,
  invalidMarks,
  notOnSheet,
  sameGraderTwice,
  slotTaken,
  staleEntry,
} from './scoring.errors';
import { SheetAccess } from './sheet-access';
import { SheetFinalizer } from './sheet-finalizer';

export type EntrySource = 'keyboard' | 'import';

/**
 * A grader's own entry of a sheet: claim it, save rows as drafts (each save conditional on
 * the version read), submit it. The other grader's entry stays out of sight.
 */
@Injectable()
export class ScoreEntriesService {
  constructor(
    private readonly repo: ScoringRepository,
    private readonly access: SheetAccess,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly finalizer: SheetFinalizer,
  ) {}

  async claim(p: Principal, key: SheetKey, dto: ClaimEntryDto): Promise<ScoreEntryResponse> {
    return this.uow
      .run(async (em) => {
        const sheet = await this.access.openForEntry(p, key, em);
        const held = await this.repo.entriesOfSheet(key, em);
        const c = claimEntry(held, p.accountId, dto.slot);
        if (!c.ok) {
          if (c.refusal === 'same-grader') throw sameGraderTwice(c.heldSlot);
          throw c.refusal === 'slot-taken' ? slotTaken(c.slot!) : entriesTaken();
        }
        const roster = await this.repo.roster(key, em);
        if (c.existing) {
          const entry = held.find((e) => e.slot === c.slot)!;
          return this.view(entry, roster, await this.marksOf(entry.id, em), false);
        }
        const now = this.clock.now();
        const entry = Object.assign(new ScoreEntryEntity(), {
          id: randomUUID(),
          sessionId: sheet.sitting.sessionId,
          ...key,
          slot: c.slot,
          graderId: p.accountId,
          status: 'draft',
          source: 'keyboard',
          version: 0,
          submittedAt: null,
          createdAt: now,
          updatedAt: now,
        });
        await em.insert(ScoreEntryEntity, { ...entry });
        await this.audit.record(em, actorOf(p), {
          action: 'score.entry-claimed',
          entityType: 'sitting',
          entityId: key.sittingId,
          after: { examRoom: key.examRoom, slot: c.slot },
        });
        // The answer is built in the transaction from what it read and wrote (a new entry has
        // no marks), not by reading the sheet again after the commit.
        return this.view(entry, roster, new Map(), false);
      })
      .catch((e: unknown) => {
        // A concurrent claim of the same entry lost the race on the unique index.
        if (isUniqueViolation(e)) throw dto.slot ? slotTaken(dto.slot) : entriesTaken();
        throw e;
      });
  }

  /** One entry with its rows in seat order: its grader's, or any for the center. */
  async get(p: Principal, key: SheetKey, slot: number): Promise<ScoreEntryResponse> {
    const sheet = await this.access.open(p, key);
    const entry = await this.entryFor(p, key, slot);
    const [roster, marks] = await Promise.all([this.repo.roster(key), this.marksOf(entry.id)]);
    return this.view(entry, roster, marks, sheet.locked);
  }

  async save(
    p: Principal,
    key: SheetKey,
    slot: number,
    dto: SaveMarksDto,
    source: EntrySource = 'keyboard',
  ): Promise<ScoreEntryResponse> {
    const parsed = parseRows(dto.rows);
    return this.uow.run(async (em) => {
      await this.access.openForEntry(p, key, em);
      const entry = await this.ownEntry(p, key, slot, em);
      const roster = await this.repo.roster(key, em);
      refuseStrangers(
        roster,
        parsed.map((r) => r.registrationId),
      );
      await this.write(em, entry, dto.version, parsed, source);
      await this.audit.record(em, actorOf(p), {
        action: source === 'import' ? 'score.entry-imported' : 'score.entry-saved',
        entityType: 'sitting',
        entityId: key.sittingId,
        after: { examRoom: key.examRoom, slot, rows: parsed.length },
      });
      return this.view(
        await this.repo.entry(entry.id, em),
        roster,
        await this.marksOf(entry.id, em),
        false,
      );
    });
  }

  async submit(p: Principal, key: SheetKey, slot: number, version: number) {
    return this.uow.run(async (em) => {
      const sheet = await this.access.openForEntry(p, key, em);
      const entry = await this.ownEntry(p, key, slot, em);
      const roster = await this.repo.roster(key, em);
      const marks = await this.marksOf(entry.id, em);
      const empty = emptyRows(roster, marks).map((r): ErrorDetail => ({
        field: r.registrationId,
        code: 'EMPTY',
        message: `${r.seat} 号座位`,
      }));
      if (empty.length) throw entryIncomplete(empty);
      const now = this.clock.now();
      const ok = await this.repo.touchEntryIfVersion(em, entry.id, version, {
        status: 'submitted',
        submittedAt: now,
        updatedAt: now,
      });
      if (!ok) throw await this.conflictOf(entry.id, em);
      await this.audit.record(em, actorOf(p), {
        action: 'score.entry-submitted',
        entityType: 'sitting',
        entityId: key.sittingId,
        after: { examRoom: key.examRoom, slot, rows: roster.length },
      });
      await this.finalizer.afterSubmit(em, p, sheet.sitting, key, roster);
      // Submitting changes no mark: the rows read above are the entry's rows.
      return this.view(await this.repo.entry(entry.id, em), roster, marks, false);
    });
  }

  /** The caller's own draft entry, in a write transaction or as an early check (404, 409). */
  async ownEntry(p: Principal, key: SheetKey, slot: number, em?: EntityManager) {
    const entry = (await this.repo.entriesOfSheet(key, em)).find((e) => e.slot === slot);
    if (!entry || entry.graderId !== p.accountId) throw entryNotFound();
    if (entry.status !== 'draft') throw entrySubmitted();
    return entry;
  }

  /** Writes the rows under the entry's version; a stale version changes nothing (409). */
  async write(
    em: EntityManager,
    entry: ScoreEntryEntity,
    version: number,
    rows: { registrationId: string; mark: Mark | null }[],
    source: EntrySource,
  ): Promise<void> {
    const now = this.clock.now();
    const ok = await this.repo.touchEntryIfVersion(em, entry.id, version, {
      source,
      updatedAt: now,
    });
    if (!ok) throw await this.conflictOf(entry.id, em);
    const columns = rows.map((r) => ({
      registrationId: r.registrationId,
      columns: r.mark ? markToColumns(r.mark) : null,
    }));
    await this.repo.replaceMarks(em, entry.id, columns, now);
  }

  private async conflictOf(entryId: string, em: EntityManager) {
    const now = await em.findOneOrFail(ScoreEntryEntity, { where: { id: entryId } });
    return now.status !== 'draft' ? entrySubmitted() : staleEntry(now.version);
  }

  private async entryFor(p: Principal, key: SheetKey, slot: number) {
    const entry = (await this.repo.entriesOfSheet(key)).find((e) => e.slot === slot);
    if (!entry || (!isCenter(p.scope) && entry.graderId !== p.accountId)) throw entryNotFound();
    return entry;
  }

  async marksOf(entryId: string, em?: EntityManager): Promise<Map<string, Mark>> {
    const rows = await this.repo.marksOf([entryId], em);
    return new Map(rows.map((r) => [r.registrationId, markFromColumns(r)!]));
  }

  view(
    entry: ScoreEntryEntity,
    roster: RosterRow[],
    marks: Map<string, Mark>,
    locked: boolean,
  ): ScoreEntryResponse {
    return {
      sittingId: entry.sittingId,
      examRoom: entry.examRoom,
      slot: entry.slot,
      status: entry.status,
      version: entry.version,
      source: entry.source,
      submittedAt: entry.submittedAt?.toISOString() ?? null,
      empty: emptyRows(roster, marks).length,
      rows: roster.map((r) => ({ ...r, mark: markView(marks.get(r.registrationId) ?? null) })),
      locked,
    };
  }
}

/** Validates every row; all errors at once, nothing written if any (400). */
function parseRows(rows: EntryRowDto[]): { registrationId: string; mark: Mark | null }[] {
  const errors: ErrorDetail[] = [];
  const first = new Map<string, number>();
  rows.forEach((r, i) => {
    // Two marks for one seat in one save: which would count? Refused, never a 409 race.
    const seen = first.get(r.registrationId);
    if (seen === undefined) first.set(r.registrationId, i);
    else
      errors.push({
        field: `rows.${i}.registrationId`,
        code: 'DUPLICATE_ROW',
        message: `第 ${i + 1} 行与第 ${seen + 1} 行是同一考生`,
      });
  });
  const out = rows.map((r, i) => {
    if (!r.mark) return { registrationId: r.registrationId, mark: null };
    const m = parseMark(r.mark);
    if (m.ok) return { registrationId: r.registrationId, mark: m.mark };
    errors.push({ field: `rows.${i}.mark.${m.field}`, code: 'INVALID_MARK', message: m.message });
    return { registrationId: r.registrationId, mark: null };
  });
  if (errors.length) throw invalidMarks(errors);
  return out;
}

/** Rows of registrations not on the sheet (cancelled, other room) are refused, never stored. */
function refuseStrangers(roster: RosterRow[], ids: string[]): void {
  const on = new Set(roster.map((r) => r.registrationId));
  const strangers = [...new Set(ids.filter((id) => !on.has(id)))];
  if (strangers.length) {
    throw notOnSheet(
      strangers.map((id) => ({
        field: id,
        code: 'NOT_ON_SHEET',
        message: `考生 ${id} 不在本评分表上`,
      })),
    );
  }
}
