import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminPassword, launch, newPage, shot, signInToDashboard } from './support';

const J = '04-allocation';

/**
 * The demo session was allocated and published when it was seeded; the batches filed in the
 * review journey bring new candidates, whom the center seats with a re-run (after publishing
 * this takes the administrator and a reason) without moving anyone already seated.
 * The first allocation and its publishing run on the 2025 session, which the global set-up
 * prepared with four filed candidates, sittings and a room of two seats
 * (e2e/prepare/unpublished-year.mjs).
 */
describe('the center allocates rooms and seats and publishes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the administrator dry-runs a year not yet published, sees the shortage, adds a room, allocates and publishes', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'admin', adminPassword());
    await page.goto('/center/allocation?examYear=2025');
    const status = page.getByTestId('schedule-status');
    await expect.poll(() => status.textContent()).toContain('尚未编排');
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);

    await page.getByTestId('dry-run').click();
    const shortages = page.getByTestId('shortages');
    await expect
      .poll(() => page.getByTestId('allocation-refusal').textContent())
      .toContain('考场座位不足');
    expect(await shortages.locator('li').count()).toBeGreaterThan(0);
    expect(await shortages.textContent()).toMatch(/\d/);
    await shot(page, J, '1-shortage');

    // The shortage is fixed where rooms are managed; the allocation page keeps its year in the URL.
    await page.getByRole('menuitem', { name: '考点与房间' }).click();
    const venue = page
      .getByTestId('venues-table')
      .locator('tr', { hasText: '2025年浏览器测试考点' });
    await venue.getByRole('button', { name: '添加房间' }).click();
    const dialog = page.locator('.el-dialog', { hasText: '添加房间' });
    await dialog.getByPlaceholder('如 教学楼 101').fill('第二考场');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => venue.textContent()).toContain('32');
    await page.goBack();
    await expect.poll(() => page.url()).toContain('examYear=2025');
    await expect.poll(() => status.textContent()).toContain('尚未编排');

    await page.getByTestId('dry-run').click();
    const result = page.getByTestId('allocation-result');
    await expect.poll(() => result.textContent()).toContain('试编排结果（未写入）');
    expect(await page.getByTestId('allocation-refusal').count()).toBe(0);
    await page.getByTestId('allocate').click();
    await page.locator('.el-message-box').getByRole('button', { name: '编排' }).click();
    await expect.poll(() => result.textContent()).toContain('编排结果');
    await expect.poll(() => status.textContent()).toContain('已编排，未发布');
    expect(await status.textContent()).toContain('4 张');

    await page.getByTestId('publish').click();
    const confirm = page.locator('.el-message-box', { hasText: '发布准考证' });
    await expect.poll(() => confirm.textContent()).toContain('发布 2025 年度准考证');
    await shot(page, J, '2-publish-confirm');
    await confirm.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => status.textContent()).toContain('准考证已发布');
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);
    expect(await page.getByTestId('allocate').isDisabled()).toBe(true);
    await shot(page, J, '3-published');

    // Published for good: a reload on the same link shows the same year, still published.
    await page.reload();
    await expect.poll(() => status.textContent()).toContain('准考证已发布');
    expect(await status.textContent()).toContain('4 张');
    await context.close();
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
    await shot(page, J, '4-venues');

    await page.getByRole('menuitem', { name: '考试场次' }).click();
    const sittings = page.getByTestId('sittings-table');
    await expect.poll(() => sittings.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await sittings.textContent()).toContain('理论考试');
    await shot(page, J, '5-sittings');

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
    await shot(page, J, '6-dry-run');

    await page.getByTestId('allocate').click();
    await page.locator('.el-message-box').getByRole('button', { name: '编排' }).click();
    await expect.poll(() => result.textContent()).toContain('编排结果');
    await expect
      .poll(async () =>
        Number(/准考证(\d+)张/.exec((await status.textContent())!.replace(/\s/g, ''))?.[1]),
      )
      .toBeGreaterThan(before);
    await shot(page, J, '7-allocated');

    await page.getByRole('menuitem', { name: '考场资料' }).click();
    const rooms = page.getByTestId('exam-rooms-table');
    await expect.poll(() => rooms.locator('tbody tr').count()).toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await rooms.locator('tbody tr').first().getByRole('button', { name: '座位图' }).click();
    const pdf = readFileSync((await (await download).path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await shot(page, J, '8-exam-rooms');
    await context.close();
  });
});
