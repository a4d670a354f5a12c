import type { RoomSheetView } from '../../scheduling/domain/ticket-documents.types';
import { formatChineseDate, formatTimeRange, formatWeekday } from './ticket-format';

/** Columns of the 签到表, shared by the PDF and the xlsx so the two cannot drift apart. */
export const SIGN_IN_HEADERS = [
  '座位号',
  '准考证号',
  '姓名',
  '身份证号（部分隐藏）',
  '工作单位',
  '考生签字',
  '备注',
];

/** A complete ID number even with spaces inside; the 15-digit first-generation number counts. */
const FULL_ID = /\d{17}[\dXx]|^\d{15}$/;

/**
 * Room sheets lie on invigilators' desks and hang on doors: an ID number must be masked
 * (contain '*') and must not hide a full number beside the mask. Throws on the first offender.
 */
export function assertRoomSheetsMasked(rooms: RoomSheetView[]): void {
  for (const room of rooms) {
    for (const seat of room.seats) {
      const compact = seat.maskedIdNumber.replace(/\s/g, '');
      if (!compact.includes('*') || FULL_ID.test(compact)) {
        throw new Error(`${room.roomName}第 ${seat.seat} 座的身份证号未隐藏，拒绝生成`);
      }
    }
  }
}

/** 考点/考场 line, e.g. 考点：大连市职业技能公共实训基地  考场：第 12 考场 (ideographic spaces). */
export function roomPlaceLine(room: RoomSheetView): string {
  return `考点：${room.venueName}\u3000\u3000考场：${room.roomName}`;
}

/** 考核项目、试卷类别 and when, e.g. 考核时间：2025年9月13日（星期六）09:00—11:00 */
export function roomSittingLine(room: RoomSheetView): string {
  const weekday = formatWeekday(room.date);
  const day = `${formatChineseDate(room.date)}${weekday ? `（${weekday}）` : ''}`;
  return (
    `考核项目：${room.componentName}\u3000\u3000试卷类别：${room.paperCategory}\u3000\u3000` +
    `考核时间：${day} ${formatTimeRange(room.startTime, room.endTime)}`
  );
}

/** 应考/实考/缺考 line the invigilators complete after the sitting. */
export function attendanceLine(room: RoomSheetView): string {
  return `本考场应考 ${room.seats.length} 人，实考＿＿＿人，缺考＿＿＿人。`;
}
