import { hasInvisibleCharacters } from '../../../common/text/invisible';
import { normalizeName } from '../../../common/text/normalize';
import type { Role } from './roles';

/**
 * The account import sheet: one account per row. The center admin may create
 * these four roles in bulk; another center administrator stays a one-by-one act.
 */
export const ACCOUNT_IMPORT_HEADERS = [
  '用户名',
  '姓名',
  '角色',
  '所属主管部门',
  '所属单位',
] as const;

export const IMPORTABLE_ROLES: Readonly<Record<string, Role>> = {
  主管部门用户: 'department',
  单位用户: 'unit',
  评分员: 'grader',
  中心工作人员: 'center-staff',
};

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,64}$/;
const MAX_DISPLAY_NAME = 100;

export interface AccountImportRow {
  row: number;
  values: (string | null)[];
}

export interface AccountImportProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface KnownOrganization {
  id: string;
  name: string;
  active: boolean;
}

export interface KnownUnit extends KnownOrganization {
  departmentId: string;
}

/** What exists already: usernames (any case) and organizations by name. */
export interface AccountImportContext {
  usernames: ReadonlySet<string>;
  departments: ReadonlyMap<string, KnownOrganization>;
  /** Units by name; a name may occur under several departments. */
  units: ReadonlyMap<string, readonly KnownUnit[]>;
}

export interface PlannedAccount {
  row: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: string | null;
  unitId: string | null;
  departmentName: string | null;
  unitName: string | null;
}

export interface AccountImportPlan {
  errors: AccountImportProblem[];
  accounts: PlannedAccount[];
}

type Fail = (column: string, code: string, message: string) => void;

/**
 * Decides which accounts a sheet would create and every problem with it,
 * without touching storage. Usernames are compared without regard to case,
 * so `Zhang.San` and `zhang.san` cannot both exist.
 */
export function planAccountImport(
  rows: readonly AccountImportRow[],
  ctx: AccountImportContext,
): AccountImportPlan {
  const plan: AccountImportPlan = { errors: [], accounts: [] };
  const seen = new Map<string, number>();
  for (const { row, values } of rows) {
    const [username, displayName, roleName, dept, unit] = values.map((v) =>
      v === null ? '' : normalizeName(v),
    );
    const before = plan.errors.length;
    const fail: Fail = (column, code, message) => plan.errors.push({ row, column, code, message });
    checkUsername(username, ctx, seen.get(username.toLowerCase()), fail);
    if (username) seen.set(username.toLowerCase(), seen.get(username.toLowerCase()) ?? row);
    if (!displayName) fail('姓名', 'REQUIRED', '姓名不能为空');
    else if (displayName.length > MAX_DISPLAY_NAME) fail('姓名', 'TOO_LONG', '姓名过长');
    // The name shows on sheets and lists: a direction override or NUL would disguise it.
    else if (hasInvisibleCharacters(displayName))
      fail('姓名', 'INVISIBLE_CHARACTERS', '姓名含有控制字符或不可见的格式字符，请删除后重试');
    const role = roleOf(roleName, fail);
    const org = role ? organizationOf(role, dept, unit, ctx, fail) : undefined;
    if (plan.errors.length > before || !role || !org) continue;
    plan.accounts.push({ row, username, displayName, role, ...org });
  }
  return plan;
}

function checkUsername(
  username: string,
  ctx: AccountImportContext,
  firstRow: number | undefined,
  fail: Fail,
): void {
  if (!username) return fail('用户名', 'REQUIRED', '用户名不能为空');
  if (!USERNAME_PATTERN.test(username)) {
    return fail('用户名', 'INVALID_USERNAME', '用户名应为 3–64 位字母、数字、点、下划线或短横线');
  }
  if (ctx.usernames.has(username.toLowerCase())) {
    return fail('用户名', 'USERNAME_TAKEN', `用户名“${username}”已被使用`);
  }
  if (firstRow !== undefined) {
    fail('用户名', 'DUPLICATE_ROW', `用户名“${username}”与第 ${firstRow} 行重复`);
  }
}

function roleOf(roleName: string, fail: Fail): Role | undefined {
  if (!roleName) {
    fail('角色', 'REQUIRED', '角色不能为空');
    return undefined;
  }
  const role = IMPORTABLE_ROLES[roleName];
  if (!role) fail('角色', 'UNKNOWN_ROLE', `角色应为：${Object.keys(IMPORTABLE_ROLES).join('、')}`);
  return role;
}

type Organization = Pick<PlannedAccount, 'departmentId' | 'unitId' | 'departmentName' | 'unitName'>;

const NONE: Organization = {
  departmentId: null,
  unitId: null,
  departmentName: null,
  unitName: null,
};

/** Department users belong to a department, unit users to a unit of the named department. */
function organizationOf(
  role: Role,
  deptName: string,
  unitName: string,
  ctx: AccountImportContext,
  fail: Fail,
): Organization | undefined {
  if (role !== 'department' && role !== 'unit') {
    if (!deptName && !unitName) return NONE;
    const who = role === 'grader' ? '评分员' : '中心工作人员';
    const column = deptName ? '所属主管部门' : '所属单位';
    fail(column, 'ORGANIZATION_NOT_ALLOWED', `${who}账号不属于主管部门或单位，应留空`);
    return undefined;
  }
  const dept = departmentOf(deptName, role, ctx, fail);
  if (role === 'department') {
    if (unitName) {
      fail('所属单位', 'ORGANIZATION_NOT_ALLOWED', '主管部门用户不属于单位，所属单位应留空');
      return undefined;
    }
    return dept && { ...NONE, departmentId: dept.id, departmentName: dept.name };
  }
  if (!unitName) {
    fail('所属单位', 'REQUIRED', '单位用户须填写所属单位');
    return undefined;
  }
  const unit = dept ? unitOf(unitName, dept, ctx, fail) : undefined;
  return (
    unit && {
      departmentId: dept!.id,
      unitId: unit.id,
      departmentName: dept!.name,
      unitName: unit.name,
    }
  );
}

function departmentOf(
  name: string,
  role: 'department' | 'unit',
  ctx: AccountImportContext,
  fail: Fail,
): KnownOrganization | undefined {
  if (!name) {
    fail('所属主管部门', 'REQUIRED', `${IMPORTABLE_ROLE_LABEL[role]}须填写所属主管部门`);
    return undefined;
  }
  const d = ctx.departments.get(name);
  if (!d) fail('所属主管部门', 'UNKNOWN_DEPARTMENT', `主管部门“${name}”不存在`);
  else if (!d.active) fail('所属主管部门', 'INACTIVE_DEPARTMENT', `主管部门“${name}”已停用`);
  return d?.active ? d : undefined;
}

const IMPORTABLE_ROLE_LABEL = { department: '主管部门用户', unit: '单位用户' } as const;

function unitOf(
  name: string,
  dept: KnownOrganization,
  ctx: AccountImportContext,
  fail: Fail,
): KnownUnit | undefined {
  const named = ctx.units.get(name) ?? [];
  const u = named.find((x) => x.departmentId === dept.id);
  if (!u) {
    const message = named.length
      ? `单位“${name}”不属于主管部门“${dept.name}”`
      : `单位“${name}”不存在`;
    fail('所属单位', named.length ? 'UNIT_NOT_IN_DEPARTMENT' : 'UNKNOWN_UNIT', message);
    return undefined;
  }
  if (!u.active) {
    fail('所属单位', 'INACTIVE_UNIT', `单位“${name}”已停用`);
    return undefined;
  }
  return u;
}
