import { normalizeName } from '../../../common/text/normalize';
import type { TechnicianClass } from '../../exam-sessions/domain/session-rules';

/** The reference lists of a notice as `seed/notice-<year>.json` holds them. */
export interface NoticeReference {
  technicianOccupations: Record<TechnicianClass, string[]>;
  technicianSubtypes: Record<string, string[]>;
  paperCategories: {
    code: string;
    seq: number;
    name: string;
    occupations: string[];
    isDefault?: boolean;
  }[];
}

export interface OccupationSeed {
  name: string;
  normalizedName: string;
  technicianClass: TechnicianClass | null;
  paperCategoryCode: string;
  parentName: string | null;
}

/**
 * Joins 附件1 (occupations with a technician level, by class, sub-types in
 * parentheses) and 附件3 (paper categories and the occupations each lists):
 * every occupation either list names, with its class and its category; the
 * ones 附件3 does not list belong to the default category (综合).
 */
export function occupationsOfNotice(ref: NoticeReference): OccupationSeed[] {
  const defaultCategory = ref.paperCategories.find((c) => c.isDefault);
  if (!defaultCategory) throw new Error('notice reference has no default paper category');
  const categoryOf = new Map<string, string>();
  for (const c of ref.paperCategories) {
    for (const o of c.occupations) categoryOf.set(normalizeName(o), c.code);
  }
  const out = new Map<string, OccupationSeed>();
  const add = (name: string, cls: TechnicianClass | null, parentName: string | null) => {
    const key = normalizeName(name);
    if (out.has(key)) return;
    const paperCategoryCode = categoryOf.get(key) ?? defaultCategory.code;
    out.set(key, {
      name,
      normalizedName: key,
      technicianClass: cls,
      paperCategoryCode,
      parentName,
    });
  };
  for (const [cls, names] of Object.entries(ref.technicianOccupations) as [
    TechnicianClass,
    string[],
  ][]) {
    for (const name of names) {
      add(name, cls, null);
      for (const sub of ref.technicianSubtypes[name] ?? []) add(sub, cls, name);
    }
  }
  for (const c of ref.paperCategories) for (const o of c.occupations) add(o, null, null);
  return [...out.values()];
}
