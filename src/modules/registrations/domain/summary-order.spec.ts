import { orderForSummary } from './summary-order';

describe('orderForSummary (三(二)2)', () => {
  it('groups by target occupation, then levels from 初级工 to 技师', () => {
    const rows = [
      { name: '甲', targetOccupation: '汽车驾驶员', targetLevel: 'technician' },
      { name: '乙', targetOccupation: '电工', targetLevel: 'senior' },
      { name: '丙', targetOccupation: '汽车驾驶员', targetLevel: 'junior' },
      { name: '丁', targetOccupation: '汽车驾驶员', targetLevel: 'intermediate' },
      { name: '戊', targetOccupation: '电工', targetLevel: 'junior' },
    ] as const;
    expect(orderForSummary(rows).map((r) => r.name)).toEqual(['戊', '乙', '丙', '丁', '甲']);
  });
});
