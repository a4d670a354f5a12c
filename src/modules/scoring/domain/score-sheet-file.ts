import { createHash } from 'node:crypto';
import {
  parseMark,
  VIOLATION_TYPE_NAMES,
  VIOLATION_TYPES,
  VIOLATION_VOID_NAMES,
  VIOLATION_VOIDS,
  type Mark,
  type MarkInput,
} from './marks';

/**
 * The xlsx score sheet a grader downloads, fills and imports as their entry. Its hidden
 * marker names the sheet (sitting and exam room) and a digest of the roster in seat order, so
 * a file of another sheet, or one exported before the roster changed, is refused; each row
 * must still hold the seat and ticket number it was exported with (no reordering).
 */
export const SCORE_SHEET_HEADERS = [
  '座位号',
  '准考证号',
  '姓名',
  '成绩',
  '违纪类型',
  '违纪处理',
] as const;
export const MARK_COLUMN = '成绩';

export interface ScoreSheetFileRow {
  /** 1-based sheet row. */
  row: number;
  seat: string | null;
  ticketNumber: string | null;
  mark: string | null;
  violationType: string | null;
  violationVoid: string | null;
  /** Cells the reader could not take (formula, merged cell). */
  issues: { column: string; code: string; message: string }[];
}

export interface ScoreSheetFile {
  marker: string | null;
  rows: ScoreSheetFileRow[];
}

export interface RosterEntry {
  registrationId: string;
  seat: number;
  ticketNumber: string;
}

export interface ImportError {
  row: number;
  column: string;
  code: string;
  message: string;
}

const MARKER_PREFIX = 'score-sheet/v1';

export function sheetMarker(sittingId: string, examRoom: number, roster: readonly RosterEntry[]) {
  const digest = createHash('sha256')
    .update(
      `${sittingId}|${examRoom}|${roster.map((r) => `${r.seat}:${r.ticketNumber}`).join(',')}`,
    )
    .digest('hex')
    .slice(0, 16);
  return `${MARKER_PREFIX}/${sittingId}/${examRoom}/${digest}`;
}

/** What a typed cell means: a score, 缺考 (缺, Q, -), 违纪 (违, W), or empty. */
export function readMarkCell(
  text: string | null,
  violationType: string | null,
  violationVoid: string | null,
): MarkInput | null {
  const t = (text ?? '').trim().normalize('NFKC');
  if (t === '') return null;
  if (['缺考', '缺', 'Q', 'q', '-'].includes(t)) return { kind: 'absent' };
  if (['违纪', '违', 'W', 'w'].includes(t)) {
    return {
      kind: 'violation',
      violationType: codeOf(violationType, VIOLATION_TYPES, VIOLATION_TYPE_NAMES),
      violationVoid: codeOf(violationVoid, VIOLATION_VOIDS, VIOLATION_VOID_NAMES),
    };
  }
  return { kind: 'score', score: /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN };
}

function codeOf<T extends string>(
  text: string | null,
  codes: readonly T[],
  names: Record<T, string>,
): string | null {
  const t = (text ?? '').trim();
  return codes.find((c) => c === t || names[c] === t) ?? (t || null);
}

/**
 * Checks an imported file against the sheet it is imported into and turns each row into a
 * mark. Every problem is collected with its row and column; the caller writes nothing unless
 * the list is empty.
 */
export function validateImport(
  file: ScoreSheetFile,
  expected: { sittingId: string; examRoom: number; roster: readonly RosterEntry[] },
): { marks: { registrationId: string; mark: Mark | null }[]; errors: ImportError[] } {
  const refusal = markerRefusal(file.marker, expected);
  if (refusal) return { marks: [], errors: [refusal] };
  const errors: ImportError[] = [];
  const marks: { registrationId: string; mark: Mark | null }[] = [];
  if (file.rows.length !== expected.roster.length) {
    errors.push({
      row: 0,
      column: '座位号',
      code: 'ROW_COUNT',
      message: `文件有 ${file.rows.length} 行考生，本考场为 ${expected.roster.length} 人；请勿增删行`,
    });
  }
  file.rows.forEach((r, i) => {
    const want = expected.roster[i];
    if (r.issues.length) return errors.push(...r.issues.map((x) => ({ row: r.row, ...x })));
    if (!want || r.seat !== String(want.seat) || r.ticketNumber !== want.ticketNumber) {
      return errors.push({
        row: r.row,
        column: '准考证号',
        code: 'ROW_MOVED',
        message: `第 ${r.row} 行的座位号、准考证号与导出时不一致（行被调换、增删或改动），请重新导出后填写`,
      });
    }
    const input = readMarkCell(r.mark, r.violationType, r.violationVoid);
    if (!input) return marks.push({ registrationId: want.registrationId, mark: null });
    const m = parseMark(input);
    if (m.ok) return marks.push({ registrationId: want.registrationId, mark: m.mark });
    const column =
      m.field === 'violationType'
        ? '违纪类型'
        : m.field === 'violationVoid'
          ? '违纪处理'
          : MARK_COLUMN;
    errors.push({
      row: r.row,
      column,
      code: 'INVALID_MARK',
      message: `${want.seat} 号座位：${m.message}`,
    });
  });
  return { marks: errors.length ? [] : marks, errors };
}

function markerRefusal(
  marker: string | null,
  expected: { sittingId: string; examRoom: number; roster: readonly RosterEntry[] },
): ImportError | null {
  const at = { row: 0, column: '校验' };
  if (!marker || !marker.startsWith(`${MARKER_PREFIX}/`)) {
    return {
      ...at,
      code: 'SHEET_MARKER_MISSING',
      message: '文件缺少评分表校验信息：请使用本系统导出的评分表填写',
    };
  }
  const [, , sittingId, room] = marker.split('/');
  if (sittingId !== expected.sittingId || Number(room) !== expected.examRoom) {
    return {
      ...at,
      code: 'FOREIGN_SHEET',
      message: `该文件是另一张评分表（第${String(room).padStart(3, '0')}考场或另一场次）的，不能导入到本表`,
    };
  }
  if (marker !== sheetMarker(expected.sittingId, expected.examRoom, expected.roster)) {
    return {
      ...at,
      code: 'ROSTER_CHANGED',
      message: '导出后本考场名单已变化（如有考生被取消资格），请重新导出评分表',
    };
  }
  return null;
}
