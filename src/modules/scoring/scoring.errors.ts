import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';

export const sheetNotFound = () =>
  new DomainError('not-found', 'SCORE_SHEET_NOT_FOUND', '评分表不存在或未分配给您');
export const entryNotFound = () =>
  new DomainError('not-found', 'SCORE_ENTRY_NOT_FOUND', '该录入不存在或不属于您');
export const resultNotFound = () =>
  new DomainError('not-found', 'SCORE_RESULT_NOT_FOUND', '成绩记录不存在');
export const sittingNotFound = () =>
  new DomainError('not-found', 'SITTING_NOT_FOUND', '考试场次不存在');
export const graderNotFound = () =>
  new DomainError('not-found', 'GRADER_NOT_FOUND', '评分员账号不存在或已停用');
export const assignmentNotFound = () =>
  new DomainError('not-found', 'GRADER_ASSIGNMENT_NOT_FOUND', '评分员分配不存在');
export const examRoomNotInSitting = (label: string) =>
  new DomainError('not-found', 'EXAM_ROOM_NOT_FOUND', `该场次没有${label}（尚未编排）`);

export const alreadyAssigned = () =>
  new DomainError('conflict', 'GRADER_ALREADY_ASSIGNED', '该评分员已分配到此场次（或此考场）');
export const sameGraderTwice = (slot: number) =>
  new DomainError(
    'conflict',
    'SAME_GRADER_TWICE',
    `您已承担本评分表的第${slotName(slot)}录入；双录入须由两名不同的评分员分别完成，同一评分员不能承担两次录入`,
  );
export const entriesTaken = () =>
  new DomainError('conflict', 'ENTRIES_TAKEN', '本评分表的两次录入已由其他评分员领取');
export const slotTaken = (slot: number) =>
  new DomainError('conflict', 'ENTRY_SLOT_TAKEN', `第${slotName(slot)}录入已由其他评分员领取`);
export const staleEntry = (version: number) =>
  new DomainError(
    'conflict',
    'VERSION_CONFLICT',
    '该录入已在别处修改（如另一窗口或设备），本次保存未生效；请刷新后再录',
    [{ field: 'version', code: 'VERSION_CONFLICT', message: `当前版本为 ${version}` }],
  );
export const staleResult = () =>
  new DomainError('conflict', 'VERSION_CONFLICT', '该成绩已被他人修改，请刷新后再处理');
export const entrySubmitted = () =>
  new DomainError('conflict', 'ENTRY_SUBMITTED', '该录入已提交，不能再修改');
export const scoresLocked = () =>
  new DomainError(
    'conflict',
    'SCORES_LOCKED',
    '该场次成绩已锁定，评分员不能再录入或修改；如需更正，请由中心工作人员说明原因后更正',
  );
export const notLocked = () => new DomainError('conflict', 'SCORES_NOT_LOCKED', '该场次成绩未锁定');
export const alreadyLocked = () =>
  new DomainError('conflict', 'SCORES_ALREADY_LOCKED', '该场次成绩已锁定');
export const sheetsNotFinal = (details: ErrorDetail[]) =>
  new DomainError(
    'conflict',
    'SHEETS_NOT_FINAL',
    `该场次还有评分表未定稿（两次录入均已提交且差异已处理后方可锁定）：${details.map((d) => d.message).join('；')}`,
    details,
  );
export const notDisputed = () =>
  new DomainError('conflict', 'NOT_A_DISCREPANCY', '该成绩不是待处理的差异，无需核对');
export const markUnchanged = () =>
  new DomainError('conflict', 'MARK_UNCHANGED', '更正后的成绩与现有成绩相同，无需更正');
export const notFinal = () =>
  new DomainError('conflict', 'RESULT_NOT_FINAL', '该成绩尚未定稿，请先处理差异');
export const entryIncomplete = (details: ErrorDetail[]) =>
  new DomainError(
    'unprocessable',
    'ENTRY_INCOMPLETE',
    `还有 ${details.length} 个座位未录入，不能提交：${details
      .slice(0, 10)
      .map((d) => d.message)
      .join('、')}${details.length > 10 ? ' 等' : ''}`,
    details,
  );
export const invalidMarks = (details: ErrorDetail[]) =>
  new DomainError(
    'validation',
    'INVALID_MARKS',
    `成绩有误：${details
      .slice(0, 5)
      .map((d) => d.message)
      .join('；')}`,
    details,
  );
export const notOnSheet = (details: ErrorDetail[]) =>
  new DomainError(
    'unprocessable',
    'NOT_ON_SHEET',
    '以下考生不在本评分表上（可能已被取消报考资格或不在本考场），未做任何更改',
    details,
  );

const slotName = (slot: number) => (slot === 1 ? '一' : '二');
