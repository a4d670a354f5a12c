import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { buildPublicityListDoc, PublicityMeta, PublicityRow } from './publicity-list.pdf';

const META: PublicityMeta = {
  sessionTitle: '2025年度',
  unitName: '大连市中山区市政设施养护管理中心',
  departmentName: '大连市中山区人力资源和社会保障局',
  startDate: '2025年7月1日',
  endDate: '2025年7月7日',
  workingDays: 5,
  contact: '0411-82781234',
};

const row = (seq: number, maskedIdNumber = '2102**********101X'): PublicityRow => ({
  seq,
  name: '王伟',
  gender: '男',
  maskedIdNumber,
  unitName: META.unitName,
  targetOccupation: '汽车驾驶员',
  targetLevel: '高级工',
  route: '正常晋升',
});

const cellText = (cell: TableCell): string =>
  typeof cell === 'string' ? cell : String((cell as { text?: string }).text ?? '');

function tableOf(content: Content): ContentTable {
  const table = (content as Content[]).find((c) => typeof c === 'object' && 'table' in c);
  if (!table) throw new Error('no table');
  return table as ContentTable;
}

describe('buildPublicityListDoc', () => {
  const doc = buildPublicityListDoc([row(1), row(2)], META);

  it('is A4 portrait with the title, the period and how to object', () => {
    expect(doc.pageOrientation).toBe('portrait');
    expect(doc.pageSize).toBe('A4');
    const json = JSON.stringify(doc.content);
    expect(json).toContain('2025年度工勤技能人员技术等级晋升考核申报人员公示');
    expect(json).toContain('公示时间为2025年7月1日至2025年7月7日（5 个工作日）');
    expect(json).toContain('异议');
    expect(json).toContain('0411-82781234');
  });

  it('has the table header and the rows', () => {
    const { table } = tableOf(doc.content);
    expect(table.headerRows).toBe(1);
    expect(table.body[0].map(cellText)).toEqual([
      '序号', '姓名', '性别', '身份证号（部分隐藏）', '单位', '申报职种', '申报等级', '申报途径',
    ]); // prettier-ignore
    expect(table.body[1].map(cellText)).toEqual([
      '1', '王伟', '男', '2102**********101X', META.unitName, '汽车驾驶员', '高级工', '正常晋升',
    ]); // prettier-ignore
  });

  it('closes with the unit name and the date', () => {
    const texts = (doc.content as Array<{ text?: string }>).map((c) => c.text);
    expect(texts.slice(-2)).toEqual([META.unitName, META.startDate]);
  });

  it.each([
    '21020219800512101X',
    '21020219800512101x',
    '210202198005121012',
    ' 2102 0219 8005 1210 1X',
  ])('refuses a full ID number (%s)', (id) => {
    expect(() => buildPublicityListDoc([row(1), row(2, id)], META)).toThrow(/第 2 行/);
  });

  it('accepts masked numbers', () => {
    expect(() => buildPublicityListDoc([row(1, '2102**********1012')], META)).not.toThrow();
  });
});
