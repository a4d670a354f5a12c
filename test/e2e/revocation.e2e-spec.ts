import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { AccountEntity } from '../../src/modules/accounts/entities/account.entity';
import { makeRegistration } from '../factories/registration.factory';
import {
  adminToken,
  API,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  startInstance,
  TestApp,
  USER_PASSWORD,
} from './harness';

/**
 * Every way an account loses its access counts at the very next request, on
 * the instance that made the change, on another instance of the service, and
 * when the change reaches the database from elsewhere (the CLI, a second
 * instance, an operator): the auth guard reads the account on each request
 * and keeps nothing between them (issue 12).
 */
describe('revocation at the next request (e2e, SQLite and PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  let outside: DataSource;
  let admin: string;
  let org: OrgFixture;
  let registrationId: string;

  beforeAll(async () => {
    a = await createTestApp();
    b = await startInstance(a);
    // A connection of its own, as `npm run unlock-account` or another process has.
    outside = await new DataSource(buildDataSourceOptions(a.config)).initialize();
    admin = await adminToken(a);
    org = await makeOrganizations(a, admin);
    const unit = await makeUser(a, admin, { role: 'unit', unitId: org.unitA1 });
    registrationId = (
      await a
        .http()
        .post(`${API}/registrations`)
        .set(bearer(unit.token))
        .send(makeRegistration())
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await outside.destroy();
    await b.close();
    await a.close();
  });

  /** A department user of department A, already served once by both instances. */
  async function departmentUser() {
    const user = await makeUser(a, admin, { role: 'department', departmentId: org.deptA });
    await expectStatus(user.token, 200);
    return user;
  }

  const read = (t: TestApp, token: string) =>
    t.http().get(`${API}/registrations/${registrationId}`).set(bearer(token));

  async function expectStatus(token: string, status: number, code?: string): Promise<void> {
    for (const t of [a, b]) {
      const res = await read(t, token);
      expect({ status: res.status, code: res.body.code }).toEqual({
        status,
        code: code ?? res.body.code,
      });
    }
  }

  const changeInDatabase = (id: string, changes: Partial<AccountEntity>) =>
    outside.manager.update(AccountEntity, { id }, changes);

  it('a logout on one instance refuses the token on every instance at the next request', async () => {
    const user = await departmentUser();
    await b.http().post(`${API}/auth/logout`).set(bearer(user.token)).expect(204);
    await expectStatus(user.token, 401, 'UNAUTHENTICATED');
  });

  it('a password change refuses the old token everywhere and serves the new one', async () => {
    const user = await departmentUser();
    const changed = await a
      .http()
      .post(`${API}/auth/password`)
      .set(bearer(user.token))
      .send({ currentPassword: USER_PASSWORD, newPassword: 'Another#Pass2026' })
      .expect(200);
    await expectStatus(user.token, 401, 'UNAUTHENTICATED');
    await expectStatus(changed.body.accessToken as string, 200);
  });

  it('a deactivation by the administrator on one instance refuses the token on the other at once', async () => {
    const user = await departmentUser();
    await b
      .http()
      .patch(`${API}/accounts/${user.id}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(200);
    await expectStatus(user.token, 401, 'UNAUTHENTICATED');
  });

  it('a password reset by the administrator refuses the tokens issued before it', async () => {
    const user = await departmentUser();
    await a
      .http()
      .post(`${API}/accounts/${user.id}/reset-password`)
      .set(bearer(admin))
      .send({ password: 'Reset#Pass2026x' })
      .expect((res) => expect(res.status).toBeLessThan(300));
    await expectStatus(user.token, 401, 'UNAUTHENTICATED');
  });

  it('a deactivation written to the database from elsewhere counts at the next request', async () => {
    const user = await departmentUser();
    await changeInDatabase(user.id, { active: false });
    await expectStatus(user.token, 401, 'UNAUTHENTICATED');
    await changeInDatabase(user.id, { active: true });
    await expectStatus(user.token, 200);
  });

  it('a token version bumped in the database from elsewhere (a logout there) counts at the next request', async () => {
    const user = await departmentUser();
    await changeInDatabase(user.id, { tokenVersion: 99 });
    await expectStatus(user.token, 401, 'UNAUTHENTICATED');
  });

  it('a role changed in the database applies at the next request', async () => {
    const user = await departmentUser();
    await changeInDatabase(user.id, { role: 'grader', departmentId: null });
    await expectStatus(user.token, 403, 'ROLE_FORBIDDEN');
  });

  it('a department changed in the database moves the scope at the next request', async () => {
    const user = await departmentUser();
    await changeInDatabase(user.id, { departmentId: org.deptB });
    await expectStatus(user.token, 404);
    await changeInDatabase(user.id, { departmentId: org.deptA });
    await expectStatus(user.token, 200);
  });
});
