import { pdfFile } from '../factories/files.factory';
import { idNumberFor, makeRegistration } from '../factories/registration.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  TestApp,
} from './harness';

const CERTIFICATE = '原等级证书或合格证明';
const VETERAN = '入伍通知书等退役士兵安置手续';
const NATIONAL = '国家职业资格证书或职业技能等级证书';
const COMMITMENT = '退役士兵证书真实性承诺书';

/**
 * The papers 三(二)2(2)(3) and 二(九) ask for: shown on every registration, reported to the
 * reviews, and blocking submission to the center only when the center says so. And the actions
 * a registration offers are exactly those that would succeed.
 */
describe('required documents and allowed actions (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let unit: string;
  let dept: string;
  let plain: string;
  let veteran: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    const org = await makeOrganizations(t, admin);
    unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    const register = async (body: Record<string, unknown>) =>
      (await t.http().post(`${API}/registrations`).set(bearer(unit)).send(body).expect(201)).body
        .id as string;
    plain = await register(makeRegistration());
    veteran = await register(
      makeRegistration({
        name: '赵退伍',
        idNumber: idNumberFor('19720303'),
        birthMonth: '1972-03',
        route: 'veteran',
        nationalCertificate: {
          level: 'technician',
          occupation: '汽车驾驶员',
          number: 'S2102000001',
          verified: false,
          militaryCommitment: true,
        },
      }),
    );
  });
  afterAll(() => t.close());

  const get = (id: string, token = unit) =>
    t.http().get(`${API}/registrations/${id}`).set(bearer(token)).expect(200);
  const actions = async (id: string, token: string) =>
    (await get(id, token)).body.allowedActions as string[];
  const setBlocking = (on: boolean) =>
    t
      .http()
      .patch(`${API}/exam-sessions/2025`)
      .set(bearer(admin))
      .send({ blockIncompleteDocuments: on })
      .expect(200);

  it('shows on each registration which required papers are there and which are missing', async () => {
    const one = await get(plain);
    expect(one.body.documents).toEqual({
      complete: false,
      items: [
        {
          docType: 'certificate',
          name: CERTIFICATE,
          clause: '三(二)2(2)',
          reason: '持有高级工等级',
          present: false,
        },
      ],
      missing: [CERTIFICATE],
    });
    const other = await get(veteran);
    expect(other.body).toMatchObject({ mode: 'exempt-review', clause: '二(九)' });
    expect(other.body.documents.missing).toEqual([CERTIFICATE, VETERAN, NATIONAL, COMMITMENT]);
    const list = await t.http().get(`${API}/registrations`).set(bearer(dept)).expect(200);
    const listed = list.body.items.find((r: { id: string }) => r.id === veteran);
    expect(listed.documents.missing).toEqual([CERTIFICATE, VETERAN, NATIONAL, COMMITMENT]);
  });

  it('ticks a paper off once it is uploaded', async () => {
    await t
      .http()
      .post(`${API}/registrations/${plain}/documents?docType=certificate`)
      .set(bearer(unit))
      .attach('file', pdfFile(), '高级工证书.pdf')
      .expect(201);
    expect((await get(plain)).body.documents).toMatchObject({ complete: true, missing: [] });
  });

  it('tells the unit review which registrations miss papers', async () => {
    const res = await t
      .http()
      .post(`${API}/registrations/unit-review`)
      .set(bearer(unit))
      .send({ ids: [plain, veteran], decision: 'approve', conductAttested: true })
      .expect(200);
    expect(res.body.documentGaps).toEqual([
      { id: veteran, name: '赵退伍', missing: [CERTIFICATE, VETERAN, NATIONAL, COMMITMENT] },
    ]);
  });

  it('offers no submission while the publicity runs, then only the submission', async () => {
    const pub = await t.http().post(`${API}/publicities`).set(bearer(unit)).send({}).expect(201);
    expect(pub.body.endDate).toBe('2025-07-07');
    expect(await actions(plain, unit)).toEqual(['object']);
    expect(await actions(plain, dept)).toEqual(['object']);
    expect(await actions(plain, admin)).toEqual(['object', 'cancel']);
    t.clock.set('2025-07-07T15:59:00Z'); // 23:59 on the last day in Beijing
    expect(await actions(plain, unit)).toEqual(['object']);
    t.clock.set('2025-07-08T02:00:00Z');
    expect(await actions(plain, unit)).toEqual(['submit-to-department']);
    const res = await t
      .http()
      .post(`${API}/registrations/submit-to-department`)
      .set(bearer(unit))
      .send({ ids: [plain, veteran] })
      .expect(200);
    expect(res.body.documentGaps.map((g: { id: string }) => g.id)).toEqual([veteran]);
  });

  it('tells the department review which registrations miss papers', async () => {
    const res = await t
      .http()
      .post(`${API}/registrations/department-review`)
      .set(bearer(dept))
      .send({ ids: [plain, veteran], decision: 'approve' })
      .expect(200);
    expect(res.body.documentGaps.map((g: { id: string }) => g.id)).toEqual([veteran]);
  });

  it('refuses submission to the center for missing papers when the center requires them (422)', async () => {
    const session = await setBlocking(true);
    expect(session.body.blockIncompleteDocuments).toBe(true);
    expect(await actions(veteran, dept)).toEqual(['department-return']);
    expect(await actions(plain, dept)).toEqual(['department-return', 'submit-to-center']);
    const res = await t.http().post(`${API}/department-batches`).set(bearer(dept)).send({});
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'DOCUMENTS_MISSING' });
    expect(res.body.details).toEqual([
      {
        field: veteran,
        code: 'DOCUMENTS_MISSING',
        message: `赵退伍：缺少${[CERTIFICATE, VETERAN, NATIONAL, COMMITMENT].join('、')}`,
      },
    ]);
    expect((await get(plain, dept)).body.status).toBe('department-approved');
  });

  it('submits with a warning when the center does not require them (the default)', async () => {
    await setBlocking(false);
    expect(await actions(veteran, dept)).toEqual(['department-return', 'submit-to-center']);
    const res = await t
      .http()
      .post(`${API}/department-batches`)
      .set(bearer(dept))
      .send({})
      .expect(201);
    expect(res.body).toMatchObject({ count: 2, status: 'submitted' });
    expect(res.body.documentGaps.map((g: { id: string }) => g.id)).toEqual([veteran]);
  });
});
