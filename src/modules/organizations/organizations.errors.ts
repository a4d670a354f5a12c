import { DomainError } from '../../common/errors/domain-error';

export const departmentNotFound = () =>
  new DomainError('not-found', 'DEPARTMENT_NOT_FOUND', '主管部门不存在或无权访问');
export const unitNotFound = () =>
  new DomainError('not-found', 'UNIT_NOT_FOUND', '单位不存在或无权访问');
export const departmentNameTaken = (name: string) =>
  new DomainError('conflict', 'DEPARTMENT_NAME_TAKEN', `主管部门“${name}”已存在`);
export const unitNameTaken = (name: string) =>
  new DomainError('conflict', 'UNIT_NAME_TAKEN', `该主管部门下已有单位“${name}”`);
export const departmentInactive = () =>
  new DomainError('conflict', 'DEPARTMENT_INACTIVE', '主管部门已停用，不能新增单位');
