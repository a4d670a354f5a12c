import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminPassword,
  apiToken,
  baseURL,
  launch,
  newPage,
  pickOption,
  shot,
  signIn,
  signInToDashboard,
} from './support';

const J = '06-center';

async function sheet(rows: string[][], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('机构');
  ws.addRow(['主管部门', '部门类型', '单位名称']);
  rows.forEach((r) => ws.addRow(r));
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function menu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
}

describe('the center sets up organizations, accounts, dates and reads the audit trail', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'exam-orgs-'));
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports organizations after a dry run shows the bad rows, then gives a new unit an account that must change its password', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'admin', adminPassword());
    await menu(page, '单位');
    await page.getByRole('button', { name: '批量导入' }).click();
    const unit = `浏览器测试单位${Date.now().toString(36)}`;
    const bad = join(dir, 'bad.xlsx');
    await sheet(
      [
        ['大连市浏览器测试局', '市直部门', unit],
        ['大连市浏览器测试局', '不知道什么部门', `${unit}二`],
      ],
      bad,
    );
    const input = page.getByTestId('organization-import').locator('input[type=file]');
    await input.setInputFiles(bad);
    await page.getByRole('button', { name: '预检（不写入）' }).click();
    const errors = page.getByTestId('import-errors');
    await expect.poll(() => errors.textContent()).toContain('部门类型');
    await shot(page, J, '1-organization-import-errors');
    const good = join(dir, 'good.xlsx');
    await sheet([['大连市浏览器测试局', '市直部门', unit]], good);
    await input.setInputFiles(good);
    await page.getByRole('button', { name: '预检（不写入）' }).click();
    await page.getByRole('button', { name: '确认导入' }).click();
    await page.locator('.el-result', { hasText: '已导入' }).waitFor();

    await menu(page, '账号');
    await page.getByTestId('add-account').click();
    const dialog = page.locator('.el-dialog', { hasText: '新增账号' });
    const username = `bt-${Date.now().toString(36)}`;
    await dialog.locator('input[name=username]').fill(username);
    await dialog.getByTestId('account-role').click();
    await pickOption(page, '单位用户');
    await dialog.locator('.el-form-item', { hasText: '主管部门' }).locator('.el-select').click();
    await page
      .locator('.el-select-dropdown:visible input')
      .fill('浏览器测试局')
      .catch(() => undefined);
    await pickOption(page, '大连市浏览器测试局');
    await dialog.locator('.el-form-item', { hasText: '单位' }).last().locator('.el-select').click();
    await pickOption(page, unit);
    await dialog.locator('input[name=displayName]').fill('测试单位经办人');
    await dialog.getByTestId('save-account').click();
    const password = await page
      .locator('input[data-testid=issued-password], [data-testid=issued-password] input')
      .first()
      .inputValue();
    expect(password).toHaveLength(12);
    await shot(page, J, '2-account-created');
    await context.close();

    // The new clerk must change the one-time password; the unit has no tickets yet, and the
    // download says so in Chinese (a JSON refusal where a file was expected).
    const { page: clerk, context: c2 } = await newPage(browser);
    await signIn(clerk, username, password);
    await clerk.getByTestId('first-login-notice').waitFor();
    await clerk.getByLabel('当前密码').fill(password);
    await clerk.getByLabel('新密码', { exact: true }).fill('Unit#Clerk2026');
    await clerk.getByLabel('确认新密码').fill('Unit#Clerk2026');
    await clerk.getByRole('button', { name: '修改密码' }).click();
    await clerk.getByTestId('dashboard').waitFor();
    await menu(clerk, '准考证下载');
    await clerk.getByTestId('ticket-window').waitFor();
    await clerk.getByTestId('tickets-pdf').click();
    await expect
      .poll(() => clerk.locator('.el-message--error').textContent())
      .toContain('没有可打印的准考证');
    await shot(clerk, J, '2b-no-tickets-refused');
    await c2.close();
  });

  it('shows the sessions, extensions, calendar and audit screens', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'admin', adminPassword());
    await menu(page, '考核年度与日期');
    await expect.poll(() => page.getByTestId('sessions-table').textContent()).toContain('当前');
    await shot(page, J, '3-sessions');

    await menu(page, '期限延长');
    await expect
      .poll(() => page.getByTestId('extensions-history').textContent())
      .toContain('延长至');
    await shot(page, J, '4-extensions');

    await menu(page, '工作日历');
    await expect.poll(() => page.getByTestId('calendar-years').textContent()).toContain('年');
    await shot(page, J, '5-calendar');

    await menu(page, '审计日志');
    const table = page.getByTestId('audit-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    await page.locator('.el-form-item', { hasText: '操作' }).first().locator('.el-select').click();
    await pickOption(page, '批次：中心备案');
    await page.getByTestId('search').click();
    await page.waitForURL(/action=/);
    await expect.poll(() => table.textContent()).toContain('批次：中心备案');
    await shot(page, J, '6-audit');
    await context.close();
  });

  it('a unit records an objection during publicity, and the center cancels a qualification', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-unit2');
    await page.goto('/unit/registrations?status=in-publicity');
    const row = page.getByTestId('registrations-table').locator('tr', { hasText: '卫东' }).first();
    await row.getByRole('button', { name: '异议' }).click();
    const box = page.locator('.el-message-box');
    await box.locator('textarea').fill('群众反映工作年限不实');
    await box.getByRole('button', { name: '确定' }).click();
    await page.getByRole('button', { name: '重置' }).click();
    await expect.poll(() => row.textContent()).toContain('单位退回');
    await context.close();

    const { page: center, context: c2 } = await newPage(browser);
    await signInToDashboard(center, 'demo-staff');
    await menu(center, '报名查询');
    await center.locator('.el-form-item', { hasText: '姓名' }).locator('input').fill('褚晓明');
    await center.getByTestId('search').click();
    await center.waitForURL(/name=/);
    const table = center.getByTestId('registrations-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await table.getByRole('button', { name: '褚晓明' }).click();
    const detail = center.getByTestId('registration-detail');
    await expect.poll(() => detail.textContent()).toContain('大连市演示第一中学');
    await center.getByRole('button', { name: '查看完整号码' }).click();
    await center.locator('.el-message-box').getByRole('button', { name: '查看' }).click();
    await expect.poll(() => detail.textContent()).toMatch(/\d{17}[\dX]/);
    await shot(center, J, '7-registration-detail');
    await center.getByRole('button', { name: '取消报考资格' }).click();
    const reason = center.locator('.el-message-box');
    await reason.locator('textarea').fill('提供虚假材料');
    await reason.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => table.textContent()).toContain('已取消报考资格');
    await c2.close();
  });
  it('finds one unit among some 600 in the unit picker, which never renders them all, and keeps it in the URL', async () => {
    const many = join(dir, 'many.xlsx');
    const dept = '大连市大量单位测试局';
    const name = (i: number) => `大量测试单位${String(i).padStart(3, '0')}号`;
    await sheet(
      Array.from({ length: 600 }, (_, i) => [dept, '市直部门', name(i + 1)]),
      many,
    );
    const body = new FormData();
    body.append('file', new Blob([readFileSync(many)]), 'many.xlsx');
    const imported = await fetch(`${baseURL()}/api/v1/organizations/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await apiToken('admin', adminPassword())}` },
      body,
    });
    expect(imported.status).toBe(201);

    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await menu(page, '报名查询');
    const picker = page.getByTestId('filter-unit');
    await picker.click();
    const dropdown = page.locator('.el-select-dropdown:visible');
    await expect
      .poll(() => dropdown.getByTestId('unit-picker-more').textContent())
      .toMatch(/共 6\d\d 个单位/);
    // The options render after the count line: wait for them.
    await expect.poll(() => dropdown.getByRole('option').count()).toBe(50);
    await page.keyboard.type('大量测试单位599');
    await expect.poll(() => dropdown.getByRole('option').allTextContents()).toEqual([name(599)]);
    await shot(page, J, '8-unit-picker');
    await dropdown.getByRole('option', { name: name(599) }).click();
    await page.getByTestId('search').click();
    await page.waitForURL(/unitId=/);
    await page.reload();
    await expect.poll(() => picker.textContent()).toContain(name(599));
    await context.close();
  });
});
