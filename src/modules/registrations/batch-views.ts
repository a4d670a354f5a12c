import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { sortByZh } from '../../common/text/collation';
import { LEVEL_NAMES, LEVELS } from '../exam-sessions/domain/session-rules';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { DepartmentEntity } from '../organizations/entities/department.entity';
import { UnitEntity } from '../organizations/entities/unit.entity';
import { BATCH_STATUS_NAMES, batchAllowedActions } from './domain/batch-status';
import { maskIdNumber } from './domain/id-card';
import { STATUS_NAMES } from './domain/registration-status';
import { orderForSummary } from './domain/summary-order';
import type {
  BatchDetailResponse,
  BatchMemberResponse,
  BatchResponse,
  BatchUnitResponse,
} from './dto/review.dto';
import type { DepartmentBatchEntity } from './entities/department-batch.entity';
import type { RegistrationEntity } from './entities/registration.entity';

const CENTER_ROLES: readonly string[] = ['center-admin', 'center-staff'];

/** Batch responses with the names they show; the detail lists who is in the batch, per unit. */
@Injectable()
export class BatchViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: ExamSessionsService,
  ) {}

  async many(p: Principal, rows: DepartmentBatchEntity[]): Promise<BatchResponse[]> {
    const names = await this.names(
      DepartmentEntity,
      rows.map((b) => b.departmentId),
    );
    const years = new Map<string, number>();
    for (const b of rows) {
      if (!years.has(b.sessionId))
        years.set(b.sessionId, (await this.sessions.byId(b.sessionId)).year);
    }
    return rows.map((b) => ({
      id: b.id,
      examYear: years.get(b.sessionId)!,
      departmentId: b.departmentId,
      departmentName: names.get(b.departmentId) ?? '',
      count: b.count,
      status: b.status,
      statusName: BATCH_STATUS_NAMES[b.status],
      submittedBy: b.submittedBy,
      submittedAt: b.submittedAt.toISOString(),
      acceptedAt: b.acceptedAt ? b.acceptedAt.toISOString() : null,
      returnedAt: b.returnedAt ? b.returnedAt.toISOString() : null,
      returnReason: b.returnReason,
      // Accepting and returning are the center's (三(二)3).
      allowedActions: CENTER_ROLES.includes(p.role) ? batchAllowedActions(b.status) : [],
    }));
  }

  async detail(
    p: Principal,
    batch: DepartmentBatchEntity,
    members: RegistrationEntity[],
  ): Promise<BatchDetailResponse> {
    const [view] = await this.many(p, [batch]);
    const unitNames = await this.names(
      UnitEntity,
      members.map((r) => r.unitId),
    );
    const byUnit = new Map<string, RegistrationEntity[]>();
    for (const r of members) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r]);
    const units: BatchUnitResponse[] = [...byUnit].map(([id, rows]) => ({
      id,
      name: unitNames.get(id) ?? '',
      count: rows.length,
      registrations: orderForSummary(rows).map(toMember),
    }));
    return {
      ...view,
      memberCount: members.length,
      exemptReviewCount: members.filter((r) => r.mode === 'exempt-review').length,
      cancelledCount: members.filter((r) => r.status === 'cancelled').length,
      levels: LEVELS.map((level) => ({
        level,
        levelName: LEVEL_NAMES[level],
        count: members.filter((r) => r.targetLevel === level).length,
      })),
      units: sortByZh(
        units,
        (u) => u.name,
        (u) => u.id,
      ),
    };
  }

  private async names(
    entity: typeof DepartmentEntity | typeof UnitEntity,
    ids: string[],
  ): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    if (!wanted.length) return new Map();
    const rows = await this.dataSource.manager.findBy(entity, { id: In(wanted) });
    return new Map(rows.map((x) => [x.id, x.name]));
  }
}

function toMember(r: RegistrationEntity): BatchMemberResponse {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    idNumber: maskIdNumber(r.idNumber),
    targetOccupation: r.targetOccupation,
    targetLevel: r.targetLevel,
    targetLevelName: LEVEL_NAMES[r.targetLevel],
    mode: r.mode,
    status: r.status,
    statusName: STATUS_NAMES[r.status],
  };
}
