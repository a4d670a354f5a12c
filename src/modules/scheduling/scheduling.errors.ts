import { DomainError } from '../../common/errors/domain-error';
import { examRoomLabel, MAX_EXAM_ROOMS } from './domain/exam-rooms';
import type { AllocationPlan } from './domain/seat-allocation';
import type { SittingEntity } from './entities/sitting.entity';
import { COMPONENT_NAMES } from './domain/component-names';

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
export const notAllocated = () =>
  new DomainError(
    'conflict',
    'NOT_ALLOCATED',
    '该场次尚未编排考场座位（没有已安排座位的考生），无法生成座位表或签到表；请先编排考场',
  );
export const examRoomNotFound = (n: number) =>
  new DomainError('not-found', 'EXAM_ROOM_NOT_FOUND', `${examRoomLabel(n)}不存在（尚未编排）`);
/** 四(三) 取消其报考资格: nobody left to print a room sheet for. */
export const onlyCancelledSeated = () =>
  new DomainError(
    'conflict',
    'NO_CANDIDATES_LEFT',
    '该考场（场次）的考生均已被取消报考资格，没有需要打印的考生',
  );
export const nameTaken = (what: string, name: string) =>
  new DomainError('conflict', 'NAME_TAKEN', `${what}“${name}”已存在`);

export const tooManyExamRooms = (n: number) =>
  unprocessable(
    'TOO_MANY_EXAM_ROOMS',
    `编排需要 ${n} 个考场（同一房间每个时段为一个考场），超过准考证号容纳的 ${MAX_EXAM_ROOMS} 个；请加大考场容量或减少场次；未做任何更改`,
  );

/** Which sitting lacks how many seats, each named with its date and time. */
export function shortageError(plan: AllocationPlan, sittings: SittingEntity[]): DomainError {
  const sittingOf = new Map(sittings.map((s) => [s.id, s]));
  const details = plan.shortages.map((x) => {
    const s = sittingOf.get(x.sittingId)!;
    return {
      field: x.paperCategory,
      code: 'CAPACITY_SHORTAGE',
      message: `${x.paperCategory}${COMPONENT_NAMES[s.component]}（${s.date} ${s.startTime}）：需要 ${x.needed} 个座位，可用 ${x.available} 个，缺 ${x.missing} 个`,
    };
  });
  return unprocessable(
    'CAPACITY_SHORTAGE',
    `考场座位不足：${details.map((d) => d.message).join('；')}；未做任何更改`,
    details,
  );
}
