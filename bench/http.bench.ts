import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLoadFixture, FIXTURE_PASSWORD, type LoadFixture } from './http-fixture';
import { ScoreWriteLoad, type WriteTally, type WriteVerification } from './score-writes';

/**
 * The request path under load (issue 12): the built service on a fresh SQLite file with the demo
 * data (DEMO=1), pinned to CPU 0, and autocannon in this process on CPU 1, bounded in time.
 * Prints requests per second, p50/p99 and the service's CPU time per request for the health
 * check, three scoped reads and their mix. Then, on a season's scale (4 departments × 1,000
 * registrations made through the API, see http-fixture.ts), the read mix alone and while the four
 * departments download their 1,000 tickets each, and graders saving score entries, every
 * acknowledged save checked afterwards. BENCH_HTTP_OUT=<file> writes the table as JSON.
 * Not a test: it never fails on time. BENCH_HTTP_SECONDS (10), BENCH_HTTP_CONNECTIONS (20),
 * BENCH_HTTP_SEASON=0 skips the season cases, BENCH_HTTP_PER_DEPARTMENT (1000),
 * BENCH_HTTP_ONLY=season skips the demo cases, BENCH_HTTP_CPU_PROF=<dir> profiles the services.
 */

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 20);
const SEASON = process.env.BENCH_HTTP_SEASON !== '0';
const PER_DEPARTMENT = Number(process.env.BENCH_HTTP_PER_DEPARTMENT ?? 1000);
const DEPARTMENTS = 4;
const GRADERS = 16;
const ENTRIES_PER_GRADER = 4;
/** 2025-08-19 10:00 in Beijing: inside the ticket print window (四: 08-18 to 08-20). */
const SEASON_NOW = '2025-08-19T02:00:00Z';
/** The read mix's offered rate in the second download round: a busy day, not a saturating load. */
const READ_RATE = Number(process.env.BENCH_HTTP_READ_RATE ?? 100);
/** Upper bound of the reads that run while the tickets download. */
const DOWNLOAD_CAP_SECONDS = 600;
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

type Case = {
  name: string;
  requests: autocannon.Request[];
  connections?: number;
  /** Requests per second offered by all connections together (none: as fast as answered). */
  rate?: number;
};

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

function startService(
  script: string,
  env: Record<string, string>,
  port: number,
  pin: boolean,
): ChildProcess {
  const main = join(__dirname, '..', script);
  // BENCH_HTTP_CPU_PROF=<dir>: a CPU profile of each service, written when it stops.
  const prof = process.env.BENCH_HTTP_CPU_PROF;
  const node = [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), main];
  const cmd = pin ? 'taskset' : process.execPath;
  const args = pin ? ['-c', '0', process.execPath, ...node] : node;
  return spawn(cmd, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      // The limits per client address would answer 429 to a load from one address.
      RATE_PER_MINUTE: '1000000000',
      LOGIN_RATE_PER_MINUTE: '100000',
      ...env,
    },
  });
}

const demoEnv = (dir: string): Record<string, string> => ({
  DB_PATH: join(dir, 'exam.sqlite'),
  KEY_DIR: join(dir, 'keys'),
  UPLOAD_DIR: join(dir, 'uploads'),
  ADMIN_PASSWORD: 'Bench#Chief2026',
  DEMO: '1',
  DEMO_PASSWORD,
});

async function stopService(service: ChildProcess): Promise<void> {
  service.kill('SIGTERM');
  await new Promise((r) => (service.exitCode !== null ? r(null) : service.once('exit', r)));
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

async function login(base: string, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
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

/**
 * One case for SECONDS, or, given `until`, from now until that work settles (at most
 * DOWNLOAD_CAP_SECONDS): the work runs alongside the load.
 */
async function run(
  base: string,
  c: Case,
  servicePid: number | undefined,
  until?: Promise<unknown>,
): Promise<Row> {
  const cpu0 = cpuMicros(servicePid);
  let instance!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: base,
        connections: c.connections ?? CONNECTIONS,
        duration: until ? DOWNLOAD_CAP_SECONDS : SECONDS,
        requests: c.requests,
        ...(c.rate ? { overallRate: c.rate } : {}),
      },
      (err: unknown, result: autocannon.Result) =>
        err ? reject(err instanceof Error ? err : new Error('autocannon failed')) : resolve(result),
    );
  });
  if (until) void until.finally(() => instance.stop());
  const r = await done;
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

const get = (path: string, token?: string): autocannon.Request => ({
  method: 'GET',
  path,
  headers: token ? { authorization: `Bearer ${token}` } : {},
});

/** The health check and the scoped reads on the demo data. */
async function demoCases(pin: boolean): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'exam-bench-http-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = startService(join('src', 'main.js'), demoEnv(dir), port, pin);
  try {
    await waitForHealth(base, service);
    const unit = await login(base, 'demo-unit');
    const dept = await login(base, 'demo-dept');
    const detail = `/api/v1/registrations/${await firstRegistrationId(base, dept)}`;
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
    const rows: Row[] = [];
    for (const c of cases) rows.push(await run(base, c, service.pid));
    return rows;
  } finally {
    await stopService(service);
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Download {
  /** 1: reads as fast as answered alongside; 2: reads at READ_RATE. */
  round?: number;
  department: string;
  status: number;
  /** The error's machine code when the download was refused. */
  code: string | null;
  seconds: number;
  bytes: number;
}

interface SeasonResult {
  setupSeconds: number;
  registrations: number;
  rows: Row[];
  downloads: Download[];
  writes: { graders: number; entries: number; tally: WriteTally; verification: WriteVerification };
}

/** One department's tickets as one PDF, timed. */
async function download(base: string, token: string, department: string): Promise<Download> {
  const start = process.hrtime.bigint();
  const res = await fetch(`${base}/api/v1/tickets.pdf`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = Buffer.from(await res.arrayBuffer());
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const code = res.ok ? null : ((JSON.parse(body.toString()) as { code?: string }).code ?? null);
  return {
    department,
    status: res.status,
    code,
    seconds: Math.round(seconds * 10) / 10,
    bytes: body.length,
  };
}

/** The season's scale: the read mix alone, during the ticket downloads, and the score writes. */
async function seasonCases(pin: boolean): Promise<SeasonResult> {
  const dir = mkdtempSync(join(tmpdir(), 'exam-bench-season-'));
  try {
    const start = process.hrtime.bigint();
    const fixture: LoadFixture = await buildLoadFixture(dir, {
      departments: DEPARTMENTS,
      perDepartment: PER_DEPARTMENT,
      roomCapacity: 30,
      graders: GRADERS,
      entriesPerGrader: ENTRIES_PER_GRADER,
    });
    const setupSeconds = Math.round(Number(process.hrtime.bigint() - start) / 1e9);
    console.log(
      `season data: ${DEPARTMENTS} × ${PER_DEPARTMENT} registrations filed, seated and published, ` +
        `${fixture.entries.length} score entries claimed by ${GRADERS} graders (${setupSeconds} s)`,
    );
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const service = startService(
      join('bench', 'http-server.js'),
      { ...fixture.env, BENCH_NOW: SEASON_NOW },
      port,
      pin,
    );
    try {
      await waitForHealth(base, service);
      const as = (u: string) => login(base, u, FIXTURE_PASSWORD);
      const units = await Promise.all(fixture.departments.map((d) => as(d.unitUser)));
      const depts = await Promise.all(fixture.departments.map((d) => as(d.departmentUser)));
      const detail = `/api/v1/registrations/${fixture.departments[0].registrations[0]}`;
      const mix = [
        get(LOOKUP, units[0]),
        get(detail, depts[0]),
        get('/api/v1/registrations', depts[0]),
      ];
      const total = DEPARTMENTS * PER_DEPARTMENT;
      const rows: Row[] = [];
      rows.push(
        await run(
          base,
          { name: `scoped read mix, ${total} registrations`, requests: mix },
          service.pid,
        ),
      );
      // Two rounds of the four downloads: reads as fast as answered, then at READ_RATE.
      const downloads: Download[] = [];
      for (const rate of [undefined, READ_RATE]) {
        const downloading = Promise.all(
          fixture.departments.map((d, i) => download(base, depts[i], d.departmentUser)),
        );
        const name = rate
          ? `same at ${rate} req/s, while ${DEPARTMENTS} departments download tickets`
          : `same, while ${DEPARTMENTS} departments download tickets`;
        rows.push(await run(base, { name, requests: mix, rate }, service.pid, downloading));
        downloads.push(...(await downloading).map((d) => ({ ...d, round: rate ? 2 : 1 })));
      }

      const tokens = new Map<string, string>();
      for (const g of fixture.graders) tokens.set(g, await as(g));
      const writes = new ScoreWriteLoad('/api/v1', fixture.entries, tokens, CONNECTIONS);
      rows.push(
        await run(
          base,
          {
            name: `score writes (${GRADERS} graders, ${CONNECTIONS} windows)`,
            requests: writes.requests(),
          },
          service.pid,
        ),
      );
      const verification = await writes.verify(base);
      return {
        setupSeconds,
        registrations: total,
        rows,
        downloads,
        writes: {
          graders: GRADERS,
          entries: fixture.entries.length,
          tally: writes.tally,
          verification,
        },
      };
    } finally {
      await stopService(service);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const pin = canPin();
  if (pin) spawnSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' });
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  const loadBefore = load();
  console.log(
    `HTTP request path: ${CONNECTIONS} connections, ${SECONDS} s per case, ` +
      (pin ? 'service on CPU 0, load on CPU 1' : 'not pinned (taskset or a second CPU missing)') +
      `, load average ${loadBefore}`,
  );
  const rows = process.env.BENCH_HTTP_ONLY === 'season' ? [] : await demoCases(pin);
  if (rows.length) print(rows);
  const season = SEASON ? await seasonCases(pin) : null;
  if (season) {
    print(season.rows);
    for (const d of season.downloads)
      console.log(
        `  round ${d.round} tickets.pdf ${d.department}: ${d.status}${d.code ? ` ${d.code}` : ''}, ${d.seconds} s, ${(d.bytes / 1024 / 1024).toFixed(1)} MB`,
      );
    const { tally, verification: v } = season.writes;
    console.log(
      `  score writes: ${tally.saved} saves acknowledged, ${tally.conflicts} refused as stale (409), ` +
        `${tally.refreshes} re-reads, ${tally.otherStatus} other answers; read back ${v.entries} entries: ` +
        `${v.lostUpdates} lost updates (${v.duplicateAcks} double acknowledgements, ` +
        `${v.mismatchedEntries} entries unlike their last acknowledged save), ` +
        `${v.appliedUnanswered} saves in flight at the stop applied, ` +
        `${v.versionGaps} entries whose version is not their count of saves`,
    );
  }
  const loadAfter = load();
  console.log(`load average ${loadAfter}`);
  const out = process.env.BENCH_HTTP_OUT;
  if (out) {
    const table = {
      connections: CONNECTIONS,
      seconds: SECONDS,
      pinned: pin,
      loadAverage: { before: loadBefore, after: loadAfter },
      cases: rows,
      season,
    };
    writeFileSync(out, JSON.stringify(table, null, 2));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
