import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Where each journey leaves a screenshot of each main screen (git-ignored; see README). */
export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');

export const baseURL = () => inject('baseURL');
export const demoPassword = () => inject('demoPassword');
export const adminPassword = () => inject('adminPassword');

/** Debian's Chromium, headless, never a downloaded browser (see STACK.md). */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
    ],
  });
}

/** A fresh context (its own storage) at the clerks' smallest screen, 1366×768. */
export async function newPage(
  browser: Browser,
  viewport = { width: 1366, height: 768 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export async function signIn(
  page: Page,
  username: string,
  password = demoPassword(),
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

export async function signInToDashboard(
  page: Page,
  username: string,
  password?: string,
): Promise<void> {
  await signIn(page, username, password);
  await page.getByTestId('dashboard').waitFor();
}

/** Saves `screenshots/<journey>-<step>.png` once the page has settled (no spinners). */
export async function shot(page: Page, journey: string, step: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page
    .locator('.el-loading-mask')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
  // A settled screen: no fade or slide half-way through (endless spinners aside).
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
      undefined,
      { timeout: 3000 },
    )
    .catch(() => undefined);
  await page.screenshot({ path: join(SCREENSHOTS, `${journey}-${step}.png`), fullPage: true });
}

/** A token for set-up calls that a journey does not drive through the screens. */
export async function apiToken(username: string, password = demoPassword()): Promise<string> {
  const res = await fetch(`${baseURL()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function apiCall<T>(
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await fetch(`${baseURL()}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Picks an option of the Element Plus select that is open now (closed ones stay in the page). */
export async function pickOption(page: Page, name: string): Promise<void> {
  const dropdown = page.locator('.el-select-dropdown:visible');
  await dropdown.waitFor();
  const handle = await dropdown.elementHandle();
  await dropdown.getByRole('option', { name, exact: true }).click();
  await handle?.waitForElementState('hidden');
}
