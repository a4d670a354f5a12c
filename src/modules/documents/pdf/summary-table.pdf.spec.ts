import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';
import type { SummaryMeta, SummaryRow } from '../../registrations/domain/summary-row';
import { buildSummaryTableDoc } from './summary-table.pdf';

const META: SummaryMeta = {
  title: '大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表',
  departmentName: '大连市人力资源和社会保障局',
  unitName: '大连市就业和人才服务中心',
  filler: '刘晓东',
  phone: '0411-39997593',
};

const row = (seq: number, over: Partial<SummaryRow> = {}): SummaryRow => ({
  seq,
  name: '王伟',
  gender: '男',
  birthMonth: '1980-05',
  idNumber: '21020219800512101X',
  education: '大专',
  workStartDate: '2000-07-01',
  currentOccupation: '汽车驾驶员',
  currentLevel: '中级工',
  currentCertDate: '2015-12-20',
  targetOccupation: '汽车驾驶员',
  targetLevel: '高级工',
  ...over,
});

/** The text of a cell ('' for the placeholder cells under a span). */
const cellText = (cell: TableCell): string =>
  typeof cell === 'string' ? cell : String((cell as { text?: string }).text ?? '');

function tableOf(content: Content): ContentTable {
  const table = (content as Content[]).find((c) => typeof c === 'object' && 'table' in c);
  if (!table) throw new Error('no table');
  return table as ContentTable;
}

describe('buildSummaryTableDoc', () => {
  const doc = buildSummaryTableDoc([row(1), row(2, { name: '李秀英' })], META);
  const table = tableOf(doc.content).table;

  it('is A4 landscape with the title and the meta lines', () => {
    expect(doc.pageSize).toBe('A4');
    expect(doc.pageOrientation).toBe('landscape');
    const json = JSON.stringify(doc.content);
    expect(json).toContain(META.title);
    expect(json).toContain('主管部门：大连市人力资源和社会保障局（盖章）');
    expect(json).toContain('单位：大连市就业和人才服务中心');
    expect(json).toContain('填报人：刘晓东');
    expect(json).toContain('联系电话：0411-39997593');
  });

  it('has the exact two-row header of 附件2, repeated on every page', () => {
    expect(table.headerRows).toBe(2);
    expect(table.body[0].map(cellText)).toEqual([
      '序号', '姓名', '性别', '出生年月', '身份证号', '文化程度', '参加工作时间',
      '现职业等级情况', '', '', '申报职业等级情况', '',
    ]); // prettier-ignore
    expect(table.body[1].map(cellText)).toEqual([
      '', '', '', '', '', '', '', '职种', '等级', '获证时间', '职种', '等级',
    ]); // prettier-ignore
  });

  it('spans: seven cells over both rows, 现 over three columns, 申报 over two', () => {
    const first = table.body[0] as Array<{ rowSpan?: number; colSpan?: number }>;
    expect(first.slice(0, 7).every((c) => c.rowSpan === 2)).toBe(true);
    expect(first[7].colSpan).toBe(3);
    expect(first[10].colSpan).toBe(2);
    expect(table.widths).toHaveLength(12);
    expect(table.body.every((r) => r.length === 12)).toBe(true);
  });

  it('keeps the caller order and shows blank current-level cells', () => {
    const blank = buildSummaryTableDoc(
      [row(7, { currentOccupation: null, currentLevel: null, currentCertDate: null })],
      { title: 'T', departmentName: 'D' },
    );
    const body = tableOf(blank.content).table.body;
    expect(body[2].map(cellText)).toEqual([
      '7', '王伟', '男', '1980-05', '21020219800512101X', '大专', '2000-07-01',
      '', '', '', '汽车驾驶员', '高级工',
    ]); // prettier-ignore
    expect(table.body.slice(2).map((r) => cellText(r[1]))).toEqual(['王伟', '李秀英']);
  });

  it('marks a 免考复核认定 candidate (二(九)) under the level, keeping twelve columns', () => {
    const marked = buildSummaryTableDoc(
      [row(1, { targetLevel: '技师', exemptReview: true }), row(2)],
      META,
    );
    const body = tableOf(marked.content).table.body;
    expect(body[2]).toHaveLength(12);
    expect(body[2][11]).toEqual({ text: ['技师', { text: '\n（免考复核认定）', fontSize: 7 }] });
    expect(body[3][11]).toBe('高级工');
  });

  it('prints blank 填报人 and 联系电话 when unknown, and no 单位 line', () => {
    const json = JSON.stringify(buildSummaryTableDoc([], { title: 'T', departmentName: 'D' }));
    expect(json).toContain('"填报人："');
    expect(json).toContain('"联系电话："');
    expect(json).not.toContain('单位：');
  });

  it('numbers pages as 第 N 页 共 M 页', () => {
    const footer = doc.footer as (page: number, count: number) => { text: string };
    expect(footer(2, 5).text).toBe('第 2 页 共 5 页');
  });
});
