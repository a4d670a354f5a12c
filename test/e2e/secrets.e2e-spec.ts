import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupSqlite } from '../../src/database/backup';
import { API, adminToken, bearer, createTestApp, storedTicketSecret, TestApp } from './harness';
import { makeLegacyDatabase } from './tamper';

const sqliteOnly = process.env.TEST_DATABASE_URL ? describe.skip : describe;
const jwt = new JwtService();

/** Verifies an access token with a candidate secret, as someone holding a copy of the database would. */
const opens = (token: string, secret: string) => {
  try {
    jwt.verify(token, { secret, algorithms: ['HS256'] });
    return true;
  } catch {
    return false;
  }
};

/** Security-checklist #39: the secrets kept in the database are useless without the key. */
describe('installation secrets at rest (e2e)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    // No JWT_SECRET: the service makes one and keeps it in the database.
    t = await createTestApp({ JWT_SECRET: '' });
    token = await adminToken(t);
  });
  afterAll(() => t.close());

  it('keeps the token secret encrypted: no stored value verifies a token the service issued', async () => {
    await t.http().get(`${API}/auth/me`).set(bearer(token)).expect(200);
    const rows: { key: string; value: string }[] = await t.dataSource.query(
      'SELECT "key", "value" FROM app_settings',
    );
    const jwtRow = rows.find((r) => r.key === 'jwt_secret');
    expect(jwtRow?.value).toMatch(/^aes256gcm:/);
    expect(rows.filter((r) => opens(token, r.value))).toEqual([]);
  });

  it('keeps the ticket QR secret encrypted too', async () => {
    const secret = await storedTicketSecret(t);
    const [row] = await t.dataSource.query(
      `SELECT "value" FROM app_settings WHERE "key" = 'ticket_secret'`,
    );
    expect(row.value).toMatch(/^aes256gcm:/);
    expect(row.value).not.toContain(secret);
  });

  sqliteOnly('a copy of the database (SQLite)', () => {
    let dir: string;
    let other: TestApp | undefined;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'exam-secrets-'))));
    afterEach(async () => {
      await other?.close();
      other = undefined;
      rmSync(dir, { recursive: true, force: true });
    });

    it('does not start without the key, nor with another one', async () => {
      backupSqlite(t.dbPath, join(dir, 'copy.sqlite'));
      await expect(
        createTestApp({
          DB_PATH: join(dir, 'copy.sqlite'),
          KEY_DIR: join(dir, 'keys'),
          JWT_SECRET: '',
        }),
      ).rejects.toThrow(/主密钥.*与数据库不匹配/);
      await expect(
        createTestApp({
          DB_PATH: join(dir, 'copy.sqlite'),
          MASTER_KEY: randomBytes(32).toString('hex'),
          JWT_SECRET: '',
        }),
      ).rejects.toThrow(/主密钥（MASTER_KEY）与数据库不匹配/);
    });

    it('with its key, the copy accepts the tokens of the original', async () => {
      backupSqlite(t.dbPath, join(dir, 'copy.sqlite'));
      other = await createTestApp({
        DB_PATH: join(dir, 'copy.sqlite'),
        KEY_DIR: t.keyDir,
        JWT_SECRET: '',
      });
      await other.http().get(`${API}/auth/me`).set(bearer(token)).expect(200);
    });

    it('on upgrade, replaces a token secret stored in the clear and encrypts the ticket secret it keeps', async () => {
      const dbPath = join(dir, 'legacy.sqlite');
      const oldJwt = randomBytes(48).toString('base64url');
      const oldTicket = randomBytes(48).toString('base64url');
      await makeLegacyDatabase(dbPath, [], { jwt_secret: oldJwt, ticket_secret: oldTicket });
      other = await createTestApp({ DB_PATH: dbPath, KEY_DIR: join(dir, 'keys'), JWT_SECRET: '' });
      const fresh = await adminToken(other);
      expect(opens(fresh, oldJwt)).toBe(false);
      expect(await storedTicketSecret(other)).toBe(oldTicket);
      const rows: { value: string }[] = await other.dataSource.query(
        `SELECT "value" FROM app_settings WHERE "key" IN ('jwt_secret', 'ticket_secret')`,
      );
      expect(rows.map((r) => r.value)).toEqual([
        expect.stringMatching(/^aes256gcm:/),
        expect.stringMatching(/^aes256gcm:/),
      ]);
      expect(rows.some((r) => r.value.includes(oldJwt) || r.value.includes(oldTicket))).toBe(false);
    });
  });
});
