import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const ADMIN_PASSWORD = 'Center#Chief2026';
export const DEMO_PASSWORD = 'Demo#Try2026';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    adminPassword: string;
    demoPassword: string;
  }
}

const root = resolve(import.meta.dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(
        `the service exited (${server.exitCode}):\n${readFileSync(log, 'utf8').slice(-3000)}`,
      );
    }
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `the service did not answer within 60 s:\n${readFileSync(log, 'utf8').slice(-3000)}`,
  );
}

/**
 * Before the service starts, on its database: the demo season (seeded as at every start) and a
 * 2025 session with candidates filed and seated nowhere yet (e2e/prepare/unpublished-year.mjs),
 * for the journey that allocates and publishes.
 */
async function prepareUnpublishedYear(
  env: Record<string, string | undefined>,
  out: number,
  log: string,
): Promise<void> {
  const script = join(root, 'console', 'e2e', 'prepare', 'unpublished-year.mjs');
  const prep = spawn(process.execPath, [script], { cwd: root, stdio: ['ignore', out, out], env });
  const code = await new Promise<number | null>((done) => prep.once('exit', done));
  if (code !== 0) {
    throw new Error(
      `preparing the unpublished year failed (${code}):\n${readFileSync(log, 'utf8').slice(-3000)}`,
    );
  }
}

/**
 * The real built service (`node dist/main.js`, serving console/dist) on a temporary SQLite
 * database with the DEMO=1 season, on a free port; stopped and removed after the run.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const built of ['dist/main.js', 'console/dist/index.html']) {
    if (!existsSync(join(root, built))) {
      throw new Error(`${built} is missing: run \`npm run build\` at the repository root first`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'exam-browser-'));
  const port = await freePort();
  const log = join(dir, 'server.log');
  const out = openSync(log, 'a');
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORT: String(port),
    DB_PATH: join(dir, 'exam.sqlite'),
    UPLOAD_DIR: join(dir, 'uploads'),
    ADMIN_PASSWORD,
    DEMO: '1',
    DEMO_PASSWORD,
    LOGIN_RATE_PER_MINUTE: '1000',
    RATE_PER_MINUTE: '100000',
  };
  await prepareUnpublishedYear(env, out, log);
  const server = spawn(process.execPath, ['dist/main.js'], {
    cwd: root,
    stdio: ['ignore', out, out],
    env,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHealth(baseURL, server, log);
  project.provide('baseURL', baseURL);
  project.provide('adminPassword', ADMIN_PASSWORD);
  project.provide('demoPassword', DEMO_PASSWORD);

  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => {
      if (server.exitCode !== null) return r(undefined);
      server.once('exit', r);
      setTimeout(r, 5000);
    });
    rmSync(dir, { recursive: true, force: true });
  };
}
