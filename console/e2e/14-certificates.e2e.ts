import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, launch, newPage, shot, signInToDashboard } from './support';

const J = '14-certificates';

const STATES = ['未发布', '已发布', '已重新开放'];

async function openPublication(page: Page): Promise<string> {
  await page.getByRole('menuitem', { name: '结果发布', exact: true }).click();
  await page.waitForURL(/\/results\/publication/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('结果发布');
  const state = page.getByTestId('publication-state');
  await expect.poll(() => state.count()).toBe(1);
  return (await state.textContent())?.trim() ?? '';
}

async function openCertificates(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '合格证明', exact: true }).click();
  await page.waitForURL(/\/certificates/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('合格证明');
  await page.getByTestId('certificates-table').waitFor();
  await page
    .getByTestId('certificates-table')
    .locator('.el-loading-mask')
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}

describe('结果发布 and 合格证明: the center publishes, a department downloads its certificates', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the center sees the publication state, what blocks it or who published, and the pass list', async () => {
    const { page } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    const state = await openPublication(page);
    expect(STATES).toContain(state);
    const status = page.getByTestId('publication-status');
    for (const label of ['已备案考生', '考核合格', '合格证明', '发证日期', '发布']) {
      expect(await status.textContent()).toContain(label);
    }
    const blockers = page.getByTestId('publication-blockers');
    const publish = page.getByTestId('publish-results');
    if (state === '已发布') {
      // Published: frozen, no publish button; the pass list in both editions and formats.
      expect(await blockers.count()).toBe(0);
      expect(await publish.count()).toBe(0);
      expect(await status.textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
      const pdf = page.waitForEvent('download');
      await page.getByTestId('pass-list-public-pdf').click();
      expect(
        readFileSync((await (await pdf).path())!)
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    } else if ((await blockers.count()) > 0) {
      // Not ready: each blocker listed in Chinese, publishing disabled.
      expect(await blockers.locator('li').count()).toBeGreaterThan(0);
      expect(await blockers.textContent()).toMatch(/[\u4e00-\u9fa5]/);
      expect(await publish.isDisabled()).toBe(true);
      // Before the first publishing the center gets a preview of the pass list; once published
      // (also while reopened) the two editions of the list published.
      const firstTime = state === '未发布';
      expect(await page.getByTestId('pass-list-preview-note').count()).toBe(firstTime ? 1 : 0);
      expect(await page.getByTestId('pass-list-internal-xlsx').count()).toBe(firstTime ? 0 : 1);
    } else {
      // Ready: the button asks first and says what publishing does; cancelling changes nothing.
      await publish.click();
      const box = page.locator('.el-message-box');
      await expect.poll(() => box.textContent()).toContain('核发合格证明');
      expect(await box.textContent()).toContain('冻结');
      await shot(page, J, '0-confirm');
      await box.getByRole('button', { name: '取消' }).click();
      await box.waitFor({ state: 'hidden' });
    }
    // Only the administrator reopens.
    expect(await page.getByTestId('reopen-results').count()).toBe(0);
    await shot(page, J, '1-publication-center');
  });

  it('the administrator sees the same state, and 重新开放 when published', async () => {
    const { page } = await newPage(browser);
    await signInToDashboard(page, 'admin', adminPassword());
    const state = await openPublication(page);
    expect(await page.getByTestId('reopen-results').count()).toBe(state === '已发布' ? 1 : 0);
    if (state === '已发布') {
      await page.getByTestId('reopen-results').click();
      const dialog = page.getByRole('dialog', { name: '重新开放考核结果' });
      await dialog.waitFor();
      // A reason is required; closing leaves the results published.
      expect(await dialog.getByTestId('reopen-confirm').isDisabled()).toBe(true);
      await shot(page, J, '2-reopen-dialog');
      await dialog.getByRole('button', { name: '取消' }).click();
    }
  });

  it('the center lists the certificates with filters in the URL and picks a department to download', async () => {
    const { page } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await openCertificates(page);
    const table = page.getByTestId('certificates-table');
    const headers = await table.locator('thead').textContent();
    for (const h of ['证书编号', '姓名', '身份证号', '单位', '职业（工种）', '等级', '状态']) {
      expect(headers).toContain(h);
    }
    // The center downloads a department's batch once it picked one.
    expect(await page.getByTestId('batch-hint').count()).toBe(1);
    expect(await page.getByTestId('batch-pdf').count()).toBe(0);
    await page.getByTestId('certificates-q').fill('DL');
    await page.getByTestId('certificates-q').press('Enter');
    await page.waitForURL(/[?&]q=DL/);
    await shot(page, J, '3-certificates-center');
  });

  it('a demo department opens 合格证明 (and not 结果发布) with its own batch downloads', async () => {
    const { page } = await newPage(browser);
    await signInToDashboard(page, 'demo-dept');
    expect(await page.getByRole('menuitem', { name: '结果发布', exact: true }).count()).toBe(0);
    await openCertificates(page);
    await expect
      .poll(() => page.getByTestId('batch-pdf').textContent())
      .toContain('下载本部门证书');
    expect(await page.getByTestId('batch-zip').count()).toBe(1);
    const rows = page.getByTestId('certificates-table').locator('tbody tr');
    if ((await rows.count()) > 0) {
      // Published demo: only its own people, with masked ID numbers; one signed PDF each.
      for (const text of await rows.allTextContents()) expect(text).not.toMatch(/\d{17}[\dX]/);
      const first = (await rows.first().locator('td').first().textContent())?.trim() ?? '';
      const pdf = page.waitForEvent('download');
      await page.getByTestId(`pdf-${first}`).click();
      expect(
        readFileSync((await (await pdf).path())!)
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      expect(await page.getByTestId(`revoke-${first}`).count()).toBe(0);
    }
    await shot(page, J, '4-certificates-department');
  });
});
