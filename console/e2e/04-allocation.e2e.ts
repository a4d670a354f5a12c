import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, launch, newPage, shot, signInToDashboard } from './support';

const J = '04-allocation';

/**
 * The demo session was allocated and published when it was seeded; the batches filed in the
 * review journey bring new candidates, whom the center seats with a re-run (after publishing
 * this takes the administrator and a reason) without moving anyone already seated.
 */
describe('the center allocates rooms and seats and publishes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('staff see that a published allocation is locked for them', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await page.goto('/center/allocation');
    await expect
      .poll(() => page.getByTestId('schedule-status').textContent())
      .toContain('准考证已发布');
    expect(await page.getByTestId('allocate').isDisabled()).toBe(true);
    expect(await page.getByTestId('dry-run').isDisabled()).toBe(true);
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);
    await context.close();
  });

  it('the administrator adds a room, checks the sittings, dry-runs, seats the new candidates, and prints room sheets', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'admin', adminPassword());

    await page.getByRole('menuitem', { name: '考点与房间' }).click();
    const venues = page.getByTestId('venues-table');
    await expect.poll(() => venues.textContent()).toContain('演示考点');
    await venues.getByRole('button', { name: '添加房间' }).first().click();
    const dialog = page.locator('.el-dialog', { hasText: '添加房间' });
    await dialog.getByPlaceholder('如 教学楼 101').fill('第三考场');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => venues.textContent()).toContain('第三考场');
    await shot(page, J, '1-venues');

    await page.getByRole('menuitem', { name: '考试场次' }).click();
    const sittings = page.getByTestId('sittings-table');
    await expect.poll(() => sittings.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await sittings.textContent()).toContain('理论考试');
    await shot(page, J, '2-sittings');

    await page.getByRole('menuitem', { name: '编排与发布' }).click();
    const status = page.getByTestId('schedule-status');
    await expect.poll(() => status.textContent()).toContain('准考证已发布');
    const before = Number(
      /准考证(\d+)张/.exec((await status.textContent())!.replace(/\s/g, ''))?.[1] ?? NaN,
    );

    expect(await page.getByTestId('dry-run').isDisabled()).toBe(true);
    await page.getByTestId('reason').fill('补录备案考生');
    await page.getByTestId('dry-run').click();
    const result = page.getByTestId('allocation-result');
    await expect.poll(() => result.textContent()).toContain('试编排结果（未写入）');
    const placed = Number(
      /新排座位(\d+)/.exec((await result.textContent())!.replace(/\s/g, ''))?.[1],
    );
    expect(placed).toBeGreaterThan(0);
    await shot(page, J, '3-dry-run');

    await page.getByTestId('allocate').click();
    await page.locator('.el-message-box').getByRole('button', { name: '编排' }).click();
    await expect.poll(() => result.textContent()).toContain('编排结果');
    await expect
      .poll(async () =>
        Number(/准考证(\d+)张/.exec((await status.textContent())!.replace(/\s/g, ''))?.[1]),
      )
      .toBeGreaterThan(before);
    await shot(page, J, '4-allocated');

    await page.getByRole('menuitem', { name: '考场资料' }).click();
    const rooms = page.getByTestId('exam-rooms-table');
    await expect.poll(() => rooms.locator('tbody tr').count()).toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await rooms.locator('tbody tr').first().getByRole('button', { name: '座位图' }).click();
    const pdf = readFileSync((await (await download).path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await shot(page, J, '5-exam-rooms');
    await context.close();
  });
});
