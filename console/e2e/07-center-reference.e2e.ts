import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminPassword,
  launch,
  newPage,
  pickOption,
  shot,
  signIn,
  signInToDashboard,
} from './support';

const J = '07-center';
const HEADERS = ['用户名', '姓名', '角色', '所属主管部门', '所属单位'];

async function sheet(rows: (string | null)[][], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('账号');
  ws.addRow(HEADERS);
  rows.forEach((r) => ws.addRow(r));
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function readXlsx(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

async function menu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
}

describe('the center imports accounts, keeps the occupation catalog and reads a session’s rules', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'exam-accounts-'));
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports accounts: a unit under the wrong department is refused, fixed, committed, and the passwords handed out as Excel', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'admin', adminPassword());
    await menu(page, '账号');
    await page.getByRole('button', { name: '批量导入' }).click();
    const box = page.getByTestId('account-import');

    const template = page.waitForEvent('download');
    await box.getByRole('button', { name: '下载导入模板' }).click();
    const saved = join(dir, 'template.xlsx');
    await (await template).saveAs(saved);
    expect((await readXlsx(saved))[0]).toEqual(HEADERS);

    const tag = Date.now().toString(36);
    const rows = (unitDept: string) => [
      [`bt-dept-${tag}`, '演示教育局新经办人', '主管部门用户', '大连市演示教育局', null],
      [`bt-unit-${tag}`, '档案馆新经办人', '单位用户', unitDept, '演示区档案馆'],
      [`bt-grader-${tag}`, '评分员丙', '评分员', null, null],
    ];
    const bad = join(dir, 'bad.xlsx');
    await sheet(rows('大连市演示教育局'), bad);
    const input = box.locator('input[type=file]');
    await input.setInputFiles(bad);
    await box.getByRole('button', { name: '预检（不写入）' }).click();
    const errors = page.getByTestId('import-errors');
    await expect
      .poll(() => errors.textContent())
      .toContain('单位“演示区档案馆”不属于主管部门“大连市演示教育局”');
    await shot(page, J, '1-account-import-errors');

    const good = join(dir, 'good.xlsx');
    await sheet(rows('演示区人力资源和社会保障局'), good);
    await input.setInputFiles(good);
    await box.getByRole('button', { name: '预检（不写入）' }).click();
    await page.getByTestId('commit-import').click();
    await page.locator('.el-message-box').getByRole('button', { name: '导入' }).click();
    await page.getByTestId('passwords-once').waitFor();
    const table = page.getByTestId('imported-accounts');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    await shot(page, J, '2-account-import-passwords');

    const handout = page.waitForEvent('download');
    await page.getByTestId('download-passwords').click();
    const download = await handout;
    expect(download.suggestedFilename()).toBe('账号与临时密码.xlsx');
    const sheetPath = join(dir, 'passwords.xlsx');
    await download.saveAs(sheetPath);
    const handed = await readXlsx(sheetPath);
    expect(handed).toHaveLength(4);
    expect(handed[2]!.slice(0, 5)).toEqual([
      `bt-unit-${tag}`,
      '档案馆新经办人',
      '单位用户',
      '演示区人力资源和社会保障局',
      '演示区档案馆',
    ]);
    const password = String(handed[2]![5]);
    expect(password).toHaveLength(12);
    await context.close();

    // The new clerk signs in with the handed-out password and must change it first.
    const { page: clerk, context: c2 } = await newPage(browser);
    await signIn(clerk, `bt-unit-${tag}`, password);
    await clerk.getByTestId('first-login-notice').waitFor();
    await c2.close();
  });

  it('keeps the occupation catalog: search in the URL, a server refusal on its field, then a new occupation', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await menu(page, '职业（工种）目录');
    const table = page.getByTestId('occupations-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(5);
    await page.locator('.el-form-item', { hasText: '名称' }).locator('input').fill('电工');
    await page.getByTestId('search').click();
    await page.waitForURL(/q=/);
    await expect.poll(() => table.textContent()).toContain('维修电工');
    await page.getByTestId('paper-categories').getByText('计算机操作员').first().waitFor();
    await shot(page, J, '3-occupations');

    await page.getByTestId('add-occupation').click();
    const dialog = page.locator('.el-dialog', { hasText: '新增职业（工种）' });
    await dialog.getByTestId('save-occupation').click();
    await expect.poll(() => dialog.locator('.el-form-item__error').count()).toBeGreaterThan(0);
    await shot(page, J, '4-occupation-field-error');
    const name = `浏览器测试工${Date.now().toString(36)}`;
    await dialog.locator('input[name=occupationName]').fill(name);
    await dialog.getByTestId('tech-class').click();
    await pickOption(page, '附件1 二类');
    await dialog.getByTestId('save-occupation').click();
    await page.locator('.el-message--success').waitFor();
    await page.locator('.el-form-item', { hasText: '名称' }).locator('input').fill(name);
    await page.getByTestId('search').click();
    await expect.poll(() => table.textContent()).toContain('附件1 二类');
    await context.close();

    const { page: unit, context: c2 } = await newPage(browser);
    await signInToDashboard(unit, 'demo-unit');
    await menu(unit, '职业（工种）目录');
    await expect.poll(() => unit.getByRole('toolbar').textContent()).toContain('（只读）');
    await expect
      .poll(() => unit.getByTestId('occupations-table').locator('tbody tr').count())
      .toBeGreaterThan(5);
    expect(await unit.getByTestId('add-occupation').count()).toBe(0);
    await c2.close();
  });

  it('shows a session’s rules in Chinese and refuses a bad title table and pass mark with the server’s message', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'admin', adminPassword());
    await menu(page, '考核年度与日期');
    const sessions = page.getByTestId('sessions-table');
    const current = sessions.locator('tr', { has: page.locator('.el-tag', { hasText: '当前' }) });
    await current.getByTestId('show-rules').click();
    const drawer = page.getByTestId('session-rules');
    await expect.poll(() => drawer.textContent()).toContain('取得高级工证书满 5 年');
    await expect.poll(() => drawer.textContent()).toContain('助理工程师');
    await shot(page, J, '5-session-rules');

    const titles = page.getByTestId('title-table');
    await titles.getByRole('button', { name: '编辑对照表' }).click();
    await titles.getByRole('button', { name: '新增一行' }).click();
    await titles.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await expect
      .poll(() => page.locator('.el-message--error').textContent())
      .toContain('个职务的名称为空');
    await shot(page, J, '6-title-table-refused');
    const last = titles.locator('tbody tr').last();
    await last.locator('input').nth(0).fill('助理政工师');
    await last.locator('input').nth(1).fill('思想政治工作');
    await titles.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await page.locator('.el-message--success', { hasText: '职务对照表已保存' }).waitFor();
    await expect.poll(() => titles.textContent()).toContain('助理政工师');
    await page.keyboard.press('Escape');

    await current.getByRole('button', { name: '修改' }).click();
    const dialog = page.locator('.el-dialog', { hasText: '年度' });
    const pass = dialog
      .locator('.el-form-item', { hasText: '合格分数线' })
      .locator('input')
      .first();
    await pass.fill('120');
    await pass.press('Tab');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '保存' }).click();
    await expect
      .poll(() => dialog.locator('.el-alert').textContent())
      .toContain('合格分数须大于 0 且不超过满分');
    await shot(page, J, '7-pass-mark-refused');
    await context.close();
  });
});
