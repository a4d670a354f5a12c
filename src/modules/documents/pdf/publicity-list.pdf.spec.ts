import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import { buildPublicityListDoc, PublicityMeta, PublicityRow } from './publicity-list.pdf';

const META: PublicityMeta = {
  sessionTitle: '2025年度',
  unitName: '大连市中山区市政设施养护管理中心',
  departmentName: '大连市中山区人力资源和社会保障局',
  startDate: '2025-07-01',
  endDate: '2025-07-07',
  workingDays: 5,
  contactPerson: '刘晓东',
  contactPhone: '0411-82781234',
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

  it('is A4 portrait with the title, the period in 年月日 and how to object', () => {
    expect(doc.pageOrientation).toBe('portrait');
    expect(doc.pageSize).toBe('A4');
    const json = JSON.stringify(doc.content);
    expect(json).toContain('2025年度工勤技能人员技术等级晋升考核申报人员公示');
    expect(json).toContain('现将以下 2 名申报人员予以公示');
    expect(json).toContain('公示时间为2025年7月1日至2025年7月7日（5 个工作日）');
    expect(json).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(json).toContain(
      '异议受理单位：大连市中山区市政设施养护管理中心\u3000\u3000联系人：刘晓东\u3000\u3000联系电话：0411-82781234',
    );
  });

  it('leaves blanks for a contact person and phone nobody gave', () => {
    const blank = buildPublicityListDoc([row(1)], {
      ...META,
      contactPerson: null,
      contactPhone: undefined,
    });
    expect(JSON.stringify(blank.content)).toContain(
      `联系人：${'\u3000'.repeat(6)}\u3000\u3000联系电话：${'\u3000'.repeat(6)}`,
    );
  });

  it('marks 免考复核认定 under the level and explains the mark once', () => {
    const marked = buildPublicityListDoc(
      [row(1), { ...row(2), targetLevel: '技师', exemptReview: true }],
      META,
    );
    const { table } = tableOf(marked.content);
    expect(table.body[1][6]).toBe('高级工');
    expect(table.body[2][6]).toEqual({
      text: ['技师', { text: '\n（免考复核认定）', fontSize: 7 }],
    });
    expect(JSON.stringify(marked.content)).toContain('依通知二(九)');
    expect(JSON.stringify(doc.content)).not.toContain('二(九)');
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

  it('closes with the unit name and the date in 年月日', () => {
    const texts = (doc.content as Array<{ text?: string }>).map((c) => c.text);
    expect(texts.slice(-2)).toEqual([META.unitName, '2025年7月1日']);
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
