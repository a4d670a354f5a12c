import { DomainError } from '../../common/errors/domain-error';

export const venueNotFound = () => new DomainError('not-found', 'VENUE_NOT_FOUND', '考点不存在');
export const roomNotFound = () => new DomainError('not-found', 'ROOM_NOT_FOUND', '考场不存在');
export const sittingNotFound = () =>
  new DomainError('not-found', 'SITTING_NOT_FOUND', '考试场次不存在');
export const scheduleLocked = () =>
  new DomainError(
    'conflict',
    'SCHEDULE_PUBLISHED',
    '准考证已发布，考场安排已锁定；如确需调整，请由中心管理员说明原因后重新编排',
  );
export const unprocessable = (
  code: string,
  message: string,
  details: { field?: string; code?: string; message: string }[] = [],
) => new DomainError('unprocessable', code, message, details);
export const nameTaken = (what: string, name: string) =>
  new DomainError('conflict', 'NAME_TAKEN', `${what}“${name}”已存在`);
