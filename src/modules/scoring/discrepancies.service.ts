import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { pageOf, type Page } from '../../common/http/page.dto';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { COMPONENT_NAMES } from '../scheduling/domain/component-names';
import { examRoomLabel } from '../scheduling/domain/exam-rooms';
import { describeMark, markFromColumns, markToColumns, parseMark, type Mark } from './domain/marks';
import type { DiscrepancyQueryDto, ResolveDto } from './dto/scoring.dto';
import type { DiscrepancyResponse, ScoreResultResponse } from './dto/scoring-responses.dto';
import { columnsView, markView } from './scoring.mapper';
import { ScoringRepository } from './scoring.repository';
import {
  invalidMarks,
  notDisputed,
  resultNotFound,
  scoresLocked,
  staleResult,
} from './scoring.errors';

/**
 * The discrepancy list (双录入差异): rows where the two entries differ, each with both marks,
 * for the center to decide against the paper sheet. Resolving records the mark and a note.
 */
@Injectable()
export class DiscrepanciesService {
  constructor(
    private readonly repo: ScoringRepository,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(q: DiscrepancyQueryDto): Promise<Page<DiscrepancyResponse>> {
    return pageOf(await this.all(q), q);
  }

  /** Every discrepancy of the session (or sitting), in sitting, room and seat order. */
  async all(q: Omit<DiscrepancyQueryDto, 'page' | 'pageSize'>): Promise<DiscrepancyResponse[]> {
    const session = await this.sessions.resolve(q.examYear);
    const sittings = (await this.repo.sittingsOf(session.id)).filter(
      (s) => !q.sittingId || s.id === q.sittingId,
    );
    const sittingOf = new Map(sittings.map((s) => [s.id, s]));
    // Only the disputed rows and their two entries' marks: never the sitting's other results.
    const results = (await this.repo.disputedResultsOfSittings([...sittingOf.keys()])).filter(
      (r) => !q.status || (q.status === 'pending') === (r.status === 'pending'),
    );
    const sheets = [...new Set(results.map((r) => `${r.sittingId}/${r.examRoom}`))];
    const marks = await this.repo.entryMarksOfDisputes([
      ...new Set(results.map((r) => r.sittingId)),
    ]);
    const markOf = new Map(
      marks.map((m) => [
        `${m.sittingId}/${m.examRoom}/${m.slot}/${m.registrationId}`,
        markFromColumns(m),
      ]),
    );
    const out: (DiscrepancyResponse & { sortKey: string })[] = [];
    for (const sheet of sheets) {
      const [sittingId, room] = sheet.split('/');
      const key = { sittingId, examRoom: Number(room) };
      const roster = new Map((await this.repo.roster(key)).map((r) => [r.registrationId, r]));
      const entryMark = (slot: number, regId: string): Mark | null =>
        markOf.get(`${sheet}/${slot}/${regId}`) ?? null;
      const sitting = sittingOf.get(sittingId)!;
      for (const r of results.filter(
        (x) => x.sittingId === sittingId && x.examRoom === key.examRoom,
      )) {
        const row = roster.get(r.registrationId);
        if (!row) continue; // left the exam (cancelled)
        out.push({
          sortKey: `${sitting.date} ${sitting.startTime} ${String(key.examRoom).padStart(3, '0')} ${String(row.seat).padStart(3, '0')}`,
          id: r.id,
          sittingId,
          examRoom: key.examRoom,
          label: examRoomLabel(key.examRoom),
          paperCategory: sitting.paperCategory,
          componentName: COMPONENT_NAMES[sitting.component],
          registrationId: r.registrationId,
          seat: row.seat,
          ticketNumber: row.ticketNumber,
          name: row.name,
          first: markView(entryMark(1, r.registrationId)),
          second: markView(entryMark(2, r.registrationId)),
          status: r.status === 'pending' ? 'pending' : 'resolved',
          decided: r.status === 'final' ? columnsView(r) : null,
          note: r.note,
          decidedBy: r.decidedBy,
          decidedAt: r.decidedAt?.toISOString() ?? null,
          version: r.version,
        });
      }
    }
    return out.sort((a, b) => a.sortKey.localeCompare(b.sortKey)).map(({ sortKey: _s, ...d }) => d);
  }

  async resolve(p: Principal, id: string, dto: ResolveDto): Promise<ScoreResultResponse> {
    const mark = parseOrThrow(dto);
    return this.uow.run(async (em) => {
      const r = await this.repo.result(id, em);
      if (!r) throw resultNotFound();
      if (await this.repo.lock(r.sittingId, em)) throw scoresLocked();
      if (r.status !== 'pending') throw notDisputed();
      const now = this.clock.now();
      const changes = {
        ...markToColumns(mark),
        status: 'final',
        source: 'resolved',
        note: dto.note,
        decidedBy: p.username,
        decidedAt: now,
      };
      if (!(await this.repo.updateResultIfVersion(em, id, dto.version, changes)))
        throw staleResult();
      const component = COMPONENT_NAMES[r.component];
      await this.audit.recordMany(em, actorOf(p), [
        {
          action: 'score.discrepancy-resolved',
          entityType: 'sitting',
          entityId: r.sittingId,
          after: {
            examRoom: r.examRoom,
            registrationId: r.registrationId,
            mark: describeMark(mark),
            note: dto.note,
          },
        },
        {
          action: 'score.finalized',
          entityType: 'registration',
          entityId: r.registrationId,
          after: {
            component,
            mark: describeMark(mark),
            source: '中心核对纸质评分表',
            note: dto.note,
          },
        },
      ]);
      return resultView({ ...r, ...changes, version: r.version + 1 });
    });
  }
}

export function parseOrThrow(dto: ResolveDto | { kind: string }): Mark {
  const m = parseMark(dto as ResolveDto);
  if (!m.ok) throw invalidMarks([{ field: m.field, code: 'INVALID_MARK', message: m.message }]);
  return m.mark;
}

export function resultView(r: {
  id: string;
  registrationId: string;
  status: string;
  kind: string | null;
  scoreTenths: number | null;
  violationType: string | null;
  violationVoid: string | null;
  source: string | null;
  note: string | null;
  version: number;
}): ScoreResultResponse {
  return {
    id: r.id,
    registrationId: r.registrationId,
    status: r.status,
    mark: r.status === 'final' ? columnsView(r) : null,
    source: r.source,
    note: r.note,
    version: r.version,
  };
}
