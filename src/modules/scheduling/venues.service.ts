import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { pageOf, type Page, type PageQuery } from '../../common/http/page.dto';
import { Clock } from '../../common/clock/clock';
import { sortByZh } from '../../common/text/collation';
import { DomainError } from '../../common/errors/domain-error';
import { isUniqueViolation } from '../../database/db-errors';
import { insertRows } from '../../database/insert-rows';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import type {
  CreateRoomDto,
  CreateVenueDto,
  RoomResponse,
  UpdateRoomDto,
  VenueResponse,
} from './dto/scheduling.dto';
import { capacityProblem, type RoomUsage } from './domain/room-capacity';
import { RoomEntity } from './entities/room.entity';
import { SeatAssignmentEntity } from './entities/seat-assignment.entity';
import { VenueEntity } from './entities/venue.entity';
import { nameTaken, roomNotFound, venueNotFound } from './scheduling.errors';

/** Test centres (考点) and their rooms (考场), managed by the center. */
@Injectable()
export class VenuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(q: PageQuery): Promise<Page<VenueResponse>> {
    const [venues, rooms] = await Promise.all([
      this.dataSource.getRepository(VenueEntity).find(),
      this.dataSource.getRepository(RoomEntity).find({ order: { number: 'ASC' } }),
    ]);
    const views = sortByZh(venues, (v) => v.name).map((v) => ({
      id: v.id,
      name: v.name,
      address: v.address,
      rooms: rooms.filter((r) => r.venueId === v.id).map(toRoom),
    }));
    return pageOf(views, q);
  }

  async createVenue(p: Principal, dto: CreateVenueDto): Promise<VenueResponse> {
    return this.unique('考点', dto.name, () =>
      this.uow.run(async (em) => {
        const now = this.clock.now();
        const v = Object.assign(new VenueEntity(), {
          id: randomUUID(),
          ...dto,
          createdAt: now,
          updatedAt: now,
        });
        await insertRows(em, VenueEntity, [v]);
        await this.audit.record(em, actorOf(p), {
          action: 'venue.create',
          entityType: 'venue',
          entityId: v.id,
          after: dto,
        });
        return { id: v.id, name: v.name, address: v.address, rooms: [] };
      }),
    );
  }

  async addRoom(p: Principal, venueId: string, dto: CreateRoomDto): Promise<RoomResponse> {
    return this.unique('考场', dto.name, () =>
      this.uow.run(async (em) => {
        if (!(await em.findOne(VenueEntity, { where: { id: venueId } }))) throw venueNotFound();
        const max = await em
          .getRepository(RoomEntity)
          .createQueryBuilder('r')
          .select('MAX(r.number)', 'n')
          .getRawOne<{ n: number | null }>();
        const room = Object.assign(new RoomEntity(), {
          id: randomUUID(),
          venueId,
          number: Number(max?.n ?? 0) + 1,
          name: dto.name,
          capacity: dto.capacity,
          seatsPerRow: dto.seatsPerRow ?? null,
          createdAt: this.clock.now(),
        });
        await insertRows(em, RoomEntity, [room]);
        await this.audit.record(em, actorOf(p), {
          action: 'room.create',
          entityType: 'room',
          entityId: room.id,
          after: { venueId, ...dto, number: room.number },
        });
        return toRoom(room);
      }),
    );
  }

  /** Renames a room or changes its layout; never below a seat already given out. */
  async updateRoom(p: Principal, id: string, dto: UpdateRoomDto): Promise<RoomResponse> {
    return this.unique('考场', dto.name ?? '', () =>
      this.uow.run(async (em) => {
        const room = await em.findOne(RoomEntity, { where: { id } });
        if (!room) throw roomNotFound();
        const changes = {
          name: dto.name ?? room.name,
          capacity: dto.capacity ?? room.capacity,
          seatsPerRow: dto.seatsPerRow === undefined ? room.seatsPerRow : dto.seatsPerRow,
        };
        const problem = capacityProblem(room.name, changes.capacity, await this.usage(em, id));
        if (problem) throw new DomainError('conflict', 'ROOM_SEATS_ASSIGNED', problem);
        await em.update(RoomEntity, { id }, changes);
        await this.audit.record(em, actorOf(p), {
          action: 'room.update',
          entityType: 'room',
          entityId: id,
          before: { name: room.name, capacity: room.capacity, seatsPerRow: room.seatsPerRow },
          after: changes,
        });
        return toRoom({ ...room, ...changes });
      }),
    );
  }

  /** The fullest exam room (考场) this room hosts, in any session, and its highest seat. */
  private async usage(em: EntityManager, roomId: string): Promise<RoomUsage | null> {
    const rows = await em
      .getRepository(SeatAssignmentEntity)
      .createQueryBuilder('a')
      .select('COUNT(*)', 'assigned')
      .addSelect('MAX(a.seat)', 'highest')
      .where('a.roomId = :roomId', { roomId })
      .groupBy('a.sessionId')
      .addGroupBy('a.examRoom')
      .getRawMany<{ assigned: number | string; highest: number | string }>();
    if (!rows.length) return null;
    return {
      assigned: Math.max(...rows.map((r) => Number(r.assigned))),
      highestSeat: Math.max(...rows.map((r) => Number(r.highest))),
    };
  }

  private async unique<T>(what: string, name: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      if (isUniqueViolation(e)) throw nameTaken(what, name);
      throw e;
    }
  }
}

const toRoom = (r: RoomEntity): RoomResponse => ({
  id: r.id,
  venueId: r.venueId,
  number: r.number,
  name: r.name,
  capacity: r.capacity,
  seatsPerRow: r.seatsPerRow,
});
