import type { NestExpressApplication } from '@nestjs/platform-express';
import { NestFactory } from '@nestjs/core';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { Clock, FixedClock } from '../src/common/clock/clock';
import { loadConfig } from '../src/config/app-config';
import { writeSummaryWorkbook } from '../src/modules/documents/excel/summary-workbook';
import { checkCharacter } from '../src/modules/registrations/domain/id-card';
import { summaryRows } from '../test/factories/summary.factory';

/**
 * The data of the load cases on a season's scale (issue 12): 4 departments × 1 unit × 1,000
 * registrations imported as 附件2 and walked through the real flow to 备案 (unit review,
 * publicity, submission, department review, batch, center filing), rooms of 30, a theory and a
 * practical sitting, allocation, publication of the tickets, graders with their assignments and
 * entries claimed. Made through the HTTP API of the real application in this process, on a
 * SQLite file in `dir`, with a clock that moves past the publicity; the application is closed
 * afterwards and the load runs against a separate service on the same file.
 */

export const FIXTURE_PASSWORD = 'Bench#Load2025';
const ADMIN_PASSWORD = 'Bench#Chief2026';
const API = '/api/v1';

export interface FixtureDepartment {
  department: string;
  unit: string;
  /** Usernames of the department's and the unit's accounts. */
  departmentUser: string;
  unitUser: string;
  registrations: string[];
}

export interface FixtureEntry {
  sittingId: string;
  examRoom: number;
  slot: number;
  grader: string;
  /** Registration ids on the sheet, in seat order. */
  rows: string[];
}

export interface LoadFixture {
  env: Record<string, string>;
  departments: FixtureDepartment[];
  graders: string[];
  entries: FixtureEntry[];
}

export interface FixtureOptions {
  departments: number;
  perDepartment: number;
  roomCapacity: number;
  graders: number;
  /** Entries (sheet × slot) each grader keys. */
  entriesPerGrader: number;
}

type Call = <T = Record<string, unknown>>(
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
) => Promise<T>;

function client(base: string): Call {
  return async <T>(method: string, path: string, token: string | null, body?: unknown) => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const res = await fetch(`${base}${API}${path}`, { method, headers, body: payload });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : {}) as T;
  };
}

export async function login(base: string, username: string, password: string): Promise<string> {
  const r = await client(base)<{ accessToken: string }>('POST', '/auth/login', null, {
    username,
    password,
  });
  return r.accessToken;
}

/**
 * 附件2 rows with ID numbers unique across the departments (the factory's serial repeats every
 * 1,000 rows): the same birth dates, a sequence number per department and block of 420 rows.
 */
function departmentRows(d: number, n: number) {
  return summaryRows(n, '维修电工').map((row, i) => {
    const birth = row.idNumber.slice(6, 14);
    const seq = String(2 * (d * 10 + Math.floor(i / 420)) + 1).padStart(3, '0');
    const first17 = `210202${birth}${seq}`;
    return { ...row, idNumber: first17 + checkCharacter(first17) };
  });
}

export async function buildLoadFixture(dir: string, o: FixtureOptions): Promise<LoadFixture> {
  const env = {
    DB_PATH: join(dir, 'load.sqlite'),
    KEY_DIR: join(dir, 'keys'),
    UPLOAD_DIR: join(dir, 'uploads'),
    ADMIN_PASSWORD,
  };
  const config = loadConfig({
    ...process.env,
    ...env,
    NODE_ENV: 'production',
    LOGIN_RATE_PER_MINUTE: '100000',
    RATE_PER_MINUTE: '1000000000',
  });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bodyParser: false,
    logger: ['error'],
  });
  const clock = new FixedClock(new Date('2025-07-01T02:00:00Z'));
  app.get(Clock).now = () => clock.now();
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  try {
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    return { env, ...(await populate(base, clock, o)) };
  } finally {
    await app.close();
  }
}

async function populate(
  base: string,
  clock: FixedClock,
  o: FixtureOptions,
): Promise<Omit<LoadFixture, 'env'>> {
  const call = client(base);
  const admin = await login(base, 'admin', ADMIN_PASSWORD);
  let accounts = 0;
  const account = async (fields: Record<string, string>): Promise<[string, string, string]> => {
    const username = `load-${fields.role}-${++accounts}`;
    const initial = 'Initial#Pass2025';
    const created = await call<{ id: string }>('POST', '/accounts', admin, {
      ...fields,
      username,
      displayName: `压测${accounts}`,
      password: initial,
    });
    const first = await login(base, username, initial);
    const changed = await call<{ accessToken: string }>('POST', '/auth/password', first, {
      currentPassword: initial,
      newPassword: FIXTURE_PASSWORD,
    });
    return [username, changed.accessToken, created.id];
  };

  const DEPT_NAMES = ['大连市教育局', '大连市卫生健康委员会', '大连市交通运输局', '大连市水务局'];
  const departments: (FixtureDepartment & { tokens: [string, string] })[] = [];
  for (let d = 0; d < o.departments; d++) {
    const name = DEPT_NAMES[d] ?? `大连市第${d + 1}局`;
    const department = (
      await call<{ id: string }>('POST', '/departments', admin, { name, kind: 'city-department' })
    ).id;
    const unit = (
      await call<{ id: string }>('POST', '/units', admin, {
        departmentId: department,
        name: `${name}直属第一单位`,
      })
    ).id;
    const [departmentUser, deptToken] = await account({
      role: 'department',
      departmentId: department,
    });
    const [unitUser, unitToken] = await account({ role: 'unit', unitId: unit });
    const file = await writeSummaryWorkbook(departmentRows(d, o.perDepartment), {
      title: '申报汇总表',
      departmentName: name,
    });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'summary.xlsx');
    await call('POST', '/registrations/import', unitToken, form);
    const registrations: string[] = [];
    for (let page = 1; registrations.length < o.perDepartment; page++) {
      const r = await call<{ items: { id: string }[]; total: number }>(
        'GET',
        `/registrations?status=registered&pageSize=100&page=${page}`,
        unitToken,
      );
      registrations.push(...r.items.map((x) => x.id));
      if (!r.items.length || registrations.length >= r.total) break;
    }
    if (registrations.length !== o.perDepartment)
      throw new Error(`${name}: ${registrations.length} of ${o.perDepartment} imported`);
    departments.push({
      department,
      unit,
      departmentUser,
      unitUser,
      registrations,
      tokens: [unitToken, deptToken],
    });
  }

  // 三(二): unit review and publicity on 07-01; five working days later, submission and filing.
  for (const d of departments) {
    await call('POST', '/registrations/unit-review', d.tokens[0], {
      ids: d.registrations,
      decision: 'approve',
      conductAttested: true,
    });
    await call('POST', '/publicities', d.tokens[0], { registrationIds: d.registrations });
  }
  clock.set('2025-07-10T02:00:00Z');
  for (const d of departments) {
    await call('POST', '/registrations/submit-to-department', d.tokens[0], {
      ids: d.registrations,
    });
    await call('POST', '/registrations/department-review', d.tokens[1], {
      ids: d.registrations,
      decision: 'approve',
    });
    const batch = await call<{ id: string }>('POST', '/department-batches', d.tokens[1]);
    await call('POST', `/department-batches/${batch.id}/accept`, admin);
  }

  const total = o.departments * o.perDepartment;
  const venue = await call<{ id: string }>('POST', '/venues', admin, {
    name: '大连市压测考点',
    address: '中山区人民路1号',
  });
  for (let r = 0; r < Math.ceil(total / o.roomCapacity); r++)
    await call('POST', `/venues/${venue.id}/rooms`, admin, {
      name: `第${r + 1}考场`,
      capacity: o.roomCapacity,
    });
  const sittings: string[] = [];
  for (const [component, startTime, endTime] of [
    ['theory', '09:00', '11:00'],
    ['practical', '14:00', '16:00'],
  ])
    sittings.push(
      (
        await call<{ id: string }>('POST', '/sittings', admin, {
          paperCategory: '电工',
          component,
          date: '2025-09-13',
          startTime,
          endTime,
          venueId: venue.id,
        })
      ).id,
    );
  await call('POST', '/scheduling/allocate', admin, {});
  await call('POST', '/scheduling/publish', admin, {});

  // Graders: each keys its own entries; the two entries of a sheet belong to two graders.
  const graders: [string, string, string][] = [];
  for (let g = 0; g < o.graders; g++) graders.push(await account({ role: 'grader' }));
  const sheets: { sittingId: string; examRoom: number }[] = [];
  for (let page = 1; ; page++) {
    const r = await call<{ items: { sittingId: string; examRoom: number }[]; total: number }>(
      'GET',
      `/score-sheets?pageSize=200&page=${page}`,
      admin,
    );
    sheets.push(...r.items);
    if (!r.items.length || sheets.length >= r.total) break;
  }
  const wanted = Math.ceil((o.graders * o.entriesPerGrader) / 2);
  if (sheets.length < wanted) throw new Error(`${sheets.length} sheets, ${wanted} wanted`);
  const assigned = new Set<string>();
  const entries: FixtureEntry[] = [];
  for (let s = 0; s < wanted; s++) {
    const sheet = sheets[s];
    for (const slot of [1, 2]) {
      const g = (2 * s + slot - 1) % o.graders;
      if (!assigned.has(`${g}/${sheet.sittingId}`)) {
        assigned.add(`${g}/${sheet.sittingId}`);
        await call('POST', '/grader-assignments', admin, {
          graderId: graders[g][2],
          sittingId: sheet.sittingId,
        });
      }
      const path = `/score-sheets/${sheet.sittingId}/${sheet.examRoom}/entries`;
      const entry = await call<{ slot: number; rows: { registrationId: string }[] }>(
        'POST',
        path,
        graders[g][1],
        { slot },
      );
      entries.push({
        ...sheet,
        slot: entry.slot,
        grader: graders[g][0],
        rows: entry.rows.map((r) => r.registrationId),
      });
    }
  }
  return {
    departments: departments.map(({ tokens: _, ...d }) => d),
    graders: graders.map(([u]) => u),
    entries,
  };
}
