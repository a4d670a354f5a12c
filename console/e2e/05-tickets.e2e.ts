import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage, shot, signInToDashboard } from './support';

const J = '05-tickets';

describe('a department downloads tickets in the printing window', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sees the window dates, then downloads all tickets and one unit’s', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-dept');
    await page.getByRole('menuitem', { name: '准考证下载' }).click();
    const window = page.getByTestId('ticket-window');
    await expect
      .poll(() => window.textContent())
      .toMatch(/打印时间：\d{4}年\d+月\d+日 至 \d{4}年\d+月\d+日（正在打印期内/);
    await page.getByTestId('tickets-units').locator('tbody tr').first().waitFor();
    await shot(page, J, '1-tickets');

    const all = page.waitForEvent('download');
    await page.getByTestId('tickets-pdf').click();
    const file = await all;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync((await file.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);

    const one = page.waitForEvent('download');
    await page
      .getByTestId('tickets-units')
      .locator('tbody tr')
      .first()
      .getByRole('button', { name: 'ZIP' })
      .click();
    const zip = readFileSync((await (await one).path())!);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    await context.close();
  });
});
