import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, shot, signInToDashboard } from './support';

const J = '09-scoring';
/** The demo leaves this sheet for a newcomer: nobody has keyed it yet. */
const SHEET = '汽车驾驶员实际操作考核';

async function menu(page: Page, name: string): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
}

/** Opens the sheet from 我的评分表 and keys every seat with the keyboard only, then submits. */
async function keySheet(page: Page, marks: (i: number) => string, screenshot?: string) {
  await menu(page, '我的评分表');
  const row = page.getByTestId('my-sheets-table').locator('tbody tr', { hasText: SHEET });
  await row.getByRole('button', { name: '开始录入' }).click();
  await page.getByTestId('score-entry').waitFor();
  const inputs = page.locator('[data-testid^="mark-"]');
  await expect.poll(() => inputs.count()).toBeGreaterThanOrEqual(2);
  const n = await inputs.count();
  await expect.poll(() => page.getByTestId('entry-empty').textContent()).toBe(String(n));
  // The first empty seat has the focus: type, Enter, and the next seat is focused.
  for (let i = 0; i < n; i++) {
    await page.keyboard.type(marks(i));
    await page.keyboard.press('Enter');
  }
  await expect.poll(() => page.getByTestId('entry-empty').textContent()).toBe('0');
  if (screenshot) await shot(page, J, screenshot);
  await page.getByTestId('submit-entry').click();
  await page.locator('.el-message-box').getByRole('button', { name: '提交' }).click();
  await expect.poll(() => page.getByTestId('score-entry').textContent()).toContain('已提交');
  return n;
}

describe('two graders key a room, the center settles two discrepancies and locks the sitting', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('demo-grader keys the first entry: a score, Q for 缺考, scores', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-grader');
    await menu(page, '我的评分表');
    await expect.poll(() => page.getByTestId('my-sheets-table').textContent()).toContain(SHEET);
    await shot(page, J, '1-my-sheets');
    await keySheet(page, (i) => (i === 0 ? '78' : i === 1 ? 'Q' : String(60 + i)), '2-entry');
    await context.close();
  });

  it('demo-grader2 keys the second entry, differing on two seats', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-grader2');
    await keySheet(page, (i) => (i === 0 ? '87' : i === 1 ? '60' : String(60 + i)));
    await context.close();
  });

  it('demo-staff resolves both discrepancies against the paper sheet and locks the sitting', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await menu(page, '差异核对');
    const table = page.getByTestId('discrepancy-table');
    const rows = table.locator('tbody tr', { hasText: '汽车驾驶员' });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('78 分');
    expect(await rows.first().textContent()).toContain('87 分');
    await shot(page, J, '3-discrepancies');
    for (const mark of ['78', 'Q']) {
      await rows.first().getByRole('button', { name: '核对' }).click();
      const dialog = page.locator('.el-dialog', { hasText: '核对纸质评分表' });
      await dialog.getByTestId('resolve-mark').fill(mark);
      await dialog.getByTestId('resolve-note').fill('核对纸质评分表，以第一录入为准');
      if (mark === '78') await shot(page, J, '4-resolve');
      await dialog.getByTestId('resolve-save').click();
      await dialog.waitFor({ state: 'hidden' });
    }
    await expect.poll(() => rows.count()).toBe(0);

    await menu(page, '评分表与锁定');
    const sheet = page.getByTestId('sheets-table').locator('tbody tr', { hasText: SHEET });
    await expect.poll(() => sheet.textContent()).toContain('已定稿');
    await sheet.getByRole('button', { name: '锁定场次' }).click();
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await expect.poll(() => sheet.textContent()).toContain('已锁定');
    await shot(page, J, '5-locked');
    await context.close();
  });

  it('after locking, the grader sees the sheet locked and cannot key it', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-grader');
    await menu(page, '我的评分表');
    const row = page.getByTestId('my-sheets-table').locator('tbody tr', { hasText: SHEET });
    await expect.poll(() => row.textContent()).toContain('已锁定');
    expect(await row.getByRole('button', { name: '继续录入' }).isDisabled()).toBe(true);
    await context.close();
  });
});
