import { compareZh } from '../../../common/text/collation';
import { maskIdNumber } from '../../registrations/domain/id-card';
import { LEVELS, LEVEL_NAMES, type Level } from '../../exam-sessions/domain/session-rules';
import type { Mode } from '../../eligibility/domain/eligibility.types';

export interface PassListPerson {
  departmentName: string;
  unitName: string;
  occupation: string;
  level: Level;
  name: string;
  gender: string;
  idNumber: string;
  mode: Mode;
  number: string | null;
}

export type PassListRow<T extends PassListPerson = PassListPerson> = T & {
  /** 序号, continuous over the whole list. */
  seq: number;
  levelName: string;
  /** 取得方式 */
  routeName: string;
};

export interface PassListGroup<T extends PassListPerson = PassListPerson> {
  departmentName: string;
  rows: PassListRow<T>[];
}

export const ROUTE_NAMES: Record<Mode, string> = { exam: '考试', 'exempt-review': '免考复核认定' };

const levelRank = (l: Level) => LEVELS.indexOf(l);

/**
 * 《…合格人员名单》's order: by department (pinyin), then occupation (pinyin) and level
 * (初级工 → 技师), then unit and name (pinyin); numbered 1… over the whole list.
 */
export function passList<T extends PassListPerson>(people: T[]): PassListGroup<T>[] {
  const sorted = [...people].sort(
    (a, b) =>
      compareZh(a.departmentName, b.departmentName) ||
      compareZh(a.occupation, b.occupation) ||
      levelRank(a.level) - levelRank(b.level) ||
      compareZh(a.unitName, b.unitName) ||
      compareZh(a.name, b.name) ||
      a.idNumber.localeCompare(b.idNumber),
  );
  const groups: PassListGroup<T>[] = [];
  sorted.forEach((p, i) => {
    let g = groups[groups.length - 1];
    if (!g || g.departmentName !== p.departmentName) {
      g = { departmentName: p.departmentName, rows: [] };
      groups.push(g);
    }
    g.rows.push({
      ...p,
      seq: i + 1,
      levelName: LEVEL_NAMES[p.level],
      routeName: ROUTE_NAMES[p.mode],
    });
  });
  return groups;
}

/** The public list's 身份证号: the project's one mask (region and the last four). */
export { maskIdNumber };

/** A name shown to someone who only typed it: the family name and the rest hidden. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  return chars[0] + '*'.repeat(chars.length - 1);
}
