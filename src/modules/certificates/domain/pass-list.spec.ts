import { maskIdNumber, maskName, passList, type PassListPerson } from './pass-list';

const person = (p: Partial<PassListPerson>): PassListPerson => ({
  departmentName: '市交通运输局',
  unitName: '市公路事业发展中心',
  occupation: '汽车驾驶员',
  level: 'senior',
  name: '张三',
  gender: '男',
  idNumber: '210202198001011234',
  mode: 'exam',
  number: null,
  ...p,
});

describe('passList', () => {
  it('groups by department in pinyin order, then occupation and level, numbering over the whole list', () => {
    const groups = passList([
      person({ departmentName: '市卫生健康委员会', name: '王五' }),
      person({ occupation: '电工', level: 'technician', name: '李四' }),
      person({ occupation: '电工', level: 'junior', name: '赵六' }),
      person({ name: '陈七', mode: 'exempt-review' }),
    ]);
    expect(groups.map((g) => g.departmentName)).toEqual(['市交通运输局', '市卫生健康委员会']);
    expect(
      groups[0].rows.map((r) => [r.seq, r.name, r.occupation, r.levelName, r.routeName]),
    ).toEqual([
      [1, '赵六', '电工', '初级工', '考试'],
      [2, '李四', '电工', '技师', '考试'],
      [3, '陈七', '汽车驾驶员', '高级工', '免考复核认定'],
    ]);
    expect(groups[1].rows.map((r) => r.seq)).toEqual([4]);
  });

  it('orders people of one unit, occupation and level by name in pinyin', () => {
    const rows = passList([
      person({ name: '周一' }),
      person({ name: '安二' }),
      person({ name: '黄三' }),
    ])[0].rows;
    expect(rows.map((r) => r.name)).toEqual(['安二', '黄三', '周一']);
  });

  it('is empty for no one', () => {
    expect(passList([])).toEqual([]);
  });
});

describe('masking', () => {
  it('hides an ID number as every other list does, keeping region and the last four', () => {
    expect(maskIdNumber('21020219800101123X')).toBe('2102**********123X');
  });

  it('hides all but the family name', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('王')).toBe('王');
  });
});
