import { JwtService, JwtSignOptions } from '@nestjs/jwt';
import {
  ADMIN_PASSWORD,
  API,
  adminToken,
  bearer,
  createTestApp,
  login,
  makeUser,
  TestApp,
  USER_PASSWORD,
} from './harness';

describe('authentication (e2e)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_MINUTES: '15' });
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  it('logs in the first administrator from ADMIN_PASSWORD and answers an access token', async () => {
    const res = await t
      .http()
      .post(`${API}/auth/login`)
      .send({ username: 'admin', password: ADMIN_PASSWORD });
    expect(res.status).toBe(200);
    expect(typeof res.body.accessToken).toBe('string');
    const me = await t.http().get(`${API}/auth/me`).set(bearer(res.body.accessToken));
    expect(me.body).toMatchObject({ username: 'admin', role: 'center-admin' });
  });

  it('answers a wrong password and an unknown user identically (401)', async () => {
    const wrong = await t
      .http()
      .post(`${API}/auth/login`)
      .send({ username: 'admin', password: 'nope-Nope#1' });
    const unknown = await t
      .http()
      .post(`${API}/auth/login`)
      .send({ username: 'ghost', password: 'nope-Nope#1' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: '用户名或密码错误',
      details: [],
    });
  });

  it('refuses a password over 128 characters before hashing it (400)', async () => {
    const res = await t
      .http()
      .post(`${API}/auth/login`)
      .send({ username: 'admin', password: 'x'.repeat(100_000) });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'password', code: 'maxLength' }),
    ]);
  });

  it('refuses malformed JSON with the contract error body', async () => {
    const res = await t
      .http()
      .post(`${API}/auth/login`)
      .set('Content-Type', 'application/json')
      .send('{"username": "admin",');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      code: expect.any(String),
      message: expect.any(String),
    });
  });

  it('locks an account after 5 failures in a row, even for the right password, until an admin unlocks it', async () => {
    const user = await makeUser(t, admin, { role: 'grader' });
    for (let i = 0; i < 5; i++) {
      await t
        .http()
        .post(`${API}/auth/login`)
        .send({ username: user.username, password: 'Wrong#Pass123' })
        .expect(401);
    }
    const locked = await t
      .http()
      .post(`${API}/auth/login`)
      .send({ username: user.username, password: USER_PASSWORD });
    expect(locked.status).toBe(423);
    expect(locked.body.code).toBe('ACCOUNT_LOCKED');
    await t.http().post(`${API}/accounts/${user.id}/unlock`).set(bearer(admin)).expect(201);
    await login(t, user.username, USER_PASSWORD);
  });

  it('lifts the lock after the lock period', async () => {
    const user = await makeUser(t, admin, { role: 'grader' });
    for (let i = 0; i < 5; i++) {
      await t
        .http()
        .post(`${API}/auth/login`)
        .send({ username: user.username, password: 'Wrong#Pass123' });
    }
    await t
      .http()
      .post(`${API}/auth/login`)
      .send({ username: user.username, password: USER_PASSWORD })
      .expect(423);
    const now = t.clock.now();
    t.clock.set(new Date(now.getTime() + 16 * 60_000));
    try {
      await login(t, user.username, USER_PASSWORD);
    } finally {
      t.clock.set(now);
    }
  });

  it('records failed and successful logins in the audit trail', async () => {
    const res = await t
      .http()
      .get(`${API}/audit?action=auth.login&actor=ghost`)
      .set(bearer(admin))
      .expect(200);
    expect(res.body.items[0]).toMatchObject({
      outcome: 'failure',
      after: { reason: 'unknown-user' },
    });
  });

  it('makes an account with a one-time password change it before anything else', async () => {
    const created = await t
      .http()
      .post(`${API}/accounts`)
      .set(bearer(admin))
      .send({
        username: 'first-timer',
        displayName: '新人',
        role: 'grader',
        password: 'Initial#Pass2025',
      })
      .expect(201);
    expect(created.body.mustChangePassword).toBe(true);
    const token = await login(t, 'first-timer', 'Initial#Pass2025');
    const blocked = await t.http().get(`${API}/departments`).set(bearer(token));
    expect(blocked.status).toBe(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await t
      .http()
      .post(`${API}/auth/password`)
      .set(bearer(token))
      .send({ currentPassword: 'Initial#Pass2025', newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.code).toBe('PASSWORD_TOO_WEAK');
  });

  it('revokes tokens on logout and on password change', async () => {
    const user = await makeUser(t, admin, { role: 'grader' });
    await t.http().post(`${API}/auth/logout`).set(bearer(user.token)).expect(204);
    await t.http().get(`${API}/auth/me`).set(bearer(user.token)).expect(401);

    const token = await login(t, user.username, USER_PASSWORD);
    const changed = await t
      .http()
      .post(`${API}/auth/password`)
      .set(bearer(token))
      .send({ currentPassword: USER_PASSWORD, newPassword: 'Another#Pass2025' })
      .expect(200);
    await t.http().get(`${API}/auth/me`).set(bearer(token)).expect(401);
    await t.http().get(`${API}/auth/me`).set(bearer(changed.body.accessToken)).expect(200);
  });

  it('revokes a deactivated account at once', async () => {
    const user = await makeUser(t, admin, { role: 'grader' });
    await t
      .http()
      .patch(`${API}/accounts/${user.id}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(200);
    await t.http().get(`${API}/auth/me`).set(bearer(user.token)).expect(401);
    await t
      .http()
      .post(`${API}/auth/login`)
      .send({ username: user.username, password: USER_PASSWORD })
      .expect(401);
  });

  describe('forged tokens', () => {
    let adminId: string;
    beforeAll(async () => {
      adminId = (await t.http().get(`${API}/auth/me`).set(bearer(admin))).body.id;
    });

    const at = () => Math.floor(Date.now() / 1000);

    it('accepts a well-formed token signed with the key (control for the cases below)', async () => {
      const token = sign({ sub: adminId, tv: 0, auth_time: at() }, t.jwtSecret, { expiresIn: 600 });
      await t.http().get(`${API}/departments`).set(bearer(token)).expect(200);
    });

    it.each([
      [
        'unsigned (alg none)',
        () => unsigned({ sub: adminId, tv: 0, auth_time: at(), exp: future() }),
      ],
      [
        'without exp',
        () => sign({ sub: adminId, tv: 0, auth_time: at() }, t.jwtSecret, { algorithm: 'HS256' }),
      ],
      [
        'expired',
        () => sign({ sub: adminId, tv: 0, auth_time: at(), exp: at() - 10 }, t.jwtSecret),
      ],
      [
        'signed with another key',
        () =>
          sign({ sub: adminId, tv: 0, auth_time: at() }, 'another-secret-another-secret-xx', {
            expiresIn: 600,
          }),
      ],
      [
        'with a missing subject',
        () => sign({ tv: 0, auth_time: at() }, t.jwtSecret, { expiresIn: 600 }),
      ],
      [
        'without the sign-in time (auth_time)',
        () => sign({ sub: adminId, tv: 0 }, t.jwtSecret, { expiresIn: 600 }),
      ],
      [
        'with subject "undefined"',
        () => sign({ sub: 'undefined', tv: 0, auth_time: at() }, t.jwtSecret, { expiresIn: 600 }),
      ],
      ['garbage', () => 'not-a-token'],
    ])('refuses a token %s (401)', async (_, make) => {
      const res = await t.http().get(`${API}/departments`).set(bearer(make()));
      expect(res.status).toBe(401);
      expect(res.body.statusCode).toBe(401);
    });

    it('refuses a request without a token (401)', async () => {
      await t.http().get(`${API}/departments`).expect(401);
    });
  });
});

describe('login rate limit per address (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_RATE_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 once an address exceeds its login attempts per minute', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push(
        (
          await t
            .http()
            .post(`${API}/auth/login`)
            .send({ username: `user${i}`, password: 'Wrong#Pass123' })
        ).status,
      );
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
  });
});

const jwt = new JwtService();
const sign = (payload: object, secret: string, options: Omit<JwtSignOptions, 'secret'> = {}) =>
  jwt.sign(payload, { ...options, secret });

function unsigned(payload: object): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc(payload)}.`;
}

const future = () => Math.floor(Date.now() / 1000) + 600;
