import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Scope } from '../../common/auth/scope';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../database/db-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditActor, AuditService } from '../audit/audit.service';
import type { DepartmentKind } from './domain/department-kinds';
import type {
  CreateDepartmentDto,
  CreateUnitDto,
  DepartmentPageResponse,
  DepartmentQueryDto,
  DepartmentResponse,
  UnitPageResponse,
  UnitQueryDto,
  UnitResponse,
  UpdateDepartmentDto,
  UpdateUnitDto,
} from './dto/organization.dto';
import { DepartmentEntity } from './entities/department.entity';
import { UnitEntity } from './entities/unit.entity';
import { OrganizationsRepository } from './organizations.repository';
import {
  departmentInactive,
  departmentNameTaken,
  departmentNotFound,
  unitNameTaken,
  unitNotFound,
} from './organizations.errors';
import { toDepartmentResponse, toUnitResponse } from './organizations.mapper';

const CENTER: Scope = { kind: 'center' };

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repo: OrganizationsRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async listDepartments(scope: Scope, q: DepartmentQueryDto): Promise<DepartmentPageResponse> {
    const [rows, total] = await this.repo.listDepartments(scope, q);
    const counts = await this.repo.countUnits(rows.map((d) => d.id));
    const items = rows.map((d) => toDepartmentResponse(d, counts.get(d.id) ?? 0));
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async getDepartment(scope: Scope, id: string): Promise<DepartmentResponse> {
    const d = await this.repo.findDepartment(scope, id);
    if (!d) throw departmentNotFound();
    const counts = await this.repo.countUnits([d.id]);
    return toDepartmentResponse(d, counts.get(d.id) ?? 0);
  }

  createDepartment(p: Principal, dto: CreateDepartmentDto): Promise<DepartmentResponse> {
    return this.write(
      () => departmentNameTaken(dto.name),
      async (em) => {
        if (await this.repo.findDepartmentByName(dto.name, em)) throw departmentNameTaken(dto.name);
        const now = this.clock.now();
        const d = Object.assign(new DepartmentEntity(), {
          id: randomUUID(),
          name: dto.name,
          kind: dto.kind,
          active: true,
          createdAt: now,
          updatedAt: now,
        });
        await this.repo.insertDepartment(em, d);
        await this.audit.record(em, actorOf(p), {
          action: 'department.create',
          entityType: 'department',
          entityId: d.id,
          after: { name: d.name, kind: d.kind },
        });
        return toDepartmentResponse(d, 0);
      },
    );
  }

  updateDepartment(
    p: Principal,
    id: string,
    dto: UpdateDepartmentDto,
  ): Promise<DepartmentResponse> {
    return this.write(
      () => departmentNameTaken(dto.name ?? ''),
      async (em) => {
        const d = await this.repo.findDepartment(CENTER, id, em);
        if (!d) throw departmentNotFound();
        if (
          dto.name &&
          dto.name !== d.name &&
          (await this.repo.findDepartmentByName(dto.name, em))
        ) {
          throw departmentNameTaken(dto.name);
        }
        const before = { name: d.name, kind: d.kind, active: d.active };
        const after = {
          name: dto.name ?? d.name,
          kind: dto.kind ?? d.kind,
          active: dto.active ?? d.active,
        };
        await this.repo.updateDepartment(em, d.id, { ...after, updatedAt: this.clock.now() });
        await this.audit.record(em, actorOf(p), {
          action: 'department.update',
          entityType: 'department',
          entityId: d.id,
          before,
          after,
        });
        const counts = await this.repo.countUnits([d.id]);
        return toDepartmentResponse({ ...d, ...after }, counts.get(d.id) ?? 0);
      },
    );
  }

  async listUnits(scope: Scope, q: UnitQueryDto): Promise<UnitPageResponse> {
    const [rows, total] = await this.repo.listUnits(scope, q);
    const names = await this.repo.departmentNames(rows.map((u) => u.departmentId));
    const items = rows.map((u) => toUnitResponse(u, names.get(u.departmentId) ?? ''));
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async getUnit(scope: Scope, id: string): Promise<UnitResponse> {
    const u = await this.repo.findUnit(scope, id);
    if (!u) throw unitNotFound();
    const names = await this.repo.departmentNames([u.departmentId]);
    return toUnitResponse(u, names.get(u.departmentId) ?? '');
  }

  createUnit(p: Principal, dto: CreateUnitDto): Promise<UnitResponse> {
    return this.write(
      () => unitNameTaken(dto.name),
      async (em) => {
        const d = await this.repo.findDepartment(CENTER, dto.departmentId, em);
        if (!d) throw departmentNotFound();
        if (!d.active) throw departmentInactive();
        if (await this.repo.findUnitByName(d.id, dto.name, em)) throw unitNameTaken(dto.name);
        const u = this.newUnit(d.id, dto.name);
        await this.repo.insertUnit(em, u);
        await this.audit.record(em, actorOf(p), {
          action: 'unit.create',
          entityType: 'unit',
          entityId: u.id,
          after: { name: u.name, departmentId: d.id },
        });
        return toUnitResponse(u, d.name);
      },
    );
  }

  updateUnit(p: Principal, id: string, dto: UpdateUnitDto): Promise<UnitResponse> {
    return this.write(
      () => unitNameTaken(dto.name ?? ''),
      async (em) => {
        const u = await this.repo.findUnit(CENTER, id, em);
        if (!u) throw unitNotFound();
        if (
          dto.name &&
          dto.name !== u.name &&
          (await this.repo.findUnitByName(u.departmentId, dto.name, em))
        ) {
          throw unitNameTaken(dto.name);
        }
        const before = { name: u.name, active: u.active };
        const after = { name: dto.name ?? u.name, active: dto.active ?? u.active };
        await this.repo.updateUnit(em, u.id, { ...after, updatedAt: this.clock.now() });
        await this.audit.record(em, actorOf(p), {
          action: 'unit.update',
          entityType: 'unit',
          entityId: u.id,
          before,
          after,
        });
        const names = await this.repo.departmentNames([u.departmentId]);
        return toUnitResponse({ ...u, ...after }, names.get(u.departmentId) ?? '');
      },
    );
  }

  /** For other modules: the unit within the scope, or 404. */
  async requireUnit(scope: Scope, id: string, em?: EntityManager): Promise<UnitEntity> {
    const u = await this.repo.findUnit(scope, id, em);
    if (!u) throw unitNotFound();
    return u;
  }

  async requireDepartment(scope: Scope, id: string, em?: EntityManager): Promise<DepartmentEntity> {
    const d = await this.repo.findDepartment(scope, id, em);
    if (!d) throw departmentNotFound();
    return d;
  }

  /** For imports: every department and unit, active or not. */
  async directory(
    em?: EntityManager,
  ): Promise<{ departments: DepartmentEntity[]; units: UnitEntity[] }> {
    return { departments: await this.repo.allDepartments(em), units: await this.repo.allUnits(em) };
  }

  findDepartmentByName(name: string): Promise<DepartmentEntity | null> {
    return this.repo.findDepartmentByName(name);
  }

  findUnitByName(departmentId: string, name: string): Promise<UnitEntity | null> {
    return this.repo.findUnitByName(departmentId, name);
  }

  /** For seeding: the department of that name, created when missing. */
  async ensureDepartment(
    em: EntityManager,
    actor: AuditActor,
    name: string,
    kind: DepartmentKind,
    isDemo = false,
  ) {
    const existing = await this.repo.findDepartmentByName(name, em);
    if (existing) return existing;
    const now = this.clock.now();
    const d = Object.assign(new DepartmentEntity(), {
      id: randomUUID(),
      name,
      kind,
      active: true,
      isDemo,
      createdAt: now,
      updatedAt: now,
    });
    await this.repo.insertDepartment(em, d);
    await this.audit.record(em, actor, {
      action: 'department.create',
      entityType: 'department',
      entityId: d.id,
      after: { name, kind, isDemo },
    });
    return d;
  }

  /** For seeding: the unit of that name in the department, created when missing. */
  async ensureUnit(em: EntityManager, actor: AuditActor, departmentId: string, name: string) {
    const existing = await this.repo.findUnitByName(departmentId, name, em);
    if (existing) return existing;
    const u = this.newUnit(departmentId, name);
    await this.repo.insertUnit(em, u);
    await this.audit.record(em, actor, {
      action: 'unit.create',
      entityType: 'unit',
      entityId: u.id,
      after: { name, departmentId },
    });
    return u;
  }

  newUnit(departmentId: string, name: string): UnitEntity {
    const now = this.clock.now();
    return Object.assign(new UnitEntity(), {
      id: randomUUID(),
      departmentId,
      name,
      active: true,
      createdAt: now,
      updatedAt: now,
    });
  }

  /** A write transaction; a unique-key race on PostgreSQL answers 409 like the checks above. */
  private async write<T>(
    conflict: () => Error,
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.uow.run(work);
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict();
      throw e;
    }
  }
}
