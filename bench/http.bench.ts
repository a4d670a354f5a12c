import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The request path under load (issue 12): the built service on a fresh SQLite file with the demo
 * data (DEMO=1), pinned to CPU 0, and autocannon in this process on CPU 1, bounded in time.
 * Prints requests per second, p50/p99 and the service's CPU time per request for the health
 * check, three scoped reads and their mix; BENCH_HTTP_OUT=<file> writes the table as JSON.
 * Not a test: it never fails on time. BENCH_HTTP_SECONDS (10) and BENCH_HTTP_CONNECTIONS (20).
 */

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 20);
const DEMO_PASSWORD = 'Demo#Bench2026';
const LOOKUP = `/api/v1/catalog/occupations/lookup?name=${encodeURIComponent('维修电工')}`;

interface Row {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time of the service (all its threads) per answered request, when /proc tells it. */
  cpuMicrosPerRequest: number | null;
  requests: number;
  non2xx: number;
  errors: number;
}

type Case = { name: string; requests: autocannon.Request[] };

const canPin = () =>
  process.platform === 'linux' &&
  availableParallelism() >= 2 &&
  spawnSync('taskset', ['-V']).status === 0;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function startService(dir: string, port: number, pin: boolean): ChildProcess {
  const main = join(__dirname, '..', 'src', 'main.js');
  const cmd = pin ? 'taskset' : process.execPath;
  const args = pin ? ['-c', '0', process.execPath, main] : [main];
  return spawn(cmd, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DB_PATH: join(dir, 'exam.sqlite'),
      KEY_DIR: join(dir, 'keys'),
      UPLOAD_DIR: join(dir, 'uploads'),
      ADMIN_PASSWORD: 'Bench#Chief2026',
      DEMO: '1',
      DEMO_PASSWORD,
      // The limits per client address would answer 429 to a load from one address.
      RATE_PER_MINUTE: '1000000000',
      LOGIN_RATE_PER_MINUTE: '100000',
    },
  });
}

async function waitForHealth(base: string, service: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (service.exitCode !== null) throw new Error(`service exited with ${service.exitCode}`);
    const ok = await fetch(`${base}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('service did not answer /health within 120 s');
}

async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const body = (await res.json()) as { accessToken?: string };
  if (!body.accessToken) throw new Error(`login ${username}: ${res.status}`);
  return body.accessToken;
}

async function firstRegistrationId(base: string, token: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/registrations`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = (await res.json()) as { items: { id: string }[] };
  if (!body.items?.length) throw new Error('the demo department has no registration');
  return body.items[0].id;
}

/** utime + stime of every thread of the process, in microseconds (Linux). */
function cpuMicros(pid: number | undefined): number | null {
  if (pid === undefined || process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const hz = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;
    return (ticks * 1e6) / hz;
  } catch {
    return null;
  }
}

async function run(base: string, c: Case, servicePid: number | undefined): Promise<Row> {
  const cpu0 = cpuMicros(servicePid);
  const r = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: c.requests,
  });
  const cpu1 = cpuMicros(servicePid);
  const answered = r.requests.total;
  return {
    name: c.name,
    requestsPerSecond: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    cpuMicrosPerRequest:
      cpu0 !== null && cpu1 !== null && answered ? Math.round((cpu1 - cpu0) / answered) : null,
    requests: answered,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

function print(rows: Row[]): void {
  const head = ['case', 'req/s', 'p50 ms', 'p99 ms', 'CPU µs/req', 'requests', 'non-2xx'];
  const lines = rows.map((r) => [
    r.name,
    String(r.requestsPerSecond),
    String(r.p50Ms),
    String(r.p99Ms),
    r.cpuMicrosPerRequest === null ? '–' : String(r.cpuMicrosPerRequest),
    String(r.requests),
    String(r.non2xx + r.errors),
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  for (const l of [head, ...lines]) {
    console.log(l.map((v, i) => (i === 0 ? v.padEnd(width[i]) : v.padStart(width[i]))).join('  '));
  }
}

async function main(): Promise<void> {
  const pin = canPin();
  if (pin) spawnSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' });
  const dir = mkdtempSync(join(tmpdir(), 'exam-bench-http-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = startService(dir, port, pin);
  try {
    await waitForHealth(base, service);
    const unit = await login(base, 'demo-unit');
    const dept = await login(base, 'demo-dept');
    const detail = `/api/v1/registrations/${await firstRegistrationId(base, dept)}`;
    const get = (path: string, token?: string): autocannon.Request => ({
      method: 'GET',
      path,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const cases: Case[] = [
      { name: 'health', requests: [get('/api/v1/health')] },
      { name: 'occupation look-up (unit)', requests: [get(LOOKUP, unit)] },
      { name: 'registration detail (department)', requests: [get(detail, dept)] },
      { name: 'registration list (department)', requests: [get('/api/v1/registrations', dept)] },
      {
        name: 'scoped read mix (1:1:1)',
        requests: [get(LOOKUP, unit), get(detail, dept), get('/api/v1/registrations', dept)],
      },
    ];
    console.log(
      `HTTP request path: ${CONNECTIONS} connections, ${SECONDS} s per case, ` +
        (pin ? 'service on CPU 0, load on CPU 1' : 'not pinned (taskset or a second CPU missing)'),
    );
    const rows: Row[] = [];
    for (const c of cases) rows.push(await run(base, c, service.pid));
    print(rows);
    const out = process.env.BENCH_HTTP_OUT;
    if (out) {
      const table = { connections: CONNECTIONS, seconds: SECONDS, pinned: pin, cases: rows };
      writeFileSync(out, JSON.stringify(table, null, 2));
    }
  } finally {
    service.kill('SIGTERM');
    await new Promise((r) => (service.exitCode !== null ? r(null) : service.once('exit', r)));
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
