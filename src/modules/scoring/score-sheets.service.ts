import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { isCenter } from '../../common/auth/scope';
import { pageOf, type Page } from '../../common/http/page.dto';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { examRoomLabel } from '../scheduling/domain/exam-rooms';
import { COMPONENT_NAMES } from '../scheduling/domain/component-names';
import type { SittingEntity } from '../scheduling/entities/sitting.entity';
import { graderMayOpen } from './domain/entry-claim';
import { SHEET_STATUS_NAMES, sheetStatus } from './domain/sheet-status';
import type { SheetQueryDto } from './dto/scoring.dto';
import type { ScoreSheetDetailResponse, ScoreSheetResponse } from './dto/scoring-responses.dto';
import type { ScoreEntryEntity } from './entities/score-entry.entity';
import type { ScoreResultEntity } from './entities/score-result.entity';
import { columnsView } from './scoring.mapper';
import { ScoringRepository, type SheetKey } from './scoring.repository';
import { SheetAccess, type OpenSheet } from './sheet-access';

/** What a sheet's documents print above its rows. */
export type SheetHeading = Pick<
  ScoreSheetResponse,
  | 'label'
  | 'paperCategory'
  | 'componentName'
  | 'date'
  | 'startTime'
  | 'endTime'
  | 'venueName'
  | 'roomName'
  | 'candidates'
> & { sessionId: string };

const keyOf = (k: SheetKey) => `${k.sittingId}/${k.examRoom}`;

/** Lists and opens score sheets: the center all of a session's, a grader the assigned ones. */
@Injectable()
export class ScoreSheetsService {
  constructor(
    private readonly repo: ScoringRepository,
    private readonly sessions: ExamSessionsService,
    private readonly access: SheetAccess,
  ) {}

  async list(p: Principal, q: SheetQueryDto): Promise<Page<ScoreSheetResponse>> {
    const session = await this.sessions.resolve(q.examYear);
    const sittings = (await this.repo.sittingsOf(session.id)).filter(
      (s) => !q.sittingId || s.id === q.sittingId,
    );
    let sheets = await this.repo.sheetsOf(sittings.map((s) => s.id));
    if (!isCenter(p.scope)) {
      const mine = p.role === 'grader' ? await this.repo.assignmentsOfGrader(p.accountId) : [];
      sheets = sheets.filter((s) => graderMayOpen(mine, s));
    }
    const views = await this.views(p, sittings, sheets);
    views.sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.startTime.localeCompare(b.startTime) ||
        a.examRoom - b.examRoom ||
        a.paperCategory.localeCompare(b.paperCategory),
    );
    return pageOf(views, q);
  }

  async detail(p: Principal, key: SheetKey): Promise<ScoreSheetDetailResponse> {
    const sheet = await this.access.open(p, key);
    const [roster, sheets] = await Promise.all([
      this.repo.roster(key),
      this.repo.sheetsOf([key.sittingId], key.examRoom),
    ]);
    const [view] = await this.views(p, [sheet.sitting], sheets, key);
    const center = isCenter(p.scope);
    const results = center ? await this.repo.resultsOfSheet(key) : [];
    const byReg = new Map(results.map((r) => [r.registrationId, r]));
    const rows = roster.map((r) => {
      const res = byReg.get(r.registrationId);
      return {
        ...r,
        resultId: res?.id ?? null,
        final: res?.status === 'final' ? columnsView(res) : null,
        resultStatus: res?.status ?? null,
        disputed: res?.disputed ?? false,
        resultVersion: res?.version ?? null,
      };
    });
    return { ...view, rows };
  }

  /**
   * The heading of one opened sheet (title, room, time, candidates), as the list shows it, for
   * its documents: the room's seats only, none of the sitting's entries or results.
   */
  async heading(sheet: OpenSheet): Promise<SheetHeading> {
    const [s] = await this.repo.sheetsOf([sheet.key.sittingId], sheet.key.examRoom);
    const [room] = await this.repo.rooms([s.roomId]);
    const [venue] = room ? await this.repo.venues([room.venueId]) : [];
    return {
      sessionId: sheet.sitting.sessionId,
      ...whenAndWhat(sheet.sitting, sheet.key.examRoom),
      venueName: venue?.name ?? '',
      roomName: room?.name ?? '',
      candidates: s.candidates,
    };
  }

  /**
   * Sheet summaries: status, entries (names for the center only), discrepancies, lock. With
   * `only`, the one sheet's entries and results are read, not its sitting's.
   */
  async views(
    p: Principal,
    sittings: SittingEntity[],
    sheets: { sittingId: string; examRoom: number; roomId: string; candidates: number }[],
    only?: SheetKey,
  ): Promise<ScoreSheetResponse[]> {
    const ids = [...new Set(sheets.map((s) => s.sittingId))];
    const [entries, results, locks, rooms] = await Promise.all([
      only ? this.repo.entriesOfSheet(only) : this.repo.entriesOfSittings(ids),
      only ? this.repo.resultsOfSheet(only) : this.repo.resultsOfSittings(ids),
      this.repo.locksOf(ids),
      this.repo.rooms([...new Set(sheets.map((s) => s.roomId))]),
    ]);
    const [counts, venues, graders] = await Promise.all([
      this.repo.markCounts(entries.map((e) => e.id)),
      this.repo.venues([...new Set(rooms.map((r) => r.venueId))]),
      isCenter(p.scope) ? this.repo.accounts([...new Set(entries.map((e) => e.graderId))]) : [],
    ]);
    const sittingOf = new Map(sittings.map((s) => [s.id, s]));
    const roomOf = new Map(rooms.map((r) => [r.id, r]));
    const venueOf = new Map(venues.map((v) => [v.id, v.name]));
    const graderName = new Map(graders.map((g) => [g.id, g.displayName]));
    const locked = new Set(locks.map((l) => l.sittingId));
    const entriesOf = group(entries, (e) => keyOf(e));
    const resultsOf = group(results, (r) => keyOf(r));
    return sheets.map((s) => {
      const sitting = sittingOf.get(s.sittingId)!;
      const room = roomOf.get(s.roomId);
      const es: ScoreEntryEntity[] = entriesOf.get(keyOf(s)) ?? [];
      const rs: ScoreResultEntity[] = resultsOf.get(keyOf(s)) ?? [];
      const finalRows = rs.filter((r) => r.status === 'final').length;
      const status = sheetStatus({
        submittedEntries: es.filter((e) => e.status === 'submitted').length,
        rosterSize: s.candidates,
        finalRows,
      });
      return {
        sittingId: s.sittingId,
        examRoom: s.examRoom,
        ...whenAndWhat(sitting, s.examRoom),
        component: sitting.component,
        venueName: room ? (venueOf.get(room.venueId) ?? '') : '',
        roomName: room?.name ?? '',
        candidates: s.candidates,
        status,
        statusName: SHEET_STATUS_NAMES[status],
        locked: locked.has(s.sittingId),
        entries: es.map((e) => ({
          slot: e.slot,
          status: e.status,
          mine: e.graderId === p.accountId,
          graderName: graderName.get(e.graderId) ?? null,
          filled: counts.get(e.id) ?? 0,
        })),
        mySlot: es.find((e) => e.graderId === p.accountId)?.slot ?? null,
        pendingDiscrepancies: rs.filter((r) => r.status === 'pending').length,
        finalRows,
      };
    });
  }
}

/** A sheet's exam room label, paper and time, as its summary and its documents show them. */
function whenAndWhat(sitting: SittingEntity, examRoom: number) {
  return {
    label: examRoomLabel(examRoom),
    paperCategory: sitting.paperCategory,
    componentName: COMPONENT_NAMES[sitting.component],
    date: sitting.date,
    startTime: sitting.startTime,
    endTime: sitting.endTime,
  };
}

function group<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) out.set(key(t), [...(out.get(key(t)) ?? []), t]);
  return out;
}
