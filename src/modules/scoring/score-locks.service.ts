import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { isCenter } from '../../common/auth/scope';
import { Clock } from '../../common/clock/clock';
import type { ErrorDetail } from '../../common/errors/domain-error';
import { ResultsFreeze } from '../certificates/freeze/results-freeze';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { COMPONENT_NAMES } from '../scheduling/domain/component-names';
import { examRoomLabel } from '../scheduling/domain/exam-rooms';
import { describeMark, markFromColumns, markToColumns, sameMark } from './domain/marks';
import { sheetStatus, SHEET_STATUS_NAMES } from './domain/sheet-status';
import type { CorrectDto } from './dto/scoring.dto';
import type { ScoreLockResponse, ScoreResultResponse } from './dto/scoring-responses.dto';
import { ScoreLockEntity } from './entities/score-lock.entity';
import { parseOrThrow, resultView } from './discrepancies.service';
import { ScoringRepository } from './scoring.repository';
import {
  alreadyLocked,
  markUnchanged,
  notFinal,
  notLocked,
  resultNotFound,
  sheetsNotFinal,
  sittingNotFound,
  staleResult,
} from './scoring.errors';

/**
 * Locking a sitting's final marks, unlocking it (administrator, with a reason) and the
 * center's corrections of a final mark (with a reason; the audit keeps before and after and
 * the candidate's history shows it).
 */
@Injectable()
export class ScoreLocksService {
  constructor(
    private readonly repo: ScoringRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly freeze: ResultsFreeze,
  ) {}

  async lock(p: Principal, sittingId: string): Promise<ScoreLockResponse> {
    return this.uow.run(async (em) => {
      const sitting = await this.repo.sitting(sittingId, em);
      if (!sitting) throw sittingNotFound();
      if (await this.repo.lock(sittingId, em)) throw alreadyLocked();
      const blockers = await this.unfinishedSheets(sittingId, em);
      if (blockers.length) throw sheetsNotFinal(blockers);
      const now = this.clock.now();
      await em.insert(ScoreLockEntity, {
        sittingId,
        sessionId: sitting.sessionId,
        lockedBy: p.username,
        lockedAt: now,
      });
      await this.audit.record(em, actorOf(p), {
        action: 'score.locked',
        entityType: 'sitting',
        entityId: sittingId,
      });
      return { sittingId, locked: true, lockedAt: now.toISOString(), lockedBy: p.username };
    });
  }

  /**
   * Every sheet of the sitting not final yet, read set-based (the sitting's entries, results
   * and roster once, not three statements per exam room).
   */
  private async unfinishedSheets(sittingId: string, em: EntityManager): Promise<ErrorDetail[]> {
    const [sheets, entries, results, roster] = await Promise.all([
      this.repo.sheetsOf([sittingId]),
      this.repo.entriesOfSittings([sittingId], em),
      this.repo.resultsOfSittings([sittingId], em),
      this.repo.rosterOfSitting(sittingId, em),
    ]);
    const onRoster = new Set(roster.map((r) => `${r.examRoom}/${r.registrationId}`));
    const count = <T extends { examRoom: number }>(rows: T[], keep: (t: T) => boolean) => {
      const n = new Map<number, number>();
      for (const t of rows) if (keep(t)) n.set(t.examRoom, (n.get(t.examRoom) ?? 0) + 1);
      return n;
    };
    const submitted = count(entries, (e) => e.status === 'submitted');
    const rosterSize = count(roster, () => true);
    const finalRows = count(
      results,
      (r) => r.status === 'final' && onRoster.has(`${r.examRoom}/${r.registrationId}`),
    );
    return sheets.flatMap((sheet): ErrorDetail[] => {
      const status = sheetStatus({
        submittedEntries: submitted.get(sheet.examRoom) ?? 0,
        rosterSize: rosterSize.get(sheet.examRoom) ?? 0,
        finalRows: finalRows.get(sheet.examRoom) ?? 0,
      });
      if (status === 'final') return [];
      return [
        {
          field: String(sheet.examRoom),
          code: 'SHEET_NOT_FINAL',
          message: `${examRoomLabel(sheet.examRoom)}${SHEET_STATUS_NAMES[status]}`,
        },
      ];
    });
  }

  async unlock(p: Principal, sittingId: string, reason: string): Promise<ScoreLockResponse> {
    return this.uow.run(async (em) => {
      const sitting = await this.repo.sitting(sittingId, em);
      if (!sitting) throw sittingNotFound();
      await this.freeze.assertOpen(em, sitting.sessionId);
      const lock = await this.repo.lock(sittingId, em);
      if (!lock) throw notLocked();
      await em.delete(ScoreLockEntity, { sittingId });
      await this.audit.record(em, actorOf(p), {
        action: 'score.unlocked',
        entityType: 'sitting',
        entityId: sittingId,
        before: { lockedBy: lock.lockedBy, lockedAt: lock.lockedAt.toISOString() },
        after: { reason },
      });
      return { sittingId, locked: false, lockedAt: null, lockedBy: null };
    });
  }

  /** The center corrects a final mark, locked or not; graders never can. */
  async correct(p: Principal, id: string, dto: CorrectDto): Promise<ScoreResultResponse> {
    const mark = parseOrThrow(dto);
    return this.uow.run(async (em) => {
      const r = await this.repo.result(id, em);
      if (!r) throw resultNotFound();
      await this.freeze.assertOpen(em, r.sessionId);
      if (r.status !== 'final') throw notFinal();
      if (sameMark(markFromColumns(r), mark)) throw markUnchanged();
      const before = describeMark(markFromColumns(r));
      const changes = {
        ...markToColumns(mark),
        source: 'corrected',
        note: dto.reason,
        decidedBy: p.username,
        decidedAt: this.clock.now(),
      };
      if (!(await this.repo.updateResultIfVersion(em, id, dto.version, changes)))
        throw staleResult();
      await this.audit.record(em, actorOf(p), {
        action: 'score.corrected',
        entityType: 'registration',
        entityId: r.registrationId,
        before: { component: COMPONENT_NAMES[r.component], mark: before },
        after: {
          component: COMPONENT_NAMES[r.component],
          mark: describeMark(mark),
          reason: dto.reason,
          sittingId: r.sittingId,
        },
      });
      return resultView({ ...r, ...changes, version: r.version + 1 });
    });
  }

  /** A grader learns only of sittings assigned to them (as with their sheets: 404 otherwise). */
  async status(p: Principal, sittingId: string): Promise<ScoreLockResponse> {
    if (!(await this.repo.sitting(sittingId))) throw sittingNotFound();
    if (!isCenter(p.scope)) {
      const assigned = await this.repo.assignmentsOfSittings([sittingId]);
      if (!assigned.some((a) => a.graderId === p.accountId)) throw sittingNotFound();
    }
    const lock = await this.repo.lock(sittingId);
    return {
      sittingId,
      locked: lock !== null,
      lockedAt: lock?.lockedAt.toISOString() ?? null,
      lockedBy: lock?.lockedBy ?? null,
    };
  }
}
