import { loadInChunks } from '../../database/in-chunks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Scope, scopeCondition } from '../../common/auth/scope';
import { containsPattern } from '../../common/text/like';
import { insertRows } from '../../database/insert-rows';
import { pageInZhOrder } from '../../database/page-in-zh-order';
import { DepartmentEntity } from '../organizations/entities/department.entity';
import { UnitEntity } from '../organizations/entities/unit.entity';
import { RegistrationEntity } from '../registrations/entities/registration.entity';
import { StoredFileEntity } from '../registrations/entities/stored-file.entity';
import type { ReviewListState } from './dto/review.dto';
import { TechnicianReviewEntity } from './entities/technician-review.entity';

export interface CandidateFilter {
  sessionId: string;
  state?: ReviewListState;
  unitId?: string;
  name?: string;
  page: number;
  pageSize: number;
}

/**
 * Technician candidates who sit the exam and were filed (备案) by the center: the people a
 * 综合评审 may concern. Cancelled ones (四(三)) are no longer filed and so never appear.
 */
@Injectable()
export class ReviewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private candidates(scope: Scope, em?: EntityManager): SelectQueryBuilder<RegistrationEntity> {
    const s = scopeCondition(scope, 'r', { departmentId: 'departmentId', unitId: 'unitId' });
    return (em ?? this.dataSource.manager)
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where(s.sql, s.params)
      .andWhere("r.targetLevel = 'technician' AND r.mode = 'exam' AND r.status = 'accepted'");
  }

  findCandidate(scope: Scope, id: unknown, em?: EntityManager) {
    if (typeof id !== 'string' || !id) return Promise.resolve(null);
    return this.candidates(scope, em).andWhere('r.id = :id', { id }).getOne();
  }

  /** The candidates among `ids` inside the scope (an id outside it is simply not returned). */
  findCandidates(scope: Scope, ids: string[], em?: EntityManager): Promise<RegistrationEntity[]> {
    return loadInChunks(ids, (part) =>
      this.candidates(scope, em).andWhere('r.id IN (:...part)', { part }).getMany(),
    );
  }

  pageCandidates(scope: Scope, f: CandidateFilter): Promise<[RegistrationEntity[], number]> {
    const qb = this.candidates(scope).andWhere('r.sessionId = :sessionId', {
      sessionId: f.sessionId,
    });
    if (f.unitId) qb.andWhere('r.unitId = :unitId', { unitId: f.unitId });
    if (f.name) qb.andWhere("r.name LIKE :name ESCAPE '\\'", { name: containsPattern(f.name) });
    if (f.state === 'pending') {
      qb.andWhere('NOT EXISTS (SELECT 1 FROM technician_reviews t WHERE t.registration_id = r.id)');
    } else if (f.state) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM technician_reviews t WHERE t.registration_id = r.id AND t.status = :state)',
        { state: f.state },
      );
    }
    return pageInZhOrder(qb, 'name', f.page, f.pageSize);
  }

  findReview(id: string, em?: EntityManager): Promise<TechnicianReviewEntity | null> {
    return (em ?? this.dataSource.manager)
      .getRepository(TechnicianReviewEntity)
      .findOne({ where: { registrationId: id } });
  }

  findReviews(ids: string[], em?: EntityManager): Promise<TechnicianReviewEntity[]> {
    return loadInChunks(ids, (part) =>
      (em ?? this.dataSource.manager)
        .getRepository(TechnicianReviewEntity)
        .find({ where: { registrationId: In(part) } }),
    );
  }

  async insert(em: EntityManager, row: TechnicianReviewEntity): Promise<void> {
    await insertRows(em, TechnicianReviewEntity, [row]);
  }

  /** Update guarded by the version the caller read (security-checklist #42). */
  async updateIfVersion(
    em: EntityManager,
    id: string,
    version: number,
    changes: Partial<TechnicianReviewEntity>,
  ): Promise<number> {
    const r = await em
      .createQueryBuilder()
      .update(TechnicianReviewEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('registration_id = :id AND version = :version', { id, version })
      .execute();
    return r.affected ?? 0;
  }

  unitsAndDepartments(regs: RegistrationEntity[]) {
    const unitIds = [...new Set(regs.map((r) => r.unitId))];
    const deptIds = [...new Set(regs.map((r) => r.departmentId))];
    return Promise.all([
      unitIds.length
        ? this.dataSource.getRepository(UnitEntity).find({ where: { id: In(unitIds) } })
        : [],
      deptIds.length
        ? this.dataSource.getRepository(DepartmentEntity).find({ where: { id: In(deptIds) } })
        : [],
    ]);
  }

  photoFile(id: string | null): Promise<StoredFileEntity | null> {
    if (!id) return Promise.resolve(null);
    return this.dataSource.getRepository(StoredFileEntity).findOne({ where: { id } });
  }
}
