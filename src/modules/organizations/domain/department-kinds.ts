/**
 * Supervising departments (主管部门) as section 三(二)2 names them: city
 * departments, district/county/先导区 HR bureaus, and the 高新区党群工作部.
 */
export const DEPARTMENT_KINDS = ['city-department', 'district-hrss', 'hitech'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

export const DEPARTMENT_KIND_NAMES: Record<DepartmentKind, string> = {
  'city-department': '市直部门',
  'district-hrss': '区市县/先导区人社局',
  hitech: '高新区党群工作部',
};

export function departmentKindFromName(name: string): DepartmentKind | undefined {
  const found = Object.entries(DEPARTMENT_KIND_NAMES).find(([, n]) => n === name.trim());
  return found?.[0] as DepartmentKind | undefined;
}
