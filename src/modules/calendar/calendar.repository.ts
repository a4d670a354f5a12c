import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { CalendarOverrideEntity } from './entities/calendar-override.entity';
import { CalendarYearEntity } from './entities/calendar-year.entity';
import { insertRows } from '../../database/insert-rows';

@Injectable()
export class CalendarRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(em?: EntityManager): EntityManager {
    return em ?? this.dataSource.manager;
  }

  overrides(em?: EntityManager): Promise<CalendarOverrideEntity[]> {
    return this.manager(em)
      .getRepository(CalendarOverrideEntity)
      .find({ order: { date: 'ASC' } });
  }

  declaredYears(em?: EntityManager): Promise<CalendarYearEntity[]> {
    return this.manager(em)
      .getRepository(CalendarYearEntity)
      .find({ order: { year: 'ASC' } });
  }

  findOverride(date: string, em?: EntityManager) {
    return this.manager(em).getRepository(CalendarOverrideEntity).findOne({ where: { date } });
  }

  async upsertOverride(em: EntityManager, o: CalendarOverrideEntity): Promise<void> {
    await em.getRepository(CalendarOverrideEntity).upsert(o, ['date']);
  }

  async deleteOverride(em: EntityManager, date: string): Promise<void> {
    await em.getRepository(CalendarOverrideEntity).delete({ date });
  }

  async replaceYear(
    em: EntityManager,
    year: number,
    rows: CalendarOverrideEntity[],
    declared: CalendarYearEntity,
  ) {
    await em
      .getRepository(CalendarOverrideEntity)
      .createQueryBuilder()
      .delete()
      .where('date >= :from AND date <= :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .execute();
    await insertRows(em, CalendarOverrideEntity, rows);
    await em.getRepository(CalendarYearEntity).upsert(declared, ['year']);
  }
}
