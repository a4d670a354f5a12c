import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WRITE_DATA_SOURCE } from '../src/database/unit-of-work';
import { insertRows } from '../src/database/insert-rows';
import { RegistrationEntity } from '../src/modules/registrations/entities/registration.entity';
import { pngImage } from '../test/factories/files.factory';
import { makeRegistration } from '../test/factories/registration.factory';
import { rowBombXlsx } from '../test/fixtures/xlsx/row-bomb';
import { ADMIN_PASSWORD, benchApp } from './bench-app';

/**
 * /health latency and memory while the attacks of the documents review run against the built
 * service: four 1,000,000-row xlsx uploads in parallel, two 3,000-row summary PDFs (the cap),
 * a 27,000-row summary PDF (refused), and a 4000 × 5000 photo.
 */

interface Probe {
  stop: () => Promise<number[]>;
}

/** GET /health every 20 ms, one at a time; returns each latency in ms. */
function probeHealth(url: string): Probe {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const start = performance.now();
      await fetch(`${url}/api/v1/health`).then((r) => r.arrayBuffer());
      latencies.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}

/** Peak RSS of this process (service and its worker threads) while `work` runs. */
async function measured<T>(label: string, url: string, work: () => Promise<T>): Promise<T> {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const probe = probeHealth(url);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  const latencies = (await probe.stop()).sort((a, b) => a - b);
  clearInterval(watch);
  const q = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  console.log(
    `${label.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms  peak RSS +${((peak - rss0) / 2 ** 20).toFixed(0).padStart(4)} MB` +
      `  /health n=${latencies.length} p50 ${q(0.5).toFixed(1)} p99 ${q(0.99).toFixed(1)} max ${latencies[latencies.length - 1].toFixed(1)} ms`,
  );
  return result;
}

async function call(url: string, path: string, token: string, init: RequestInit = {}) {
  const res = await fetch(`${url}/api/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
  });
  const body = Buffer.from(await res.arrayBuffer());
  const code = res.headers.get('content-type')?.includes('json')
    ? (JSON.parse(body.toString()) as { code?: string }).code
    : undefined;
  return { status: res.status, code, size: body.length };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

const upload = (file: Buffer, name: string): RequestInit => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  return { method: 'POST', body: form };
};

async function post(url: string, path: string, body: unknown, token?: string) {
  const res = await fetch(`${url}/api/v1${path}`, {
    ...json(body),
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
  });
  return (await res.json()) as Record<string, string>;
}

async function main(): Promise<void> {
  const { app, url } = await benchApp();
  const admin = (await post(url, '/auth/login', { username: 'admin', password: ADMIN_PASSWORD }))
    .accessToken;
  const dept = await post(url, '/departments', { name: '压测局', kind: 'city-department' }, admin);
  const unit = await post(url, '/units', { departmentId: dept.id, name: '压测单位' }, admin);
  const account = { username: 'load-unit', displayName: '压测', role: 'unit', unitId: unit.id };
  await post(url, '/accounts', { ...account, password: 'Initial#Load2025' }, admin);
  const first = (
    await post(url, '/auth/login', { username: 'load-unit', password: 'Initial#Load2025' })
  ).accessToken;
  const token = (
    await post(
      url,
      '/auth/password',
      { currentPassword: 'Initial#Load2025', newPassword: 'Load#Unit20250' },
      first,
    )
  ).accessToken;
  const reg = await post(url, '/registrations', makeRegistration(), token);

  console.log('documents under attack: /health probed every 20 ms during each step');
  await measured('idle (2 s)', url, () => new Promise((r) => setTimeout(r, 2_000)));
  const bomb = await rowBombXlsx(1_000_000);
  const bombs = await measured('4 × 1,000,000-row xlsx (65 KB) in parallel', url, () =>
    Promise.all(
      Array.from({ length: 4 }, () =>
        call(url, '/registrations/import?dryRun=true', token, upload(bomb, 'bomb.xlsx')),
      ),
    ),
  );
  console.log(`  answers: ${bombs.map((b) => `${b.status} ${b.code}`).join(', ')}`);

  const ds = app.get<DataSource>(WRITE_DATA_SOURCE);
  const one = await ds.getRepository(RegistrationEntity).findOneByOrFail({ id: reg.id });
  const copies = (n: number, from: number) =>
    Array.from({ length: n }, (_, i) =>
      Object.assign(new RegistrationEntity(), one, {
        id: randomUUID(),
        idNumber: `9${String(from + i).padStart(16, '0')}X`,
        status: 'accepted',
      }),
    );
  await insertRows(ds.manager, RegistrationEntity, copies(2_999, 0));
  const pdfs = await measured('2 × 3,000-row summary.pdf in parallel', url, () =>
    Promise.all([0, 1].map(() => call(url, '/registrations/summary.pdf', admin))),
  );
  console.log(
    `  answers: ${pdfs.map((b) => `${b.status} ${(b.size / 2 ** 20).toFixed(1)} MB`).join(', ')}`,
  );
  await insertRows(ds.manager, RegistrationEntity, copies(24_000, 10_000));
  const big = await measured('27,000-row summary.pdf', url, () =>
    call(url, '/registrations/summary.pdf', admin),
  );
  console.log(`  answer: ${big.status} ${big.code}`);
  const bigPhoto = pngImage(4000, 5000);
  const photo = await measured('4000 × 5000 photo upload', url, () =>
    call(url, `/registrations/${reg.id}/photo`, token, upload(bigPhoto, 'big.png')),
  );
  console.log(`  answer: ${photo.status}`);
  await app.close();
}

void main();
