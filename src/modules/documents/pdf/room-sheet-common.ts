import { examRoomLabel } from '../../scheduling/domain/exam-rooms';
import type { RoomSheetSeat, RoomSheetView } from '../../scheduling/domain/ticket-documents.types';
import { formatChineseDate, formatTimeRange, formatWeekday } from './ticket-format';

/** Columns of the 签到表, shared by the PDF and the xlsx so the two cannot drift apart. */
export const SIGN_IN_HEADERS = [
  '座位号',
  '准考证号',
  '姓名',
  '身份证号（部分隐藏）',
  '工作单位',
  '试卷类别／申报职业',
  '考生签字',
  '备注',
];

/** What the signature cell says for a candidate whose qualification was cancelled (七(三)). */
export const CANCELLED_MARK = '已取消资格';

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
        throw new Error(`${roomLabel(room)}第 ${seat.seat} 座的身份证号未隐藏，拒绝生成`);
      }
    }
  }
}

/** 第003考场（一号楼201）: the 考场号 of the ticket numbers, then the venue's name of the room. */
export function roomLabel(room: RoomSheetView): string {
  return `${examRoomLabel(room.examRoom)}（${room.roomName}）`;
}

/** 考点/考场 line, e.g. 考点：大连市职业技能公共实训基地  考场：第003考场（一号楼201） */
export function roomPlaceLine(room: RoomSheetView): string {
  return `考点：${room.venueName}\u3000\u3000考场：${roomLabel(room)}`;
}

/** When, e.g. 考核时间：2025年9月13日（星期六） 09:00—11:00 (first start to last end). */
export function roomTimeLine(room: RoomSheetView): string {
  const weekday = formatWeekday(room.date);
  const day = `${formatChineseDate(room.date)}${weekday ? `（${weekday}）` : ''}`;
  return `考核时间：${day} ${formatTimeRange(room.startTime, room.endTime)}`;
}

/**
 * Every sitting held in the room at that time, with its own time where it differs, e.g.
 * 本考场：电工 理论考试 26 人；汽车驾驶员 理论考试 4 人（09:30—11:30）
 */
export function roomSittingsLine(room: RoomSheetView): string {
  const items = room.sittings.map((s) => {
    const own = s.startTime !== room.startTime || s.endTime !== room.endTime;
    const time = own ? `（${formatTimeRange(s.startTime, s.endTime)}）` : '';
    return `${s.paperCategory} ${s.componentName} ${s.count} 人${time}`;
  });
  return `本考场：${items.join('；')}`;
}

/** Several components in one room (rare): then each row says which one its candidate sits. */
const mixesComponents = (room: RoomSheetView) =>
  new Set(room.sittings.map((s) => s.componentName)).size > 1;

const SHORT_COMPONENTS: Record<string, string> = { 理论考试: '理论', 实际操作考核: '实操' };

/** The 试卷类别／申报职业 cell: category (and component if the room mixes them), then occupation. */
export function seatSubject(room: RoomSheetView, seat: RoomSheetSeat): string {
  const component = SHORT_COMPONENTS[seat.componentName] ?? seat.componentName;
  const category = mixesComponents(room)
    ? `${seat.paperCategory}·${component}`
    : seat.paperCategory;
  return `${category}\n${seat.occupation}`;
}

/** 应考/实考/缺考 line the invigilators complete; cancelled candidates are not expected. */
export function attendanceLine(room: RoomSheetView): string {
  const cancelled = room.seats.filter((s) => s.cancelled).length;
  const note = cancelled ? `（另有 ${cancelled} 人${CANCELLED_MARK}，不参加考核）` : '';
  return `本考场应考 ${room.seats.length - cancelled} 人${note}，实考＿＿＿人，缺考＿＿＿人。`;
}
