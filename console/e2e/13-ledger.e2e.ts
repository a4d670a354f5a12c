import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFile } from './files';
import { idNumber, personName } from './people';
import { apiToken, baseURL, launch, newPage, shot, signInToDashboard } from './support';

const J = '13-ledger';

describe('the center keeps the certificate ledger, and a unit’s form is pre-filled from it', () => {
  let browser: Browser;
  const person = idNumber('19720408');
  const name = personName();
  beforeAll(async () => {
    browser = await launch();
    const token = await apiToken('demo-staff');
    const form = new FormData();
    const fields = {
      idNumber: person,
      name,
      occupation: '汽车驾驶员',
      level: 'senior',
      certDate: '2018-10-15',
      certificateNumber: 'LN2018-0415',
      issuer: '大连市人力资源和社会保障局',
      note: '原件已核验',
    };
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append(
      'file',
      new Blob([new Uint8Array(pdfFile())], { type: 'application/pdf' }),
      '合格证明.pdf',
    );
    const res = await fetch(`${baseURL()}/api/v1/ledger`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    if (res.status !== 201) throw new Error(`ledger: ${res.status} ${await res.text()}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds the paper entry, corrects it with a reason, and shows the history', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-staff');
    await page.getByRole('menuitem', { name: '证书台账' }).click();
    const table = page.getByTestId('ledger-table');
    await table.waitFor();
    await page.getByTestId('ledger-id-filter').fill(person);
    await page.getByTestId('ledger-id-filter').press('Enter');
    await expect.poll(() => table.textContent()).toContain(name);
    expect(await table.textContent()).toContain('纸质证书');
    await shot(page, J, '1-list');

    await page.getByTestId('ledger-add').click();
    await page.getByTestId('paper-entry-form').waitFor();
    await shot(page, J, '2-paper-entry');
    await page.keyboard.press('Escape');

    await table.getByRole('button', { name: '更正' }).first().click();
    const correct = page.getByTestId('correct-form');
    await correct.waitFor();
    await correct.locator('.el-form-item', { hasText: '姓名' }).locator('input').fill(`${name}甲`);
    await page.getByTestId('correct-reason').fill('按证书原件更正姓名');
    await shot(page, J, '3-correct');
    await page.getByTestId('correct-save').click();
    await expect.poll(() => table.textContent()).toContain(`${name}甲`);

    await table.getByRole('button', { name: '记录' }).first().click();
    const history = page.getByTestId('ledger-history');
    await expect.poll(() => history.textContent()).toContain('按证书原件更正姓名');
    await shot(page, J, '4-history');
    await context.close();
  });

  it('pre-fills and locks 现职业等级 on a unit’s new registration', async () => {
    const { page, context } = await newPage(browser);
    await signInToDashboard(page, 'demo-unit');
    await page.goto('/unit/registrations/new');
    await page.getByTestId('registration-form').waitFor();
    await page.locator('input[name="idNumber"]').fill(person);
    const note = page.getByTestId('ledger-prefill');
    await note.waitFor();
    expect(await note.textContent()).toContain(
      '已按证书台账填写：汽车驾驶员 高级工，2018-10-15 取得',
    );
    expect(await page.locator('input[name="currentOccupation"]').inputValue()).toBe('汽车驾驶员');
    expect(
      await page.locator('input[name="currentOccupation"]').getAttribute('readonly'),
    ).not.toBeNull();
    await shot(page, J, '5-prefilled');
    await context.close();
  });
});
