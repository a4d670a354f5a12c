import type * as ExcelJS from 'exceljs';
import {
  LEVELS,
  ROUTES,
  loadWorkbook,
} from '../../../../test/fixtures/xlsx/summary/summary-fixtures';
import {
  TEMPLATE_COLUMNS,
  summaryTemplateInstructions,
  writeSummaryTemplate,
} from './summary-template';

interface LoadedValidations {
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
}

async function writeTemplate(
  educations?: string[],
): Promise<{ workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet }> {
  const buffer = await writeSummaryTemplate(
    { departmentName: '大连市教育局' },
    { levels: LEVELS, routes: ROUTES, educations },
  );
  const workbook = await loadWorkbook(buffer);
  return { workbook, sheet: workbook.worksheets[0] };
}

const validationAt = (
  sheet: ExcelJS.Worksheet,
  address: string,
): ExcelJS.DataValidation | undefined =>
  (sheet as unknown as LoadedValidations).dataValidations.model[address];

const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] =>
  TEMPLATE_COLUMNS.map((_, i) => sheet.getRow(row).getCell(i + 1).value);

describe('writeSummaryTemplate', () => {
  let template: { workbook: ExcelJS.Workbook; sheet: ExcelJS.Worksheet };
  beforeAll(async () => {
    template = await writeTemplate(['初中', '高中', '中专', '大专', '本科']);
  });

  it('keeps A–L exactly as 附件2 and adds M–S under 补充信息（导入用）', () => {
    const { sheet } = template;
    expect(sheet.name).toBe('申报汇总表');
    expect(sheet.getCell('A1').value).toBe(
      '大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表',
    );
    expect(sheet.getCell('A2').value).toBe('主管部门：大连市教育局（盖章）');
    const top = ['序号', '姓名', '性别', '出生年月', '身份证号', '文化程度', '参加工作时间'];
    expect(rowValues(sheet, 5)).toEqual([
      ...top,
      ...Array(3).fill('现职业等级情况'),
      ...Array(2).fill('申报职业等级情况'),
      ...Array(7).fill('补充信息（导入用）'),
    ]);
    expect(rowValues(sheet, 6)).toEqual([
      ...top,
      ...['职种', '等级', '获证时间', '职种', '等级'],
      ...['申报途径', '是否已转正', '专业技术职务', '从事本工种年限'],
      ...['国家证书等级', '国家证书编号', '证书核查结果'],
    ]);
    expect([...sheet.model.merges].sort()).toEqual(
      [
        ...['A1:S1', 'A2:S2', 'A3:S3', 'A4:S4', 'H5:J5', 'K5:L5', 'M5:S5'],
        ...'ABCDEFG'.split('').map((c) => `${c}5:${c}6`),
      ].sort(),
    );
  });

  it.each([
    ['C', ['男', '女']],
    ['I', LEVELS],
    ['L', LEVELS],
    ['M', ROUTES],
    ['N', ['是', '否']],
    ['Q', LEVELS],
    ['S', ['已核查有效', '未核查', '退役士兵承诺']],
    ['F', ['初中', '高中', '中专', '大专', '本科']],
  ])('offers a drop-down in column %s on rows 7–1006', (letter, values) => {
    const { sheet } = template;
    for (const row of [7, 500, 1006]) {
      expect(validationAt(sheet, `${letter}${row}`)).toMatchObject({
        type: 'list',
        allowBlank: true,
        showErrorMessage: true,
        formulae: [`"${values.join(',')}"`],
      });
    }
    expect(validationAt(sheet, `${letter}6`)).toBeUndefined();
    expect(validationAt(sheet, `${letter}1007`)).toBeUndefined();
  });

  it('has no drop-down on free-text columns, nor on 文化程度 without choices', async () => {
    const { sheet } = await writeTemplate();
    for (const letter of ['B', 'E', 'F', 'H', 'O', 'P', 'R']) {
      expect(validationAt(sheet, `${letter}7`)).toBeUndefined();
    }
  });

  it('moves a list too long for an inline drop-down to a hidden sheet', async () => {
    const educations = Array.from({ length: 40 }, (_, i) => `学历选项第${i + 1}号`);
    const { workbook, sheet } = await writeTemplate(educations);
    expect(validationAt(sheet, 'F7')?.formulae).toEqual(["'下拉选项'!$A$1:$A$40"]);
    const lists = workbook.getWorksheet('下拉选项');
    expect(lists?.state).toBe('hidden');
    expect(lists?.getCell('A40').value).toBe('学历选项第40号');
  });

  it('formats the data area as text', () => {
    const { sheet } = template;
    for (const address of ['A7', 'E7', 'R7', 'E1006', 'S1006']) {
      expect(sheet.getCell(address).numFmt).toBe('@');
    }
    expect(sheet.getColumn('E').style.numFmt).toBe('@');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
  });

  it('adds a 填写说明 sheet in Chinese', () => {
    const { workbook } = template;
    const help = workbook.getWorksheet('填写说明');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['申报汇总表', '填写说明']);
    const lines = summaryTemplateInstructions({ levels: LEVELS, routes: ROUTES });
    expect(help?.getCell('A1').value).toBe('填写说明');
    expect(lines.join('\n')).toMatch(/YYYY-MM-DD.*YYYY\.MM/);
    expect(lines.join('\n')).toMatch(/身份证号.*文本/);
    expect(lines.join('\n')).toMatch(/每行填写一名/);
    expect(help?.getCell(`A${lines.length}`).value).toBe(lines[lines.length - 1]);
  });
});
