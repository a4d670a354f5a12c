export const ROLES = ['center-admin', 'center-staff', 'department', 'unit', 'grader'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  'center-admin': '中心管理员',
  'center-staff': '中心工作人员',
  department: '主管部门用户',
  unit: '单位用户',
  grader: '评分员',
};

export const CENTER_ROLES: readonly Role[] = ['center-admin', 'center-staff'];
