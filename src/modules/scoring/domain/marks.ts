/**
 * A mark on a score sheet. 五 "理论考试和实际操作考核……各项成绩实行百分制，合格分数均为 60 分":
 * a score is 0–100; we keep at most one decimal place (CONTRACT "Pass decision") and store
 * it as integer tenths (0–1000) so SQLite and PostgreSQL hold it exactly. Absence (缺考) and a
 * violation (违纪) are marks of their own, never a score of 0.
 */
export const MARK_KINDS = ['score', 'absent', 'violation'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** The short list of violation types (违纪类型) a sheet records. */
export const VIOLATION_TYPES = [
  'prohibited-items',
  'copying',
  'impersonation',
  'disorder',
  'other',
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];
export const VIOLATION_TYPE_NAMES: Record<ViolationType, string> = {
  'prohibited-items': '携带违规物品',
  copying: '抄袭、传递答案',
  impersonation: '替考',
  disorder: '扰乱考场秩序',
  other: '其他违纪',
};

/** What the violation voids: this component only, or the candidate's whole exam. */
export const VIOLATION_VOIDS = ['component', 'exam'] as const;
export type ViolationVoid = (typeof VIOLATION_VOIDS)[number];
export const VIOLATION_VOID_NAMES: Record<ViolationVoid, string> = {
  component: '本科目成绩无效',
  exam: '全部科目成绩无效',
};

export type Mark =
  | { kind: 'score'; tenths: number }
  | { kind: 'absent' }
  | { kind: 'violation'; violationType: ViolationType; void: ViolationVoid };

/** A mark as typed or sent: the score in points (72.5), not tenths. */
export interface MarkInput {
  kind: MarkKind;
  score?: number | null;
  violationType?: string | null;
  violationVoid?: string | null;
}

export type MarkParse = { ok: true; mark: Mark } | { ok: false; field: string; message: string };

export const MAX_TENTHS = 1000;

/** Points to tenths when the value has at most one decimal place and lies in 0–100. */
export function scoreToTenths(score: number): number | null {
  if (typeof score !== 'number' || !Number.isFinite(score)) return null;
  const tenths = Math.round(score * 10);
  if (Math.abs(score * 10 - tenths) > 1e-6) return null;
  return tenths >= 0 && tenths <= MAX_TENTHS ? tenths : null;
}

export const tenthsToScore = (tenths: number): number => tenths / 10;

/** Validates one mark: the score's range and precision, a violation's type and decision. */
export function parseMark(input: MarkInput): MarkParse {
  switch (input.kind) {
    case 'score': {
      const tenths = input.score == null ? null : scoreToTenths(input.score);
      if (tenths === null) {
        return { ok: false, field: 'score', message: '成绩须为 0–100 分，最多一位小数' };
      }
      return { ok: true, mark: { kind: 'score', tenths } };
    }
    case 'absent':
      return { ok: true, mark: { kind: 'absent' } };
    case 'violation': {
      const t = input.violationType;
      if (!t || !(VIOLATION_TYPES as readonly string[]).includes(t)) {
        const names = Object.values(VIOLATION_TYPE_NAMES).join('、');
        return { ok: false, field: 'violationType', message: `违纪须注明违纪类型：${names}` };
      }
      const v = input.violationVoid;
      if (!v || !(VIOLATION_VOIDS as readonly string[]).includes(v)) {
        return {
          ok: false,
          field: 'violationVoid',
          message: '违纪须注明处理：本科目成绩无效，或全部科目成绩无效',
        };
      }
      return {
        ok: true,
        mark: { kind: 'violation', violationType: t as ViolationType, void: v as ViolationVoid },
      };
    }
    default:
      return { ok: false, field: 'kind', message: '成绩标记须为 分数、缺考 或 违纪' };
  }
}

/** Two entries agree on a row when they record the very same mark. */
export function sameMark(a: Mark | null, b: Mark | null): boolean {
  if (a === null || b === null) return false;
  if (a.kind === 'score' && b.kind === 'score') return a.tenths === b.tenths;
  if (a.kind === 'absent' && b.kind === 'absent') return true;
  if (a.kind === 'violation' && b.kind === 'violation') {
    return a.violationType === b.violationType && a.void === b.void;
  }
  return false;
}

/** "72.5 分", "缺考", "违纪（替考，全部科目成绩无效）". */
export function describeMark(m: Mark | null): string {
  if (m === null) return '未录入';
  switch (m.kind) {
    case 'score':
      return `${tenthsToScore(m.tenths)} 分`;
    case 'absent':
      return '缺考';
    case 'violation':
      return `违纪（${VIOLATION_TYPE_NAMES[m.violationType]}，${VIOLATION_VOID_NAMES[m.void]}）`;
  }
}

/** Columns a mark is stored in (one row of an entry or of the final marks). */
export interface MarkColumns {
  kind: string | null;
  scoreTenths: number | null;
  violationType: string | null;
  violationVoid: string | null;
}

export function markToColumns(m: Mark | null): MarkColumns {
  return {
    kind: m?.kind ?? null,
    scoreTenths: m?.kind === 'score' ? m.tenths : null,
    violationType: m?.kind === 'violation' ? m.violationType : null,
    violationVoid: m?.kind === 'violation' ? m.void : null,
  };
}

export function markFromColumns(c: MarkColumns): Mark | null {
  switch (c.kind) {
    case 'score':
      return { kind: 'score', tenths: Number(c.scoreTenths) };
    case 'absent':
      return { kind: 'absent' };
    case 'violation':
      return {
        kind: 'violation',
        violationType: c.violationType as ViolationType,
        void: c.violationVoid as ViolationVoid,
      };
    default:
      return null;
  }
}
