import type { Schemas } from '@/api/client';

export type MarkBody = Schemas['MarkDto'];

/** 违纪类型 by the digit typed after 违/W (the order of the service's list). */
export const VIOLATION_KEYS = [
  { key: '1', code: 'prohibited-items', label: '携带违规物品' },
  { key: '2', code: 'copying', label: '抄袭、传递答案' },
  { key: '3', code: 'impersonation', label: '替考' },
  { key: '4', code: 'disorder', label: '扰乱考场秩序' },
  { key: '5', code: 'other', label: '其他违纪' },
] as const;

/** 违纪处理 by the second digit: 1 this component void, 2 the whole exam void. */
export const VOID_KEYS = [
  { key: '1', code: 'component', label: '本科目成绩无效' },
  { key: '2', code: 'exam', label: '全部科目成绩无效' },
] as const;

export type Typed = { ok: true; mark: MarkBody | null } | { ok: false; message: string };

/**
 * What a grader typed into a seat's cell: a score (0–100, at most one decimal), 缺 (or Q, -)
 * for 缺考, 违 (or W) followed by the type digit and the decision digit for 违纪 (W21: 抄袭,
 * 本科目成绩无效); empty leaves the seat empty. Letters work without a Chinese input method.
 */
export function parseTyped(raw: string): Typed {
  const text = raw.trim().normalize('NFKC');
  if (text === '') return { ok: true, mark: null };
  if (['缺', '缺考', 'q', 'Q', '-'].includes(text)) return { ok: true, mark: { kind: 'absent' } };
  const violation = /^(违|违纪|w|W)\s*(\d)?\s*(\d)?$/.exec(text);
  if (violation) {
    const type = VIOLATION_KEYS.find((v) => v.key === violation[2]);
    const decision = VOID_KEYS.find((v) => v.key === violation[3]);
    if (!type || !decision) {
      return {
        ok: false,
        message: '违纪请输入 W + 类型号 + 处理号，如 W21（抄袭，本科目成绩无效）',
      };
    }
    return {
      ok: true,
      mark: { kind: 'violation', violationType: type.code, violationVoid: decision.code },
    };
  }
  if (!/^\d{1,3}(\.\d)?$/.test(text) || Number(text) > 100) {
    return { ok: false, message: '成绩须为 0–100，最多一位小数；缺考输入 缺 / Q / -，违纪输入 W' };
  }
  return { ok: true, mark: { kind: 'score', score: Number(text) } };
}

/** The text a saved mark shows in its cell again (what one would type). */
export function typedOf(mark: Schemas['MarkView'] | null | undefined): string {
  if (!mark) return '';
  if (mark.kind === 'score') return String(mark.score);
  if (mark.kind === 'absent') return '缺';
  const t = VIOLATION_KEYS.find((v) => v.code === mark.violationType)?.key ?? '';
  const d = VOID_KEYS.find((v) => v.code === mark.violationVoid)?.key ?? '';
  return `W${t}${d}`;
}
