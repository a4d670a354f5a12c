import type { Route } from '../../eligibility/domain/eligibility.types';

/** 申报途径 as clerks name them (二(二)–二(七)). */
export const ROUTE_NAMES: Record<Route, string> = {
  standard: '正常晋升',
  'general-to-skilled': '普通工转技术工',
  veteran: '退役士兵',
  'management-transfer': '管理岗位转聘',
  'professional-transfer': '专业技术岗位转聘',
  'public-recruitment': '公开招聘',
};
