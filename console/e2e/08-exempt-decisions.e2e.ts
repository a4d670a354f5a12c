import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, shot, signInToDashboard } from './support';

const J = '08-exempt';

const rowOf = (page: Page, name: string) =>
  page.getByTestId('exempt-table').locator('tr', { hasText: name }).first();

describe('免考复核认定 (二(九)): the center decides a re-recognition against its evidence', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the center opens the certificate PDF, approves the pending re-recognition and sees it in the history', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await page.getByRole('menuitem', { name: '免考复核认定', exact: true }).click();
    await page.waitForURL(/\/center\/exempt-reviews/);

    // The demo holds one decision of each kind: approved, rejected (with its reason), pending.
    const row = rowOf(page, '林晓燕');
    await expect.poll(() => row.textContent()).toContain('待认定');
    expect(await rowOf(page, '高峰').textContent()).toContain('不予认定');
    expect(await rowOf(page, '高峰').textContent()).toContain('承诺书');
    expect(await row.textContent()).toContain('S000021020000243002468');
    expect(await row.textContent()).toContain('全国联网查询已核查');
    await shot(page, J, '1-list');

    // The evidence opens as a PDF in a new tab, fetched with the token.
    const popup = context.waitForEvent('page');
    await row.getByTestId('doc-national-certificate').click();
    const tab = await popup;
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    await tab.close();

    await page.getByTestId('approve-林晓燕').click();
    const box = page.locator('.el-message-box');
    await expect.poll(() => box.textContent()).toContain('认定通过后免于考核');
    await box.getByRole('button', { name: '确定' }).click();
    await page.waitForSelector('.el-message--success');
    await expect.poll(() => row.textContent()).toContain('认定通过');
    expect(await row.textContent()).toContain('demo-staff');
    await shot(page, J, '2-approved');

    // A rejection needs a reason: the prompt refuses an empty one.
    await page.getByTestId('reject-林晓燕').click();
    await expect.poll(() => box.textContent()).toContain('更改认定（现为“认定通过”）的原因');
    await box.getByRole('button', { name: '不予认定' }).click();
    await expect.poll(() => box.textContent()).toContain('请填写原因');
    await box.getByRole('button', { name: '取消' }).click();

    await row.getByRole('button', { name: '记录' }).click();
    const history = page.getByTestId('history');
    await expect.poll(() => history.textContent()).toContain('免考复核认定：认定通过');
    expect(await history.textContent()).toContain('中心备案');
    await shot(page, J, '3-history');
    await context.close();
  });
});
