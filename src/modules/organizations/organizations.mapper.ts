import { DEPARTMENT_KIND_NAMES } from './domain/department-kinds';
import type { DepartmentResponse, UnitResponse } from './dto/organization.dto';
import type { DepartmentEntity } from './entities/department.entity';
import type { UnitEntity } from './entities/unit.entity';

export const toDepartmentResponse = (
  d: DepartmentEntity,
  unitCount: number,
): DepartmentResponse => ({
  id: d.id,
  name: d.name,
  kind: d.kind,
  kindName: DEPARTMENT_KIND_NAMES[d.kind],
  active: d.active,
  unitCount,
});

export const toUnitResponse = (u: UnitEntity, departmentName: string): UnitResponse => ({
  id: u.id,
  name: u.name,
  departmentId: u.departmentId,
  departmentName,
  active: u.active,
});
