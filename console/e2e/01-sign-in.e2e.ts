import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminPassword,
  apiCall,
  apiToken,
  launch,
  newPage,
  shot,
  signIn,
  signInToDashboard,
} from './support';

describe('sign-in, dashboards and the door check', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a wrong password in Chinese, and lands each role on its dashboard', async () => {
    const { page, context } = await newPage(browser);
    await signIn(page, 'demo-unit', 'Wrong#Password1');
    await expect
      .poll(() => page.getByTestId('login-error').textContent())
      .toContain('用户名或密码错误');
    await shot(page, '01-sign-in', '1-login-error');

    await signInToDashboard(page, 'demo-unit');
    await expect.poll(() => page.getByTestId('task-registered').textContent()).toMatch(/[1-9]/);
    // The demo departments' registration window was extended (补报): the unit sees its own dates.
    await expect.poll(() => page.getByTestId('deadlines').textContent()).toContain('已延期');
    // The navigation shows the unit's tasks, none of the center's.
    expect(await page.getByRole('menuitem', { name: '报名名单' }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: '备案受理' }).count()).toBe(0);
    await shot(page, '01-sign-in', '2-dashboard-unit');
    await context.close();

    for (const [user, role] of [
      ['demo-dept2', 'department'],
      ['demo-staff', 'center'],
    ] as const) {
      const { page: p, context: c } = await newPage(browser);
      await signInToDashboard(p, user);
      await expect.poll(() => p.getByTestId('deadlines').textContent()).toContain('准考证打印');
      await shot(p, '01-sign-in', `3-dashboard-${role}`);
      await c.close();
    }
  });

  it('forces a change of the initial password at first sign-in', async () => {
    const admin = await apiToken('admin', adminPassword());
    const username = `first-${Date.now().toString(36)}`;
    await apiCall(admin, 'POST', '/accounts', {
      username,
      displayName: '首次登录测试',
      role: 'center-staff',
      password: 'Initial#Pass2026',
    });
    const { page, context } = await newPage(browser);
    await signIn(page, username, 'Initial#Pass2026');
    await page.getByTestId('first-login-notice').waitFor();
    // Other pages stay closed until the password is changed.
    await page.goto('/dashboard');
    await page.getByTestId('first-login-notice').waitFor();
    await page.getByLabel('当前密码').fill('Initial#Pass2026');
    await page.getByLabel('新密码', { exact: true }).fill('short');
    await page.getByLabel('确认新密码').fill('short');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect
      .poll(() => page.locator('.el-form-item__error').first().textContent())
      .toContain('至少 10 位');
    await shot(page, '01-sign-in', '4-first-password');
    await page.getByLabel('新密码', { exact: true }).fill('Changed#Pass2026');
    await page.getByLabel('确认新密码').fill('Changed#Pass2026');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByTestId('dashboard').waitFor();
    await context.close();
  });

  it('warns before the idle sign-out, keeps the session on 继续使用, then signs out and says why', async () => {
    const { page, context } = await newPage(browser);
    await page.goto('/login');
    // 16 seconds of idle time: the warning comes half-way (a minute before, in real use).
    await page.evaluate(() => localStorage.setItem('exam-console-idle-seconds', '16'));
    await signInToDashboard(page, 'demo-unit');
    const seconds = page.getByTestId('idle-seconds');
    await seconds.waitFor({ timeout: 20_000 });
    expect(Number(await seconds.textContent())).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('.el-dialog').filter({ has: seconds }).textContent())
      .toContain('即将因长时间未操作而退出登录');
    await shot(page, '01-sign-in', '5-idle-warning');
    await page.getByTestId('idle-keep').click();
    await seconds.waitFor({ state: 'hidden' });
    expect(page.url()).toContain('/dashboard');

    await page.waitForURL(/\/login/, { timeout: 25_000 });
    await expect
      .poll(() => page.locator('.el-alert').first().textContent())
      .toContain('长时间未操作');
    await context.close();
  });

  it('checks a ticket at the door on a phone without signing in', async () => {
    const { page, context } = await newPage(browser, { width: 390, height: 844 });
    await page.goto('/check');
    await page.getByTestId('ticket-code').fill('DLGQ:2026100101:forged');
    await page.getByTestId('verify').click();
    const result = page.getByTestId('verify-result');
    await expect.poll(() => result.getAttribute('data-valid')).toBe('false');
    await expect.poll(() => result.textContent()).toContain('无效');
    await shot(page, '01-sign-in', '6-door-check-phone');
    await context.close();
  });
});
