import { loadInChunks } from '../../database/in-chunks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccountEntity } from '../accounts/entities/account.entity';
import { RegistrationEntity } from '../registrations/entities/registration.entity';
import { RoomEntity } from '../scheduling/entities/room.entity';
import { SeatAssignmentEntity } from '../scheduling/entities/seat-assignment.entity';
import { SittingEntity } from '../scheduling/entities/sitting.entity';
import { TicketEntity } from '../scheduling/entities/ticket.entity';
import { VenueEntity } from '../scheduling/entities/venue.entity';
import type { MarkColumns } from './domain/marks';
import { GraderAssignmentEntity } from './entities/grader-assignment.entity';
import { ScoreEntryMarkEntity } from './entities/score-entry-mark.entity';
import { ScoreEntryEntity } from './entities/score-entry.entity';
import { ScoreLockEntity } from './entities/score-lock.entity';
import { ScoreResultEntity } from './entities/score-result.entity';

/** A sheet is one sitting in one exam room (考场号). */
export interface SheetKey {
  sittingId: string;
  examRoom: number;
}

/** One candidate row of a sheet, in seat order. */
export interface RosterRow {
  registrationId: string;
  seat: number;
  ticketNumber: string;
  name: string;
}

/** A mark of one entry with where it belongs (sheet, slot, candidate). */
export interface EntryMarkRow extends MarkColumns {
  sittingId: string;
  examRoom: number;
  slot: number;
  registrationId: string;
}

/** Registrations in these states have left the exam: they never appear on a sheet. */
const LEFT_THE_EXAM = ['cancelled'];

@Injectable()
export class ScoringRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  sitting(id: string, em?: EntityManager) {
    return this.m(em).findOne(SittingEntity, { where: { id } });
  }

  /** A sitting and whether its marks are locked, in one statement (every sheet request asks). */
  async sittingWithLock(id: string, em?: EntityManager) {
    const { entities, raw } = await this.m(em)
      .createQueryBuilder(SittingEntity, 's')
      .leftJoin(ScoreLockEntity, 'l', 'l.sittingId = s.id')
      .addSelect('l.sittingId', 'lockedSittingId')
      .where('s.id = :id', { id })
      .getRawAndEntities<{ lockedSittingId: string | null }>();
    return entities[0] ? { sitting: entities[0], locked: raw[0].lockedSittingId !== null } : null;
  }

  sittingsOf(sessionId: string) {
    return this.m().find(SittingEntity, { where: { sessionId } });
  }

  sittingsById(ids: string[]) {
    return ids.length ? this.m().findBy(SittingEntity, { id: In(ids) }) : Promise.resolve([]);
  }

  rooms(ids: string[]) {
    return ids.length ? this.m().findBy(RoomEntity, { id: In(ids) }) : Promise.resolve([]);
  }

  venues(ids: string[]) {
    return ids.length ? this.m().findBy(VenueEntity, { id: In(ids) }) : Promise.resolve([]);
  }

  /**
   * Every (sitting, exam room, room) pair that has seats, with how many candidates remain;
   * with `examRoom`, only that room's (one sheet, not the whole sitting's seats).
   */
  async sheetsOf(sittingIds: string[], examRoom?: number) {
    if (!sittingIds.length) return [];
    const qb = this.m().createQueryBuilder(SeatAssignmentEntity, 'a');
    if (examRoom !== undefined) qb.andWhere('a.examRoom = :examRoom', { examRoom });
    const rows = await qb
      .innerJoin(RegistrationEntity, 'r', 'r.id = a.registrationId')
      .select('a.sittingId', 'sittingId')
      .addSelect('a.examRoom', 'examRoom')
      .addSelect('MIN(a.roomId)', 'roomId')
      .addSelect(`SUM(CASE WHEN r.status IN (:...left) THEN 0 ELSE 1 END)`, 'candidates')
      .andWhere('a.sittingId IN (:...sittingIds)', { sittingIds, left: LEFT_THE_EXAM })
      .groupBy('a.sittingId')
      .addGroupBy('a.examRoom')
      .getRawMany<{ sittingId: string; examRoom: string; roomId: string; candidates: string }>();
    return rows.map((r) => ({
      sittingId: r.sittingId,
      examRoom: Number(r.examRoom),
      roomId: r.roomId,
      candidates: Number(r.candidates),
    }));
  }

  /** The candidates of a sheet still in the exam, in seat order. */
  async roster(key: SheetKey, em?: EntityManager): Promise<RosterRow[]> {
    const rows = await this.m(em)
      .createQueryBuilder(SeatAssignmentEntity, 'a')
      .innerJoin(RegistrationEntity, 'r', 'r.id = a.registrationId')
      .leftJoin(TicketEntity, 't', 't.registrationId = a.registrationId')
      .select('a.registrationId', 'registrationId')
      .addSelect('a.seat', 'seat')
      .addSelect('t.ticketNumber', 'ticketNumber')
      .addSelect('r.name', 'name')
      .where('a.sittingId = :sittingId AND a.examRoom = :examRoom', key)
      .andWhere('r.status NOT IN (:...left)', { left: LEFT_THE_EXAM })
      .orderBy('a.seat', 'ASC')
      .getRawMany<{
        registrationId: string;
        seat: string;
        ticketNumber: string | null;
        name: string;
      }>();
    return rows.map((r) => ({ ...r, seat: Number(r.seat), ticketNumber: r.ticketNumber ?? '' }));
  }

  /** The candidates of every sheet of a sitting still in the exam: registration and exam room. */
  async rosterOfSitting(sittingId: string, em?: EntityManager) {
    const rows = await this.m(em)
      .createQueryBuilder(SeatAssignmentEntity, 'a')
      .innerJoin(RegistrationEntity, 'r', 'r.id = a.registrationId')
      .select('a.registrationId', 'registrationId')
      .addSelect('a.examRoom', 'examRoom')
      .where('a.sittingId = :sittingId', { sittingId })
      .andWhere('r.status NOT IN (:...left)', { left: LEFT_THE_EXAM })
      .getRawMany<{ registrationId: string; examRoom: string }>();
    return rows.map((r) => ({ registrationId: r.registrationId, examRoom: Number(r.examRoom) }));
  }

  /** The sittings each registration is seated in, with their component. */
  seatsOfRegistrations(ids: string[]) {
    return loadInChunks(ids, (registrationIds) =>
      this.m()
        .createQueryBuilder(SeatAssignmentEntity, 'a')
        .innerJoin(SittingEntity, 's', 's.id = a.sittingId')
        .select('a.registrationId', 'registrationId')
        .addSelect('a.sittingId', 'sittingId')
        .addSelect('s.component', 'component')
        .where('a.registrationId IN (:...registrationIds)', { registrationIds })
        .getRawMany<{ registrationId: string; sittingId: string; component: string }>(),
    );
  }

  /** Whether the sheet has any seat at all (cancelled candidates included). */
  async sheetExists(key: SheetKey): Promise<boolean> {
    return (await this.m().count(SeatAssignmentEntity, { where: key })) > 0;
  }

  // graders

  graders() {
    return this.m().find(AccountEntity, {
      where: { role: 'grader', active: true },
      order: { username: 'ASC' },
    });
  }

  accounts(ids: string[]) {
    return ids.length ? this.m().findBy(AccountEntity, { id: In(ids) }) : Promise.resolve([]);
  }

  // grader assignments

  assignmentsOfGrader(graderId: string) {
    return this.m().find(GraderAssignmentEntity, { where: { graderId } });
  }

  assignmentsOfSittings(sittingIds: string[]) {
    return sittingIds.length
      ? this.m().find(GraderAssignmentEntity, { where: { sittingId: In(sittingIds) } })
      : Promise.resolve([]);
  }

  assignmentsOfSheet(key: SheetKey, em?: EntityManager) {
    return this.m(em).find(GraderAssignmentEntity, {
      where: [
        { sittingId: key.sittingId, examRoom: key.examRoom },
        { sittingId: key.sittingId, examRoom: 0 },
      ],
    });
  }

  assignment(id: string, em?: EntityManager) {
    return this.m(em).findOne(GraderAssignmentEntity, { where: { id } });
  }

  // entries

  entriesOfSheet(key: SheetKey, em?: EntityManager) {
    return this.m(em).find(ScoreEntryEntity, { where: key, order: { slot: 'ASC' } });
  }

  entriesOfSittings(sittingIds: string[], em?: EntityManager) {
    return sittingIds.length
      ? this.m(em).find(ScoreEntryEntity, { where: { sittingId: In(sittingIds) } })
      : Promise.resolve([]);
  }

  entry(id: string, em: EntityManager) {
    return em.findOneOrFail(ScoreEntryEntity, { where: { id } });
  }

  marksOf(entryIds: string[], em?: EntityManager) {
    return entryIds.length
      ? this.m(em).find(ScoreEntryMarkEntity, { where: { entryId: In(entryIds) } })
      : Promise.resolve([]);
  }

  /** How many rows each entry holds, for the sheet list. */
  async markCounts(entryIds: string[]): Promise<Map<string, number>> {
    if (!entryIds.length) return new Map();
    const rows = await this.m()
      .createQueryBuilder(ScoreEntryMarkEntity, 'k')
      .select('k.entryId', 'entryId')
      .addSelect('COUNT(*)', 'n')
      .where('k.entryId IN (:...entryIds)', { entryIds })
      .groupBy('k.entryId')
      .getRawMany<{ entryId: string; n: string }>();
    return new Map(rows.map((r) => [r.entryId, Number(r.n)]));
  }

  /** Bumps the entry's version if the caller read the current one and it is still a draft. */
  async touchEntryIfVersion(
    em: EntityManager,
    id: string,
    version: number,
    changes: Partial<ScoreEntryEntity>,
  ): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(ScoreEntryEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version AND status = :draft', { id, version, draft: 'draft' })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  async replaceMarks(
    em: EntityManager,
    entryId: string,
    rows: { registrationId: string; columns: MarkColumns | null }[],
    at: Date,
  ): Promise<void> {
    const ids = rows.map((r) => r.registrationId);
    if (ids.length) await em.delete(ScoreEntryMarkEntity, { entryId, registrationId: In(ids) });
    const values = rows
      .filter((r) => r.columns?.kind)
      .map((r) => ({
        entryId,
        registrationId: r.registrationId,
        ...r.columns!,
        kind: r.columns!.kind!,
        updatedAt: at,
      }));
    for (let i = 0; i < values.length; i += 200) {
      await em.insert(ScoreEntryMarkEntity, values.slice(i, i + 200));
    }
  }

  // results and locks

  resultsOfSheet(key: SheetKey, em?: EntityManager) {
    return this.m(em).find(ScoreResultEntity, { where: key });
  }

  resultsOfSittings(sittingIds: string[], em?: EntityManager) {
    return sittingIds.length
      ? this.m(em).find(ScoreResultEntity, { where: { sittingId: In(sittingIds) } })
      : Promise.resolve([]);
  }

  /** The disputed rows (pending or resolved) of these sittings, without loading the rest. */
  disputedResultsOfSittings(sittingIds: string[]) {
    return loadInChunks(sittingIds, (part) =>
      this.m().find(ScoreResultEntity, { where: { sittingId: In(part), disputed: true } }),
    );
  }

  /**
   * Both entries' marks of every disputed row of these sittings, in one statement: each mark
   * with its entry's slot, joined on the result's sheet and candidate.
   */
  async entryMarksOfDisputes(sittingIds: string[]) {
    return loadInChunks(sittingIds, (part) =>
      this.m()
        .createQueryBuilder(ScoreEntryMarkEntity, 'k')
        .innerJoin(ScoreEntryEntity, 'e', 'e.id = k.entryId')
        .innerJoin(
          ScoreResultEntity,
          'r',
          'r.sittingId = e.sittingId AND r.examRoom = e.examRoom AND r.registrationId = k.registrationId',
        )
        .select('e.sittingId', 'sittingId')
        .addSelect('e.examRoom', 'examRoom')
        .addSelect('e.slot', 'slot')
        .addSelect('k.registrationId', 'registrationId')
        .addSelect('k.kind', 'kind')
        .addSelect('k.scoreTenths', 'scoreTenths')
        .addSelect('k.violationType', 'violationType')
        .addSelect('k.violationVoid', 'violationVoid')
        .where('r.sittingId IN (:...part)', { part })
        .andWhere('r.disputed = :disputed', { disputed: true })
        .getRawMany<EntryMarkRow>(),
    ).then((rows) =>
      rows.map((r) => ({
        ...r,
        examRoom: Number(r.examRoom),
        slot: Number(r.slot),
        scoreTenths: r.scoreTenths === null ? null : Number(r.scoreTenths),
      })),
    );
  }

  resultsOfRegistrations(ids: string[]) {
    return loadInChunks(ids, (part) =>
      this.m().find(ScoreResultEntity, { where: { registrationId: In(part) } }),
    );
  }

  result(id: string, em?: EntityManager) {
    return this.m(em).findOne(ScoreResultEntity, { where: { id } });
  }

  async updateResultIfVersion(
    em: EntityManager,
    id: string,
    version: number,
    changes: Partial<ScoreResultEntity>,
  ): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(ScoreResultEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  lock(sittingId: string, em?: EntityManager) {
    return this.m(em).findOne(ScoreLockEntity, { where: { sittingId } });
  }

  locksOf(sittingIds: string[]) {
    return loadInChunks(sittingIds, (part) =>
      this.m().find(ScoreLockEntity, { where: { sittingId: In(part) } }),
    );
  }
}
