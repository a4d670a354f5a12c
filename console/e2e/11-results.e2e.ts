import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, pickOption, shot, signInToDashboard } from './support';

const J = '11-results';

describe('合格判定: where each filed candidate stands under the pass rule', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the center sees the counts, filters the passed ones and reads every reason', async () => {
    const { page } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await page.getByRole('menuitem', { name: '合格判定', exact: true }).click();
    await page.waitForURL(/\/results/);
    const summary = page.getByTestId('results-summary');
    await expect.poll(() => summary.textContent()).toContain('已备案人数');
    const table = page.getByTestId('results-table');
    // An approved re-recognition passes without an exam.
    const approved = table.locator('tbody tr', { hasText: '认定通过' }).first();
    await expect.poll(() => approved.textContent()).toContain('合格');
    expect(await approved.textContent()).toContain('免于考核');
    await shot(page, J, '1-all');

    await page.getByTestId('outcome-filter').click();
    await pickOption(page, '不合格');
    await page.getByTestId('search').click();
    await page.waitForURL(/outcome=failed/);
    // The filtered page replaces the rows once it has loaded: wait for it, not for any rows.
    await expect
      .poll(async () => {
        const rows = await table.locator('tbody tr').allTextContents();
        return rows.length > 0 && rows.every((text) => text.includes('不合格'));
      })
      .toBe(true);
    await shot(page, J, '2-failed');
  });

  it('a unit sees only its own people', async () => {
    const { page } = await newPage(browser);
    await signInToDashboard(page, 'demo-unit2');
    await page.getByRole('menuitem', { name: '合格判定', exact: true }).click();
    const table = page.getByTestId('results-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    for (const text of await table.locator('tbody tr').allTextContents()) {
      expect(text).toContain('第二中学');
    }
    await shot(page, J, '3-unit');
  });
});
