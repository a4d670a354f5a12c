import { publishedRows, type PublishedPerson } from './publicity-snapshot';

const person = (o: Partial<PublishedPerson>): PublishedPerson => ({
  name: '王伟',
  gender: '男',
  idNumber: '21020219800512101X',
  targetOccupation: '汽车驾驶员',
  targetLevel: 'senior',
  mode: 'exam',
  route: 'standard',
  ...o,
});

describe('publishedRows (三(二)2 publicity, in the order of 附件2)', () => {
  const rows = publishedRows([
    person({
      name: '赵六',
      targetOccupation: '电工',
      targetLevel: 'technician',
      mode: 'exempt-review',
    }),
    person({ name: '张三', targetLevel: 'technician' }),
    person({ name: '李四', targetLevel: 'junior' }),
    person({ name: '安娜', targetOccupation: '电工', targetLevel: 'technician' }),
    person({ name: '王五', targetLevel: 'technician', route: 'veteran' }),
  ]);

  it('groups occupations by pinyin, levels 初级工 → 技师, then names by pinyin', () => {
    expect(rows.map((r) => `${r.targetOccupation}/${r.targetLevel}/${r.name}`)).toEqual([
      '电工/技师/安娜',
      '电工/技师/赵六',
      '汽车驾驶员/初级工/李四',
      '汽车驾驶员/技师/王五',
      '汽车驾驶员/技师/张三',
    ]);
  });

  it('keeps only masked ID numbers, printed names, and marks 免考复核认定', () => {
    expect(rows[1]).toEqual({
      name: '赵六',
      gender: '男',
      maskedIdNumber: '2102**********101X',
      targetOccupation: '电工',
      targetLevel: '技师',
      exemptReview: true,
      route: '正常晋升',
    });
    expect(rows.filter((r) => r.exemptReview).map((r) => r.name)).toEqual(['赵六']);
    expect(rows[3].route).toBe('退役士兵');
  });
});
