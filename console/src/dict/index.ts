import type { Schemas } from '@/api/client';

/**
 * The one dictionary of labels and tag colours: registration and batch states, levels,
 * routes, modes, roles, document types. Keys are the schema's enums, so a new value in the
 * API breaks the build here instead of showing a raw code.
 */
export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';
export interface DictEntry {
  label: string;
  type?: TagType;
}

type Registration = Schemas['RegistrationResponse'];
export type RegistrationStatus = Registration['status'];
export type Level = Registration['targetLevel'];
export type RouteCode = Registration['route'];
export type Mode = Registration['mode'];
export type BatchStatus = Schemas['BatchResponse']['status'];
export type DocType = Schemas['DocumentCheckResponse']['docType'];
export type RoleCode = Schemas['MeResponse']['role'];
export type RegistrationAction = Registration['allowedActions'][number];

export const registrationStatus: Record<RegistrationStatus, DictEntry> = {
  registered: { label: '已报名待单位审核', type: 'info' },
  'unit-approved': { label: '单位审核通过', type: 'primary' },
  'unit-returned': { label: '单位退回', type: 'danger' },
  'in-publicity': { label: '公示中', type: 'warning' },
  submitted: { label: '已报主管部门', type: 'primary' },
  'department-approved': { label: '主管部门复审通过', type: 'primary' },
  'department-returned': { label: '主管部门退回', type: 'danger' },
  'department-submitted': { label: '已报市就业和人才服务中心', type: 'warning' },
  accepted: { label: '中心已备案', type: 'success' },
  cancelled: { label: '已取消报考资格', type: 'info' },
};

export const batchStatus: Record<BatchStatus, DictEntry> = {
  submitted: { label: '已报送待备案', type: 'warning' },
  accepted: { label: '中心已备案', type: 'success' },
  returned: { label: '中心已退回', type: 'danger' },
};

export const levels: Record<Level, DictEntry> = {
  junior: { label: '初级工' },
  intermediate: { label: '中级工' },
  senior: { label: '高级工' },
  technician: { label: '技师' },
};

export const routes: Record<RouteCode, DictEntry> = {
  standard: { label: '正常晋升' },
  'general-to-skilled': { label: '普通工转技术工' },
  veteran: { label: '退役士兵' },
  'management-transfer': { label: '管理岗位转聘' },
  'professional-transfer': { label: '专业技术岗位转聘' },
  'public-recruitment': { label: '公开招聘' },
};

export const modes: Record<Mode, DictEntry> = {
  exam: { label: '参加考核', type: 'primary' },
  'exempt-review': { label: '免考复核认定', type: 'warning' },
};

export const roles: Record<RoleCode, DictEntry> = {
  'center-admin': { label: '中心管理员', type: 'danger' },
  'center-staff': { label: '中心工作人员', type: 'warning' },
  department: { label: '主管部门用户', type: 'primary' },
  unit: { label: '单位用户', type: 'success' },
  grader: { label: '评分员', type: 'info' },
};

export const docTypes: Record<DocType, DictEntry> = {
  certificate: { label: '原等级证书或合格证明' },
  transfer: { label: '新进或转聘手续（劳动合同、选聘人员报告（备案）表、工作调动表、转聘手续等）' },
  veteran: { label: '入伍通知书等退役士兵安置手续' },
  'national-certificate': { label: '国家职业资格证书或职业技能等级证书' },
  'national-verification': { label: '全国联网查询系统核查结果' },
  commitment: { label: '退役士兵证书真实性承诺书' },
  other: { label: '其他材料' },
};

export const registrationActions: Record<RegistrationAction, DictEntry> = {
  update: { label: '修改' },
  withdraw: { label: '撤回报名' },
  'unit-approve': { label: '单位审核通过' },
  'unit-return': { label: '单位退回' },
  'start-publicity': { label: '开始公示' },
  object: { label: '登记异议' },
  'submit-to-department': { label: '报送主管部门' },
  'department-approve': { label: '主管部门复审通过' },
  'department-return': { label: '主管部门退回' },
  'submit-to-center': { label: '报送市就业和人才服务中心' },
  accept: { label: '中心备案' },
  'center-return': { label: '中心退回主管部门' },
  cancel: { label: '取消报考资格' },
};

export type DepartmentKind = Schemas['DepartmentResponse']['kind'];
export const departmentKinds: Record<DepartmentKind, DictEntry> = {
  'city-department': { label: '市直部门', type: 'primary' },
  'district-hrss': { label: '区市县/先导区人社局', type: 'success' },
  hitech: { label: '高新区党群工作部', type: 'warning' },
};

/** Parts of the assessment (四): technicians also have 综合评审. */
export const components: Record<string, DictEntry> = {
  theory: { label: '理论考试' },
  practical: { label: '实际操作考核' },
  review: { label: '综合评审' },
};

/** 技师综合评审 steps, recorded on the registration. */
const reviewHistoryActions: Record<string, DictEntry> = {
  'technician-review.save': { label: '综合评审：填写考核表' },
  'technician-review.submit': { label: '综合评审：报送市中心' },
  'technician-review.return': { label: '综合评审：中心退回' },
  'technician-review.decide': { label: '综合评审：记录结果' },
  'technician-review.print': { label: '综合评审：打印考核表' },
};

/** Audit actions a registration's history shows (entityType registration). */
export const historyActions: Record<string, DictEntry> = {
  'registration.create': { label: '登记报名' },
  'registration.import': { label: '批量导入' },
  'registration.update': { label: '修改报名信息' },
  'registration.withdraw': { label: '撤回报名' },
  'registration.photo-upload': { label: '上传照片' },
  'registration.document-upload': { label: '上传材料' },
  'registration.view-id-number': { label: '查看完整身份证号' },
  'registration.export': { label: '导出' },
  'registration.exempt-approve': { label: '免考复核认定：认定通过', type: 'success' },
  'registration.exempt-reject': { label: '免考复核认定：不予认定', type: 'danger' },
  'score.finalized': { label: '成绩定稿', type: 'success' },
  'score.corrected': { label: '成绩更正', type: 'warning' },
  ...Object.fromEntries(
    Object.entries(registrationActions).map(([k, v]) => [`registration.${k}`, v]),
  ),
  ...reviewHistoryActions,
};

/** Every audit action the service writes, for the audit search (unknown ones show their code). */
export const auditActions: Record<string, DictEntry> = {
  ...Object.fromEntries(
    Object.entries(historyActions).map(([k, v]) => [k, { label: `报名：${v.label}` }]),
  ),
  'access.denied': { label: '越权访问被拒绝', type: 'danger' },
  'score.grader-assigned': { label: '成绩：分配评分员' },
  'score.grader-unassigned': { label: '成绩：取消评分员分配' },
  'score.entry-claimed': { label: '成绩：领取录入' },
  'score.entry-saved': { label: '成绩：保存录入' },
  'score.entry-imported': { label: '成绩：导入评分表' },
  'score.entry-submitted': { label: '成绩：提交录入' },
  'score.sheet-compared': { label: '成绩：双录入比对' },
  'score.discrepancy-resolved': { label: '成绩：核对差异' },
  'score.locked': { label: '成绩：锁定场次' },
  'score.unlocked': { label: '成绩：解除锁定', type: 'danger' },
  'score.sheet-exported': { label: '成绩：导出评分表' },
  'score.discrepancies-exported': { label: '成绩：导出差异清单' },
  'auth.login': { label: '登录' },
  'auth.logout': { label: '退出登录' },
  'auth.lock': { label: '账号锁定', type: 'danger' },
  'auth.change-password': { label: '修改密码' },
  'account.create': { label: '新增账号' },
  'account.update': { label: '修改账号' },
  'account.reset-password': { label: '重置密码' },
  'account.unlock': { label: '解锁账号' },
  'accounts.import': { label: '导入账号' },
  'department.create': { label: '新增主管部门' },
  'department.update': { label: '修改主管部门' },
  'unit.create': { label: '新增单位' },
  'unit.update': { label: '修改单位' },
  'organizations.import': { label: '导入机构' },
  'exam-session.create': { label: '新建考核年度' },
  'exam-session.update': { label: '修改考核年度' },
  'exam-session.make-current': { label: '设为当前年度' },
  'exam-session.seed': { label: '初始化考核年度' },
  'occupation.create': { label: '新增职业（工种）' },
  'occupation.update': { label: '修改职业（工种）' },
  'calendar.override': { label: '设置调休/节假日' },
  'calendar.override-remove': { label: '删除调休/节假日' },
  'calendar.declare-year': { label: '申报全年节假日' },
  'publicity.start': { label: '开始公示' },
  'batch.submit': { label: '批次：报送市中心' },
  'batch.accept': { label: '批次：中心备案' },
  'batch.return': { label: '批次：中心退回' },
  'registration-window.extend': { label: '延长报名期' },
  'tickets.print-window': { label: '调整准考证打印时间' },
  'tickets.download': { label: '下载准考证' },
  'venue.create': { label: '新增考点' },
  'room.create': { label: '新增房间' },
  'room.update': { label: '修改房间' },
  'sitting.create': { label: '新增场次' },
  'sitting.update': { label: '修改场次' },
  'schedule.allocate': { label: '编排考场' },
  'schedule.publish': { label: '发布准考证' },
  ...reviewHistoryActions,
};

export type ReviewState = Schemas['ReviewResponse']['state'];
/** 技师综合评审 (附件4) states. */
export const reviewStates: Record<ReviewState, DictEntry> = {
  pending: { label: '未填写', type: 'info' },
  draft: { label: '填写中', type: 'primary' },
  submitted: { label: '已报中心待评审', type: 'warning' },
  passed: { label: '综合评审合格', type: 'success' },
  failed: { label: '综合评审不合格', type: 'danger' },
};

/** 免考复核认定 (二(九)): the center's decision on a filed re-recognition. */
export const exemptStates: Record<Schemas['ExemptCandidateResponse']['state'], DictEntry> = {
  pending: { label: '待认定', type: 'warning' },
  approved: { label: '认定通过', type: 'success' },
  rejected: { label: '不予认定', type: 'danger' },
};

export type Outcome = Schemas['CandidateResultResponse']['outcome'];
/** A candidate's standing under the pass rule. */
export const outcomes: Record<Outcome, DictEntry> = {
  passed: { label: '合格', type: 'success' },
  failed: { label: '不合格', type: 'danger' },
  pending: { label: '待定', type: 'warning' },
};

export const educations = [
  '研究生',
  '大学本科',
  '大学专科',
  '中专',
  '技校',
  '高中',
  '职高',
  '初中',
  '小学',
] as const;

/** Where a score sheet stands (双录入), and a locked sitting. */
export const sheetStatus: Record<Schemas['ScoreSheetResponse']['status'] | 'locked', DictEntry> = {
  entering: { label: '录入中', type: 'info' },
  reconciling: { label: '待核对差异', type: 'warning' },
  final: { label: '已定稿', type: 'success' },
  locked: { label: '已锁定', type: 'primary' },
};

export type CertificateStatus = Schemas['CertificateResponse']['status'];
/** 合格证明: valid, revoked (fraud found later), replaced by a reissued one. */
export const certificateStatus: Record<CertificateStatus, DictEntry> = {
  valid: { label: '有效', type: 'success' },
  revoked: { label: '已吊销', type: 'danger' },
  replaced: { label: '已补发替代', type: 'warning' },
};

export type PublicationState = Schemas['PublicationResponse']['state'];
/** Whether a year's results are published (frozen) or reopened for corrections. */
export const publicationStates: Record<PublicationState, DictEntry> = {
  unpublished: { label: '未发布', type: 'info' },
  published: { label: '已发布', type: 'success' },
  reopened: { label: '已重新开放', type: 'warning' },
};

export const dictionaries = {
  registrationStatus,
  batchStatus,
  levels,
  routes,
  modes,
  roles,
  docTypes,
  registrationActions,
  historyActions,
  components,
  departmentKinds,
  auditActions,
  exemptStates,
  reviewStates,
  sheetStatus,
  outcomes,
  certificateStatus,
  publicationStates,
} as const;
export type DictName = keyof typeof dictionaries;

/** Options for a select, in the dictionary's order. */
export function options<K extends string>(
  dict: Record<K, DictEntry>,
): { value: K; label: string }[] {
  return (Object.keys(dict) as K[]).map((value) => ({ value, label: dict[value].label }));
}

export function label(dict: DictName, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const d = dictionaries[dict] as Record<string, DictEntry>;
  return d[value]?.label ?? value;
}
