import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { DocumentJobs } from '../documents/workers/document-jobs';
import {
  ExistingDepartment,
  ORGANIZATION_IMPORT_HEADERS,
  OrganizationImportPlan,
  planOrganizationImport,
  unitKey,
} from './domain/organization-import';
import type { OrganizationImportResponse } from './dto/organization.dto';
import { DepartmentEntity } from './entities/department.entity';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

/**
 * Imports departments and units from an xlsx sheet (主管部门 | 部门类型 | 单位名称).
 * Every row is checked first; nothing is written unless the whole file is clean.
 */
@Injectable()
export class OrganizationImportService {
  constructor(
    private readonly repo: OrganizationsRepository,
    private readonly organizations: OrganizationsService,
    private readonly jobs: DocumentJobs,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async import(p: Principal, file: Buffer, dryRun: boolean): Promise<OrganizationImportResponse> {
    const sheet = await this.jobs.readSheet(file, {
      headers: ORGANIZATION_IMPORT_HEADERS,
      maxRows: 5000,
    });
    if (dryRun) {
      const plan = await this.plan(sheet.rows);
      const errors = [...sheet.errors, ...plan.errors].sort((a, b) => a.row - b.row);
      return { ...summary(plan, sheet.rows.length, true), errors };
    }
    return this.uow.run(async (em) => {
      const plan = await this.plan(sheet.rows, em);
      const errors = [...sheet.errors, ...plan.errors].sort((a, b) => a.row - b.row);
      if (errors.length) {
        throw new DomainError(
          'unprocessable',
          'IMPORT_INVALID',
          `文件有 ${errors.length} 处错误，未导入任何数据`,
          errors,
        );
      }
      const ids = new Map((await this.repo.allDepartments(em)).map((d) => [d.name, d.id]));
      const now = this.clock.now();
      for (const d of plan.newDepartments) {
        const entity = Object.assign(new DepartmentEntity(), {
          id: randomUUID(),
          ...d,
          active: true,
          createdAt: now,
          updatedAt: now,
        });
        await this.repo.insertDepartment(em, entity);
        ids.set(d.name, entity.id);
      }
      for (const u of plan.newUnits) {
        await this.repo.insertUnit(
          em,
          this.organizations.newUnit(ids.get(u.departmentName)!, u.name),
        );
      }
      const result = summary(plan, sheet.rows.length, false);
      await this.audit.record(em, actorOf(p), {
        action: 'organizations.import',
        entityType: 'organization-import',
        after: { ...result, departments: plan.newDepartments.map((d) => d.name) },
      });
      return result;
    });
  }

  private async plan(
    rows: Parameters<typeof planOrganizationImport>[0],
    em?: Parameters<OrganizationsRepository['allDepartments']>[0],
  ): Promise<OrganizationImportPlan> {
    const departments = await this.repo.allDepartments(em);
    const byId = new Map(departments.map((d) => [d.id, d.name]));
    const byName = new Map<string, ExistingDepartment>(departments.map((d) => [d.name, d]));
    const units = await this.repo.allUnits(em);
    const keys = new Set(units.map((u) => unitKey(byId.get(u.departmentId) ?? '', u.name)));
    return planOrganizationImport(rows, byName, keys);
  }
}

function summary(
  plan: OrganizationImportPlan,
  rows: number,
  dryRun: boolean,
): OrganizationImportResponse {
  return {
    dryRun,
    rows,
    departmentsCreated: plan.newDepartments.length,
    unitsCreated: plan.newUnits.length,
    unitsExisting: plan.existingUnits,
  };
}
