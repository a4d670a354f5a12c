import type { Schemas } from '@/api/client';

export const TECH_CLASSES = ['一类', '二类', '三类'] as const;
export type TechClass = (typeof TECH_CLASSES)[number];

type Occupation = Schemas['OccupationResponse'];

/** 附件1: the class an occupation's technicians belong to, or why it has none. */
export function technicianLabel(o: Pick<Occupation, 'technicianEligible' | 'technicianClass'>) {
  if (!o.technicianEligible) return '不设技师';
  return o.technicianClass ? `附件1 ${o.technicianClass}` : '可申报技师';
}
