import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, shot, signInToDashboard } from './support';

const J = '12-statistics';

describe('考核统计: the center’s figures of the city, a department’s of its own people', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the center sees the figures, the charts, every department, and exports them', async () => {
    const { page } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await page.getByRole('menuitem', { name: '考核统计', exact: true }).click();
    await page.waitForURL(/\/statistics/);
    const scope = page.getByTestId('statistics-scope');
    await expect.poll(() => scope.textContent()).toContain('全市');
    const kpis = page.getByTestId('statistics-kpis');
    expect(await kpis.textContent()).toContain('合格率');
    expect(await kpis.textContent()).toMatch(/\d+(\.\d)?%/);
    await expect.poll(() => page.locator('canvas').count()).toBe(2);
    const departments = page.getByTestId('statistics-departments');
    const rows = await departments.locator('tbody tr').allTextContents();
    expect(rows.at(-1)).toContain('合计');
    expect(rows.some((r) => r.includes('大连市演示教育局'))).toBe(true);
    expect(rows.length).toBeGreaterThan(2);
    await shot(page, J, '1-center');

    const download = page.waitForEvent('download');
    await page.getByTestId('statistics-export').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/年度考核统计-全市\.xlsx$/);
    expect(
      readFileSync((await file.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('a department sees only its own figures, without the table of departments', async () => {
    const { page } = await newPage(browser);
    await signInToDashboard(page, 'demo-dept');
    await page.getByRole('menuitem', { name: '考核统计', exact: true }).click();
    const scope = page.getByTestId('statistics-scope');
    await expect.poll(() => scope.textContent()).toContain('大连市演示教育局');
    await expect.poll(() => page.locator('canvas').count()).toBe(2);
    expect(await page.getByTestId('statistics-departments').count()).toBe(0);
    const routes = await page
      .getByTestId('statistics-routes')
      .locator('tbody tr')
      .allTextContents();
    expect(routes[0]).toContain('正常晋升');
    await shot(page, J, '2-department');
  });
});
