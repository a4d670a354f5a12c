import { normalizeName } from '../../../common/text/normalize';
import type { TechnicianClass } from '../../exam-sessions/domain/session-rules';

export interface CatalogOccupation {
  name: string;
  technicianClass: TechnicianClass | null;
  paperCategory: string;
}

export interface OccupationLookup {
  name: string;
  paperCategory: string;
  technicianEligible: boolean;
  technicianClass: TechnicianClass | null;
}

/**
 * CONTRACT.md occupation look-up: exact match after normalising full-width
 * and half-width forms and surrounding space (船舶驾驶员 is not 汽车驾驶员). An
 * unknown occupation is valid, belongs to the default category (附件3 序号7
 * 综合) and has no technician level (附件1 does not list it).
 */
export function lookupOccupation(
  query: string,
  index: ReadonlyMap<string, CatalogOccupation>,
  defaultCategory: string,
): OccupationLookup {
  const key = normalizeName(query);
  const found = index.get(key);
  if (!found) {
    return {
      name: key,
      paperCategory: defaultCategory,
      technicianEligible: false,
      technicianClass: null,
    };
  }
  return {
    name: found.name,
    paperCategory: found.paperCategory,
    technicianEligible: found.technicianClass !== null,
    technicianClass: found.technicianClass,
  };
}
