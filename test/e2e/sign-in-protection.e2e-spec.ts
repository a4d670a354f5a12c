import { unlockAccount } from '../../src/cli/unlock-account';
import { isSqlite } from '../../src/database/data-source-options';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { PasswordHasher } from '../../src/modules/accounts/password-hasher';
import {
  ADMIN_PASSWORD,
  API,
  adminToken,
  bearer,
  createTestApp,
  makeUser,
  startInstance,
  TestApp,
  USER_PASSWORD,
} from './harness';
import { otherProcessInsert } from './sqlite-process';

/** Requests come through a reverse proxy on the same host, which names the client. */
const PROXIED = { TRUST_PROXY: 'loopback' };
const WRONG = 'Wrong#Pass123';

const attempt = (t: TestApp, username: string, password: string, address: string) =>
  t.http().post(`${API}/auth/login`).set('X-Forwarded-For', address).send({ username, password });

/** Audit rows of an actor, newest first. */
async function auditOf(t: TestApp, admin: string, actor: string, action?: string) {
  const res = await t
    .http()
    .get(`${API}/audit`)
    .query({ actor, pageSize: 100, ...(action ? { action } : {}) })
    .set(bearer(admin))
    .expect(200);
  return res.body.items as {
    action: string;
    outcome: string;
    ip: string;
    after: Record<string, unknown> | null;
  }[];
}

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Counts password checks (each costs one argon2 verification, known name or not). */
function countChecks(t: TestApp) {
  return jest.spyOn(t.app.get(PasswordHasher), 'verify');
}

describe('sign-in protection (e2e)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ ...PROXIED, LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_MINUTES: '15' });
    admin = await adminToken(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('checks at most LOGIN_MAX_FAILURES of 20 parallel wrong passwords; the rest 423, and the right one after them too', async () => {
    const user = await makeUser(t, admin, { role: 'grader' });
    const checks = countChecks(t);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => attempt(t, user.username, WRONG, '203.0.113.10')),
    );
    const codes = results.map((r) => r.status);
    expect(checks).toHaveBeenCalledTimes(5);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 423)).toHaveLength(15);
    const rows = await auditOf(t, admin, user.username);
    const checked = rows.filter((r) => r.after?.reason === 'wrong-password');
    expect(checked).toHaveLength(5);
    expect(checked.filter((r) => r.action === 'auth.lock')).toHaveLength(1);
    expect(rows.filter((r) => r.outcome === 'denied' && r.after?.reason === 'held')).toHaveLength(
      15,
    );
    const right = await attempt(t, user.username, USER_PASSWORD, '203.0.113.10');
    expect(right.status).toBe(423);
    expect(right.body.code).toBe('ACCOUNT_LOCKED');
    expect(checks).toHaveBeenCalledTimes(5);
  });

  it('holds the guessing address only: the administrator signs in from another address', async () => {
    for (let i = 0; i < 5; i++) await attempt(t, 'admin', WRONG, '203.0.113.66').expect(401);
    await attempt(t, 'admin', ADMIN_PASSWORD, '203.0.113.66').expect(423);
    const elsewhere = await attempt(t, 'admin', ADMIN_PASSWORD, '198.51.100.10');
    expect(elsewhere.status).toBe(200);
    // Signing in elsewhere does not lift the attacker's hold.
    await attempt(t, 'admin', ADMIN_PASSWORD, '203.0.113.66').expect(423);
    const listed = await t.http().get(`${API}/accounts`).query({ q: 'admin' }).set(bearer(admin));
    expect(
      listed.body.items.find((a: { username: string }) => a.username === 'admin'),
    ).toMatchObject({ locked: true });
  });

  it('lifts every hold from the server with `npm run unlock-account -- admin`, audited as the system', async () => {
    for (let i = 0; i < 5; i++) await attempt(t, 'admin', WRONG, '203.0.113.77');
    await attempt(t, 'admin', ADMIN_PASSWORD, '203.0.113.77').expect(423);
    const unlocked = await unlockAccount(t.config, { username: 'admin' });
    expect(unlocked).toMatchObject({ username: 'admin', locked: false });
    await attempt(t, 'admin', ADMIN_PASSWORD, '203.0.113.77').expect(200);
    const [row] = await auditOf(t, admin, 'system', 'account.unlock');
    expect(row).toMatchObject({ outcome: 'success', after: { via: 'server-command' } });
    await expect(unlockAccount(t.config, { username: 'nobody-here' })).rejects.toThrow(
      '账号不存在',
    );
  });

  it('counts a wrong current password at password change like a wrong sign-in, and audits it', async () => {
    const user = await makeUser(t, admin, { role: 'grader' });
    const codes: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await t
        .http()
        .post(`${API}/auth/password`)
        .set(bearer(user.token))
        .set('X-Forwarded-For', '203.0.113.20')
        .send({ currentPassword: WRONG, newPassword: 'Another#Pass2025' });
      codes.push(res.status);
    }
    expect(codes).toEqual([...Array<number>(5).fill(400), ...Array<number>(35).fill(423)]);
    const rows = await auditOf(t, admin, user.username);
    const failures = rows.filter((r) => r.after?.reason === 'wrong-current-password');
    expect(failures.map((r) => r.action).sort()).toEqual([
      'auth.change-password',
      'auth.change-password',
      'auth.change-password',
      'auth.change-password',
      'auth.lock',
    ]);
    expect(failures.every((r) => r.outcome === 'failure' && r.ip === '203.0.113.20')).toBe(true);
    expect(
      rows.filter((r) => r.action === 'auth.change-password' && r.outcome === 'denied'),
    ).toHaveLength(35);
    // The same series: sign-in from that address is held too, not from another.
    await attempt(t, user.username, USER_PASSWORD, '203.0.113.20').expect(423);
    await attempt(t, user.username, USER_PASSWORD, '198.51.100.20').expect(200);
  });

  it('holds an unknown name exactly like a real one: same answers, same hash work', async () => {
    const user = await makeUser(t, admin, { role: 'grader' });
    const run = async (username: string) => {
      const checks = countChecks(t);
      const bodies = [];
      for (let i = 0; i < 6; i++)
        bodies.push((await attempt(t, username, WRONG, '203.0.113.30')).body);
      const n = checks.mock.calls.length;
      checks.mockRestore();
      return { bodies, n };
    };
    const real = await run(user.username);
    const ghost = await run('ghost-of-nobody');
    expect(ghost).toEqual(real);
    expect(real.n).toBe(5);
    expect(real.bodies[4]).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    expect(real.bodies[5]).toMatchObject({ statusCode: 423, code: 'ACCOUNT_LOCKED' });
  });

  describe('absolute session limit (SESSION_MAX_HOURS, default 12)', () => {
    const refresh = (token: string) => t.http().post(`${API}/auth/refresh`).set(bearer(token));
    const authTime = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).auth_time as number;

    it('keeps the sign-in time through refreshes and refuses to refresh past the limit (401)', async () => {
      const start = t.clock.now();
      const later = (minutes: number) => t.clock.set(new Date(start.getTime() + minutes * 60_000));
      try {
        const user = await makeUser(t, admin, { role: 'grader' });
        const first = await attempt(t, user.username, USER_PASSWORD, '198.51.100.40').expect(200);
        let token = first.body.accessToken as string;
        for (const minutes of [25, 50, 11 * 60, 12 * 60 - 1]) {
          later(minutes);
          const res = await refresh(token).expect(200);
          expect(authTime(res.body.accessToken)).toBe(authTime(first.body.accessToken));
          expect(res.body.expiresIn).toBeLessThanOrEqual(Math.min(1800, (12 * 60 - minutes) * 60));
          token = res.body.accessToken;
        }
        later(12 * 60);
        const refused = await refresh(token);
        expect(refused.status).toBe(401);
        expect(refused.body).toMatchObject({
          code: 'SESSION_EXPIRED',
          message: expect.stringContaining('请重新登录'),
        });
        const again = await attempt(t, user.username, USER_PASSWORD, '198.51.100.40').expect(200);
        expect(authTime(again.body.accessToken)).toBeGreaterThan(authTime(token));
      } finally {
        t.clock.set(start);
      }
    });
  });
});

describe('wrong passwords per account per hour from rotating addresses (e2e, checklist #11)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ ...PROXIED, LOGIN_MAX_PER_HOUR: '10', LOGIN_MAX_FAILURES: '3' });
    admin = await adminToken(t);
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('checks at most LOGIN_MAX_PER_HOUR in the hour; new addresses leave a reserve to known ones', async () => {
    const user = await makeUser(t, admin, { role: 'grader' });
    await attempt(t, user.username, USER_PASSWORD, '192.0.2.50').expect(200);
    const checks = countChecks(t);
    const codes: number[] = [];
    for (let i = 1; i <= 12; i++) {
      codes.push((await attempt(t, user.username, WRONG, `203.0.113.${100 + i}`)).status);
    }
    // 10 per hour, 3 kept for known addresses: 7 new addresses are checked.
    expect(codes).toEqual([...Array<number>(7).fill(401), ...Array<number>(5).fill(429)]);
    const capped = await attempt(t, user.username, USER_PASSWORD, '203.0.113.200');
    expect(capped.body).toMatchObject({ statusCode: 429, code: 'ACCOUNT_ATTEMPTS_LIMITED' });
    await attempt(t, user.username, USER_PASSWORD, '192.0.2.50').expect(200);
    for (let i = 0; i < 3; i++) await attempt(t, user.username, WRONG, '192.0.2.50').expect(401);
    await attempt(t, user.username, USER_PASSWORD, '192.0.2.50').expect(423);
    await attempt(t, user.username, WRONG, '192.0.2.51').expect(429);
    expect(checks).toHaveBeenCalledTimes(7 + 1 + 3);
    expect(checks.mock.calls.filter(([, pw]) => pw === WRONG)).toHaveLength(10);

    const now = t.clock.now();
    try {
      t.clock.set(new Date(now.getTime() + 3_600_000));
      await attempt(t, user.username, USER_PASSWORD, '203.0.113.250').expect(200);
    } finally {
      t.clock.set(now);
    }
  });

  it('`unlock-account -- <name> --from <address>` clears the hour and makes the address known', async () => {
    const user = await makeUser(t, admin, { role: 'grader' });
    for (let i = 1; i <= 7; i++) await attempt(t, user.username, WRONG, `203.0.113.${i}`);
    await attempt(t, user.username, USER_PASSWORD, '192.0.2.77').expect(429);
    await unlockAccount(t.config, { username: user.username, knownSource: '192.0.2.77' });
    for (let i = 1; i <= 7; i++) await attempt(t, user.username, WRONG, `203.0.113.${i + 10}`);
    await attempt(t, user.username, USER_PASSWORD, '198.51.100.77').expect(429);
    await attempt(t, user.username, USER_PASSWORD, '192.0.2.77').expect(200);
  });
});

describe('two instances of the service on one database (e2e)', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: string;

  beforeAll(async () => {
    a = await createTestApp(PROXIED);
    b = await startInstance(a);
    admin = await adminToken(a);
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });
  afterEach(() => jest.restoreAllMocks());

  it('shares the hold: of 20 parallel wrong passwords on two instances at most 5 are checked', async () => {
    const user = await makeUser(a, admin, { role: 'grader' });
    const checks = [countChecks(a), countChecks(b)];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        attempt(i % 2 ? b : a, user.username, WRONG, '203.0.113.5'),
      ),
    );
    const codes = results.map((r) => r.status);
    expect(checks[0].mock.calls.length + checks[1].mock.calls.length).toBe(5);
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 423)).toHaveLength(15);
    await attempt(b, user.username, USER_PASSWORD, '203.0.113.5').expect(423);
    await attempt(a, user.username, USER_PASSWORD, '203.0.113.5').expect(423);
  });

  it('shares the per-address login rate: the fifth attempt in a minute is refused on either', async () => {
    const c = await startInstance(a, { LOGIN_RATE_PER_MINUTE: '4' });
    const d = await startInstance(a, { LOGIN_RATE_PER_MINUTE: '4' });
    const now = a.clock.now();
    try {
      const codes: number[] = [];
      for (const t of [c, d, c, d, c, d]) {
        codes.push((await attempt(t, `nobody-${codes.length}`, WRONG, '203.0.113.6')).status);
      }
      expect(codes).toEqual([401, 401, 401, 401, 429, 429]);
      a.clock.set(new Date(now.getTime() + 60_000));
      await attempt(d, 'nobody-later', WRONG, '203.0.113.6').expect(401);
    } finally {
      a.clock.set(now);
      await d.close();
      await c.close();
    }
  });

  it('takes the SQLite write lock at BEGIN: another process committing meanwhile cannot stall a write', async () => {
    if (!isSqlite(a.dataSource)) return;
    let other: ReturnType<typeof otherProcessInsert> | undefined;
    const write = a.app.get(UnitOfWork).run(async (em) => {
      await em.query('SELECT COUNT(*) AS n FROM "accounts"');
      other = otherProcessInsert(a.config.DB_PATH);
      await other.opened;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await em.query('UPDATE "login_holds" SET "failures" = "failures"');
      return 'committed';
    });
    await expect(within(write, 8000)).resolves.toBe('committed');
    await other!.done;
  });

  it('a weak ADMIN_PASSWORD left in the environment after the first start changes nothing', async () => {
    const c = await startInstance(a, { ADMIN_PASSWORD: 'admin' });
    try {
      await attempt(c, 'admin', 'admin', '198.51.100.9').expect(401);
    } finally {
      await c.close();
    }
  });
});

describe('first start with a weak ADMIN_PASSWORD (e2e, checklist #19)', () => {
  it.each(['admin', 'admin12345', 'Center#Admin2025'])(
    'refuses to start with ADMIN_PASSWORD=%s, saying why in Chinese and English',
    async (password) => {
      await expect(createTestApp({ ADMIN_PASSWORD: password })).rejects.toThrow(
        /ADMIN_PASSWORD 不符合密码策略[\s\S]*does not meet the password policy/,
      );
    },
  );
});
