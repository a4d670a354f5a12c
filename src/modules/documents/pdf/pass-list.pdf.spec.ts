import { execFileSync } from 'node:child_process';
import type { Content, ContextPageSize, DynamicContent } from 'pdfmake/interfaces';
import {
  buildPassListDoc,
  passListParts,
  type PassListPdfGroup,
  type PassListPdfMeta,
} from './pass-list.pdf';
import { renderPdf } from './pdf-renderer';

const META: PassListPdfMeta = {
  examYear: 2025,
  edition: 'internal',
  issuer: '大连市人力资源和社会保障局',
  date: '2025-10-15',
};

const PAGE: ContextPageSize = { width: 842, height: 595, orientation: 'landscape' };

let seq = 0;
const group = (departmentName: string, n: number): PassListPdfGroup => ({
  departmentName,
  rows: Array.from({ length: n }, () => ({
    seq: ++seq,
    name: '王伟',
    gender: '男',
    idNumber: '210202198001011234',
    unitName: '大连市第一中学',
    occupation: '维修电工',
    levelName: '高级工',
    routeName: '考核',
    number: 'DL2025-3-00001',
  })),
});

const texts = (content: Content): string[] =>
  (content as Content[]).flatMap((c) =>
    typeof c === 'object' && 'text' in c && typeof c.text === 'string' ? [c.text] : [],
  );

describe('passListParts (a long list in parts, issue 12)', () => {
  it('keeps a short list whole', () => {
    const groups = [group('甲局', 3), group('乙局', 2)];
    expect(passListParts(groups, 10)).toEqual([groups]);
  });

  it('starts a department that fits a part of its own in the next part', () => {
    const parts = passListParts([group('甲局', 6), group('乙局', 5)], 10);
    expect(parts.map((p) => p.map((g) => [g.departmentName, g.rows.length]))).toEqual([
      [['甲局', 6]],
      [['乙局', 5]],
    ]);
  });

  it('cuts a department longer than a part, marking the later pieces and keeping every row in order', () => {
    const groups = [group('甲局', 4), group('乙局', 23)];
    const parts = passListParts(groups, 10);
    expect(parts.every((p) => p.reduce((n, g) => n + g.rows.length, 0) <= 10)).toBe(true);
    expect(parts.flat().flatMap((g) => g.rows)).toEqual(groups.flatMap((g) => g.rows));
    const pieces = parts.flat().filter((g) => g.departmentName === '乙局');
    expect(pieces.map((g) => [g.rows.length, g.continued ?? false, g.departmentTotal])).toEqual([
      [6, false, 23],
      [10, true, 23],
      [7, true, 23],
    ]);
  });

  it('answers one empty part for an empty list', () => {
    expect(passListParts([], 10)).toEqual([[]]);
  });
});

describe('buildPassListDoc in parts', () => {
  const parts = passListParts([group('甲局', 4), group('乙局', 23)], 10);
  const part = (index: number, pageOffset = 0) =>
    buildPassListDoc(parts[index], META, { index, of: parts.length, pageOffset, total: 27 });

  it('puts the title and the whole count in the first part only, the issuer in the last only', () => {
    expect(texts(part(0).content)).toEqual(
      expect.arrayContaining([expect.stringContaining('合格人员名单'), '共 27 人']),
    );
    expect(texts(part(0).content)).not.toContain(META.issuer);
    expect(texts(part(1).content).join()).not.toContain('合格人员名单');
    expect(texts(part(parts.length - 1).content)).toContain(META.issuer);
  });

  it('heads a department with its whole count, and its later pieces with （续）', () => {
    expect(texts(part(0).content)).toContain('主管部门：乙局（23 人）');
    expect(texts(part(1).content)).toContain('主管部门：乙局（续）');
  });

  it('numbers pages on from the parts before', () => {
    const footer = part(1, 7).footer as DynamicContent;
    expect(footer(2, 3, PAGE)).toMatchObject({ text: '第 9 页' });
    const whole = buildPassListDoc(parts.flat(), META).footer as DynamicContent;
    expect(whole(2, 3, PAGE)).toMatchObject({ text: '第 2 页 共 3 页' });
  });

  it('renders a part as a PDF that reads as the list goes on', async () => {
    const pdf = await renderPdf(part(1, 7));
    const text = execFileSync('pdftotext', ['-q', '-', '-'], { input: pdf, encoding: 'utf8' });
    expect(text).toContain('主管部门：乙局（续）');
    expect(text.replace(/\s/g, '')).toContain('第8页');
  });
});
