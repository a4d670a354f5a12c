import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ExamSessionEntity } from './entities/exam-session.entity';
import { insertRows } from '../../database/insert-rows';

@Injectable()
export class ExamSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(em?: EntityManager) {
    return (em ?? this.dataSource.manager).getRepository(ExamSessionEntity);
  }

  findByYear(year: number, em?: EntityManager): Promise<ExamSessionEntity | null> {
    if (!Number.isInteger(year)) return Promise.resolve(null);
    return this.repo(em).findOne({ where: { year } });
  }

  findById(id: string, em?: EntityManager): Promise<ExamSessionEntity | null> {
    if (typeof id !== 'string' || !id) return Promise.resolve(null);
    return this.repo(em).findOne({ where: { id } });
  }

  findCurrent(em?: EntityManager): Promise<ExamSessionEntity | null> {
    return this.repo(em).findOne({ where: { isCurrent: true }, order: { year: 'DESC' } });
  }

  list(): Promise<ExamSessionEntity[]> {
    return this.repo().find({ order: { year: 'DESC' } });
  }

  async insert(em: EntityManager, s: ExamSessionEntity): Promise<void> {
    await insertRows(em, ExamSessionEntity, [s]);
  }

  async update(em: EntityManager, id: string, changes: Partial<ExamSessionEntity>): Promise<void> {
    await this.repo(em).update({ id }, changes);
  }

  async clearCurrent(em: EntityManager): Promise<void> {
    await this.repo(em).update({ isCurrent: true }, { isCurrent: false });
  }
}
