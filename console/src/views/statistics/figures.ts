import type { Schemas } from '@/api/client';

type Figures = Schemas['FiguresResponse'];
const RATES: (keyof Figures)[] = ['passRate', 'satPassRate'];

/** The columns the screen shows of each group, in the order of the statistics' definitions. */
export const columns: { key: keyof Figures; label: string; width: number }[] = [
  { key: 'registered', label: '报名', width: 64 },
  { key: 'accepted', label: '备案', width: 64 },
  { key: 'cancelled', label: '取消资格', width: 80 },
  { key: 'exempt', label: '免考', width: 64 },
  { key: 'sat', label: '实考', width: 64 },
  { key: 'absent', label: '缺考', width: 64 },
  { key: 'passed', label: '合格', width: 64 },
  { key: 'undecided', label: '待判定', width: 72 },
  { key: 'passRate', label: '合格率', width: 76 },
  { key: 'satPassRate', label: '实考合格率', width: 96 },
];

/** A count as is, a rate with its percent sign; no rate (nothing to divide by) as a dash. */
export function cell(figures: Figures, key: keyof Figures): string {
  const value = figures[key];
  if (value === null) return '—';
  return RATES.includes(key) ? `${value}%` : String(value);
}
