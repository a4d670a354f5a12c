import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import type { Scope } from '../../common/auth/scope';
import { notFound } from '../../common/errors/domain-error';
import type { DepartmentEntity } from '../organizations/entities/department.entity';
import type { UnitEntity } from '../organizations/entities/unit.entity';
import { OrganizationsService } from '../organizations/organizations.service';
import { BatchesService } from './batches.service';
import type { SummaryLevel } from './domain/summary-listing';
import type { SummaryExportQueryDto } from './dto/import.dto';
import type { DepartmentBatchEntity } from './entities/department-batch.entity';

/** Whose 附件2 is asked for: the caller's level and the unit, department and batch it is narrowed to. */
export interface SummaryTarget {
  level: SummaryLevel;
  unit?: UnitEntity;
  department?: DepartmentEntity;
  batch?: DepartmentBatchEntity;
}

/** A combination that cannot name one document (a unit of another department, …). */
const noSuchTarget = () => notFound('导出范围', 'SUMMARY_TARGET_NOT_FOUND');

/**
 * Resolves the filters of a 附件2 export inside the caller's scope. A unit, department or
 * batch that is not the caller's answers 404 (and is audited as such), so a document is
 * never labelled with an organization the caller may not see, nor empty under its name.
 */
@Injectable()
export class SummaryTargets {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly batches: BatchesService,
  ) {}

  async resolve(
    p: Principal,
    q: Pick<SummaryExportQueryDto, 'unitId' | 'departmentId' | 'batchId'>,
  ): Promise<SummaryTarget> {
    const level = levelOf(p.scope);
    const scope = p.scope;
    const unitId = q.unitId ?? (scope.kind === 'unit' ? scope.unitId : undefined);
    const unit = unitId ? await this.organizations.requireUnit(scope, unitId) : undefined;
    const batch = q.batchId ? await this.batches.require(p, q.batchId) : undefined;
    const departmentId =
      q.departmentId ??
      (scope.kind === 'department' || scope.kind === 'unit'
        ? scope.departmentId
        : (unit?.departmentId ?? batch?.departmentId));
    const department = departmentId
      ? await this.organizations.requireDepartment(scope, departmentId)
      : undefined;
    if (unit && department && unit.departmentId !== department.id) throw noSuchTarget();
    if (batch && department && batch.departmentId !== department.id) throw noSuchTarget();
    return { level, unit, department, batch };
  }
}

function levelOf(scope: Scope): SummaryLevel {
  if (scope.kind === 'none') throw noSuchTarget();
  return scope.kind;
}
