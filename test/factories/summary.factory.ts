import type { SummaryRow } from '../../src/modules/registrations/domain/summary-row';
import { idNumberFor } from './registration.factory';

const LEVEL_STEPS = [
  ['高级工', '技师'],
  ['中级工', '高级工'],
  ['初级工', '中级工'],
];

/** n applicants of one unit, each admitted by the 2025 rules (二(二)1–3), with distinct ID numbers. */
export function summaryRows(n: number, occupation = '维修电工'): SummaryRow[] {
  return Array.from({ length: n }, (_, i) => {
    const year = 1965 + (i % 15);
    const birth = `${year}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
    const [current, target] = LEVEL_STEPS[i % 3];
    return {
      seq: i + 1,
      name: `测试${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯辰巳午未申酉戌亥'[Math.floor(i / 10) % 12]}`,
      gender: '男',
      birthMonth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}`,
      idNumber: idNumberFor(birth),
      education: '高中',
      workStartDate: `${year + 20}-09-01`,
      currentOccupation: occupation,
      currentLevel: current,
      currentCertDate: '2015-06-01',
      targetOccupation: occupation,
      targetLevel: target,
    };
  });
}
