import { DomainError } from '../../common/errors/domain-error';

export const accountNotFound = () =>
  new DomainError('not-found', 'ACCOUNT_NOT_FOUND', '账号不存在');
export const usernameTaken = (username: string) =>
  new DomainError('conflict', 'USERNAME_TAKEN', `用户名“${username}”已被使用`);
export const weakPassword = (problems: string[], field = 'password') =>
  new DomainError(
    'validation',
    'PASSWORD_TOO_WEAK',
    `密码强度不足：${problems.join('；')}`,
    problems.map((message) => ({ field, code: 'PASSWORD_TOO_WEAK', message })),
  );
export const organizationRequired = (field: 'departmentId' | 'unitId', label: string) =>
  new DomainError('validation', 'ORGANIZATION_REQUIRED', `${label}账号必须指定所属组织`, [
    { field, code: 'isDefined', message: `${field}：不能为空` },
  ]);
export const organizationNotAllowed = () =>
  new DomainError(
    'validation',
    'ORGANIZATION_NOT_ALLOWED',
    '中心账号和评分员账号不属于主管部门或单位',
    [{ field: 'departmentId', code: 'notAllowed', message: 'departmentId/unitId：该角色不能指定' }],
  );
