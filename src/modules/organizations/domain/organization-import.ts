import { normalizeName } from '../../../common/text/normalize';
import { DepartmentKind, departmentKindFromName, DEPARTMENT_KIND_NAMES } from './department-kinds';

/** Columns of the organization import sheet, in order. */
export const ORGANIZATION_IMPORT_HEADERS = ['主管部门', '部门类型', '单位名称'] as const;

export interface ImportRow {
  row: number;
  values: (string | null)[];
}

export interface ImportProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface ExistingDepartment {
  id: string;
  name: string;
  kind: DepartmentKind;
}

export interface OrganizationImportPlan {
  errors: ImportProblem[];
  newDepartments: { name: string; kind: DepartmentKind }[];
  /** Units to create, by department name. */
  newUnits: { departmentName: string; name: string }[];
  existingUnits: number;
}

const MAX_NAME = { department: 100, unit: 150 };

/**
 * Decides what an organization sheet would create, and every problem with it,
 * without touching storage. Existing records are matched by exact name.
 */
export function planOrganizationImport(
  rows: readonly ImportRow[],
  departments: ReadonlyMap<string, ExistingDepartment>,
  unitKeys: ReadonlySet<string>,
): OrganizationImportPlan {
  const plan: OrganizationImportPlan = {
    errors: [],
    newDepartments: [],
    newUnits: [],
    existingUnits: 0,
  };
  const newKinds = new Map<string, DepartmentKind>();
  const seenUnits = new Set<string>();
  for (const { row, values } of rows) {
    const [dept, kindName, unit] = values.map((v) => (v === null ? '' : normalizeName(v)));
    const fail = (column: string, code: string, message: string) =>
      plan.errors.push({ row, column, code, message });
    if (!dept) fail('主管部门', 'REQUIRED', '主管部门不能为空');
    else if (dept.length > MAX_NAME.department) fail('主管部门', 'TOO_LONG', '主管部门名称过长');
    if (!unit) fail('单位名称', 'REQUIRED', '单位名称不能为空');
    else if (unit.length > MAX_NAME.unit) fail('单位名称', 'TOO_LONG', '单位名称过长');
    const kind = kindName ? departmentKindFromName(kindName) : undefined;
    if (!kindName) fail('部门类型', 'REQUIRED', '部门类型不能为空');
    else if (!kind) {
      fail(
        '部门类型',
        'UNKNOWN_KIND',
        `部门类型应为：${Object.values(DEPARTMENT_KIND_NAMES).join('、')}`,
      );
    }
    if (!dept || !unit || !kind) continue;
    const known = departments.get(dept);
    const declared = known?.kind ?? newKinds.get(dept);
    if (declared && declared !== kind) {
      fail(
        '部门类型',
        'KIND_CONFLICT',
        `“${dept}”的部门类型应为${DEPARTMENT_KIND_NAMES[declared]}`,
      );
      continue;
    }
    if (!known && !newKinds.has(dept)) {
      newKinds.set(dept, kind);
      plan.newDepartments.push({ name: dept, kind });
    }
    const key = unitKey(dept, unit);
    if (seenUnits.has(key)) {
      fail('单位名称', 'DUPLICATE_ROW', `“${unit}”在本文件中重复出现`);
      continue;
    }
    seenUnits.add(key);
    if (unitKeys.has(key)) plan.existingUnits += 1;
    else plan.newUnits.push({ departmentName: dept, name: unit });
  }
  return plan;
}

export const unitKey = (departmentName: string, unitName: string): string =>
  `${departmentName}\u0000${unitName}`;
