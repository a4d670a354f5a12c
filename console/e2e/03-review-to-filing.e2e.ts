import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, shot, signInToDashboard } from './support';

const J = '03-review';

/** The row of a person in the registrations table. */
const rowOf = (page: Page, name: string) =>
  page.getByTestId('registrations-table').locator('tr', { hasText: name }).first();

async function select(page: Page, name: string): Promise<void> {
  await rowOf(page, name).locator('.el-checkbox').first().click();
}

describe('review to 备案: unit review, publicity, department re-review, batch, center 备案', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a unit approves a registration and starts its publicity with the computed end date and the list PDF', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-unit4');
    await page.getByTestId('task-registered').click();
    await page.waitForURL(/\/unit\/registrations\?status=registered/);
    await expect.poll(() => rowOf(page, '朱红').count()).toBe(1);

    // Bulk actions stay disabled until a row is selected.
    expect(await page.getByTestId('bulk-approve').isDisabled()).toBe(true);
    await select(page, '朱红');
    await page.getByTestId('bulk-approve').click();
    const confirm = page.getByTestId('review-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('conduct-attested').click();
    await shot(page, J, '1-unit-review');
    await confirm.click();
    await page.waitForSelector('.el-message--success');

    await page.getByRole('button', { name: '重置' }).click();
    await page.waitForURL((u) => !u.search.includes('status'));
    await expect.poll(() => rowOf(page, '朱红').textContent()).toContain('单位审核通过');
    await select(page, '朱红');
    await page.getByTestId('bulk-publicity').click();
    const end = page.getByTestId('publicity-end');
    await expect.poll(() => end.textContent()).toMatch(/至 \d{4}年\d+月\d+日（5 个工作日）/);
    await page.getByPlaceholder('印在公示名单上，可留空手写').fill('办公室 朱老师');
    await shot(page, J, '2-publicity-dialog');
    await page.getByTestId('publicity-confirm').click();
    await page.getByTestId('publicity-started').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('publicity-pdf').click();
    const pdf = readFileSync((await (await download).path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await shot(page, J, '3-publicity-started');
    await page.getByRole('button', { name: '完成' }).click();
    await expect.poll(() => rowOf(page, '朱红').textContent()).toContain('公示中');

    // Its history names each step.
    await rowOf(page, '朱红').getByRole('button', { name: '记录' }).click();
    const history = page.getByTestId('history');
    await expect.poll(() => history.textContent()).toContain('开始公示');
    expect(await history.textContent()).toContain('单位审核通过');
    await shot(page, J, '4-history');
    await context.close();
  });

  it('the department re-reviews what its units submitted and reports the batch to the center', async () => {
    // Submission to the department waits for the day after publicity; the demo's 韩磊 is past it.
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-dept2');
    await page.getByTestId('task-submitted').click();
    await page.waitForURL(/\/department\/registrations\?status=submitted/);
    await expect.poll(() => rowOf(page, '韩磊').count()).toBe(1);
    await select(page, '韩磊');
    await page.getByTestId('bulk-approve').click();
    await page.getByTestId('review-confirm').click();
    await page.waitForSelector('.el-message--success');
    await shot(page, J, '5-department-review');

    await page.getByRole('menuitem', { name: '报送市中心' }).click();
    const report = page.getByTestId('report-batch');
    await expect.poll(() => report.textContent()).toMatch(/[1-9]\d*\s*人复审通过/);
    await page.getByTestId('submit-batch').click();
    await page.locator('.el-message-box').getByRole('button', { name: '报送' }).click();
    const detail = page.getByTestId('batch-detail');
    await expect.poll(() => detail.textContent()).toContain('韩磊');
    await shot(page, J, '6-batch-reported');
    await context.close();
  });

  it('the center files (备案) the batch', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await page.getByTestId('task-batches').click();
    await page.waitForURL(/\/center\/batches/);
    const table = page.getByTestId('batches-table');
    const waiting = table.locator('tr', { hasText: '已报送待备案' });
    await expect.poll(() => waiting.count()).toBeGreaterThan(0);
    await shot(page, J, '7-acceptance-queue');
    const before = await waiting.count();
    await waiting.first().getByRole('button', { name: '详情' }).click();
    await page.getByTestId('batch-detail').locator('.el-collapse-item').first().waitFor();
    await shot(page, J, '8-batch-detail');
    await page.getByTestId('accept-batch').click();
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await page.waitForSelector('.el-message--success');
    await expect.poll(() => waiting.count()).toBe(before - 1);
    // File the rest of the queue too, so the allocation journey has new candidates to seat.
    for (let left = before - 1; left > 0; left--) {
      await table
        .locator('.el-loading-mask')
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await waiting.first().getByRole('button', { name: '备案' }).click();
      await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
      await expect.poll(() => waiting.count()).toBe(left - 1);
    }
    await shot(page, J, '9-filed');
    await context.close();
  });
});
