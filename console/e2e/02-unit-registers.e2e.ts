import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFile, pngImage } from './files';
import { badIdNumber, idNumber, personName } from './people';
import { launch, newPage, pickOption, shot, signInToDashboard } from './support';

const J = '02-unit';

/** One 附件2 row (columns A–L) of a 高级工 driver applying for 技师, whom the rules admit. */
const row = (seq: number, name: string, id: string, workStart = '1995.07') => [
  String(seq),
  name,
  '男',
  `${id.slice(6, 10)}.${id.slice(10, 12)}`,
  id,
  '高中',
  workStart,
  '汽车驾驶员',
  '高级工',
  '2016-05-20',
  '汽车驾驶员',
  '技师',
];

async function fill(template: string, rows: string[][], out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(template) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet('申报汇总表')!;
  rows.forEach((cells, i) => cells.forEach((v, j) => (ws.getCell(7 + i, j + 1).value = v)));
  writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function chooseAndCheck(page: Page, file: string): Promise<void> {
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('dry-run').click();
  await page.getByTestId('import-result').waitFor();
}

describe('a unit imports 附件2 with errors, fixes it, and registers', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'exam-import-'));
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every row error in place before writing, then imports the fixed file', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-unit');
    await page.getByRole('menuitem', { name: '批量导入（附件2）' }).click();
    await page.getByTestId('import').waitFor();

    const download = page.waitForEvent('download');
    await page.getByTestId('template').click();
    const template = join(dir, 'template.xlsx');
    await (await download).saveAs(template);

    const [a, b, c] = [personName(), personName(), personName()];
    const ids = [idNumber('19700101'), idNumber('19720303'), idNumber('19730404')];
    const broken = join(dir, 'broken.xlsx');
    await fill(
      template,
      [row(1, a, ids[0]!), row(2, b, badIdNumber('19720303')), row(3, c, ids[2]!, '1995.13')],
      broken,
    );
    await chooseAndCheck(page, broken);
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('未写入任何数据');
    expect(text).toContain('身份证号');
    expect(text).toContain('参加工作时间');
    // Each error names its sheet row (data starts on row 7, which is fine) and its column.
    const rowCells = await errors.locator('tbody tr td:first-child').allTextContents();
    expect(new Set(rowCells.map((x) => x.trim()))).toEqual(new Set(['8', '9']));
    await shot(page, J, '1-import-errors');

    const fixed = join(dir, 'fixed.xlsx');
    await fill(template, [row(1, a, ids[0]!), row(2, b, ids[1]!), row(3, c, ids[2]!)], fixed);
    await chooseAndCheck(page, fixed);
    await page.getByTestId('commit').waitFor();
    await shot(page, J, '2-import-dry-run-ok');
    await page.getByTestId('commit').click();
    await expect.poll(() => page.getByTestId('import-done').textContent()).toContain('已导入 3 人');

    await page.getByRole('button', { name: '查看报名名单' }).click();
    await page.waitForURL(/status=registered/);
    const table = page.getByTestId('registrations-table');
    await expect.poll(() => table.textContent()).toContain(a);
    expect(await table.textContent()).toContain(b);
    expect(await table.textContent()).toContain(c);
    await shot(page, J, '3-registrations-list');
    await context.close();
  });

  it('registers one person on the form, with the verdict as the clerk types, then photo and papers', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-unit');
    await page.goto('/unit/registrations/new');
    const form = page.getByTestId('registration-form');
    await form.waitFor();
    const name = personName();
    await page.locator('input[name="name"]').fill(name);
    await form.getByText('女', { exact: true }).click();
    await page.locator('input[name="idNumber"]').fill(badIdNumber('19780315'));
    await form.getByPlaceholder('如 1975-03').fill('1978-03');
    await form.getByPlaceholder('如 1975-03').press('Enter');
    await form.locator('.el-form-item', { hasText: '文化程度' }).locator('.el-select').click();
    await pickOption(page, '高中');
    const workStart = form.locator('.el-form-item', { hasText: '参加工作时间' }).locator('input');
    await workStart.fill('2020-07-01');
    await workStart.press('Enter');
    await form.locator('.el-form-item', { hasText: '职种' }).locator('input').fill('中式烹调师');
    await form.locator('.el-form-item', { hasText: '等级' }).first().locator('.el-select').click();
    await pickOption(page, '中级工');
    const certDate = form.locator('.el-form-item', { hasText: '获证时间' }).locator('input');
    await certDate.fill('2018-06-01');
    await certDate.press('Enter');
    await page.locator('input[name="targetOccupation"]').fill('中式烹调师');
    await page.getByTestId('target-level').click();
    await pickOption(page, '高级工');

    // The verdict appears while typing: work started 2020, so not eligible, with the reasons.
    const panel = page.getByTestId('eligibility');
    await expect.poll(() => panel.getAttribute('data-eligible')).toBe('false');
    expect(await page.getByTestId('eligibility-reasons').textContent()).toMatch(/\S/);
    await shot(page, J, '4-form-not-eligible');

    await workStart.fill('1996-07-01');
    await workStart.press('Enter');
    await expect.poll(() => panel.getAttribute('data-eligible')).toBe('true');
    expect(await page.getByTestId('eligibility-verdict').textContent()).toMatch(
      /符合申报条件（二\(/,
    );

    // A wrong ID number comes back from the service onto its field.
    await page.getByTestId('save').click();
    const idItem = form.locator('.el-form-item', { has: page.locator('input[name="idNumber"]') });
    await expect
      .poll(() => idItem.locator('.el-form-item__error').textContent())
      .toContain('身份证');
    await shot(page, J, '5-form-field-error');

    await page.locator('input[name="idNumber"]').fill(idNumber('19780315', '女'));
    await page.getByTestId('save').click();
    await page.waitForURL(/\/unit\/registrations\/[0-9a-f-]{36}$/);
    await page.getByTestId('documents').waitFor();

    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: pngImage(295, 413) });
    await page.getByTestId('photo').locator('img').waitFor();
    const docs = page.getByTestId('documents');
    const certificate = docs.locator('li', { hasText: '原等级证书' });
    await expect.poll(() => certificate.textContent()).toContain('缺少');
    const chooser = page.waitForEvent('filechooser');
    await certificate.getByRole('button', { name: '上传 PDF' }).click();
    await (
      await chooser
    ).setFiles({ name: '中级工证书.pdf', mimeType: 'application/pdf', buffer: pdfFile() });
    await expect.poll(() => certificate.textContent()).toContain('已上传');
    await shot(page, J, '6-registered-with-papers');
    await context.close();
  });
});
