import { idNumberFor, makeRegistration } from '../factories/registration.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  TestApp,
} from './harness';

describe('registrations and their review (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unitA1: string;
  let unitB1: string;
  let deptA: string;
  let deptB: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z'); // Tuesday, inside the window
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    unitB1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitB1 })).token;
    deptA = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    deptB = (await makeUser(t, admin, { role: 'department', departmentId: org.deptB })).token;
  });
  afterAll(() => t.close());

  const register = (token: string, body: Record<string, unknown>) =>
    t.http().post(`${API}/registrations`).set(bearer(token)).send(body);

  it('registers a candidate with the eligibility decision and the paper category', async () => {
    const res = await register(unitA1, makeRegistration()).expect(201);
    expect(res.body).toMatchObject({
      status: 'registered',
      statusName: '已报名待单位审核',
      clause: '二(二)1',
      paperCategory: '汽车驾驶员',
      mode: 'exam',
      unit: { id: org.unitA1, name: '大连市第一中学' },
      department: { id: org.deptA },
      allowedActions: ['update', 'withdraw', 'unit-approve', 'unit-return'],
    });
    expect(res.body.idNumber).toMatch(/^2102\*{10}\d{3}[\dX]$/);
  });

  it("shows the candidate's phone to the unit and the department, in detail and in lists", async () => {
    const body = makeRegistration({
      idNumber: idNumberFor('19780101'),
      birthMonth: '1978-01',
      phone: '0411-84630000',
    });
    const { id } = (await register(unitA1, body).expect(201)).body;
    for (const token of [unitA1, deptA]) {
      const one = await t.http().get(`${API}/registrations/${id}`).set(bearer(token)).expect(200);
      expect(one.body.phone).toBe('0411-84630000');
      const list = await t
        .http()
        .get(`${API}/registrations`)
        .query({ idNumber: body.idNumber as string })
        .set(bearer(token))
        .expect(200);
      expect(list.body.items[0].phone).toBe('0411-84630000');
    }
  });

  it('refuses a wrong ID number, an inconsistent birth month and gender, naming the fields', async () => {
    const res = await register(
      unitA1,
      makeRegistration({ idNumber: '210202197503151230', birthMonth: '1975-04' }),
    ).expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['idNumber']);
    const mismatch = await register(
      unitA1,
      makeRegistration({ birthMonth: '1975-04', gender: '女' }),
    ).expect(400);
    expect(mismatch.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'birthMonth',
      'gender',
    ]);
  });

  it('reports a missing field as missing only, and 文化程度 outside the list with the list', async () => {
    const { name: _name, ...noName } = makeRegistration();
    const res = await register(unitA1, { ...noName, education: '大专' }).expect(400);
    expect(res.body.details).toEqual([
      { field: 'name', code: 'isDefined', message: 'name：不能为空' },
      {
        field: 'education',
        code: 'isIn',
        message:
          'education：文化程度应为以下之一：研究生、大学本科、大学专科、中专、技校、高中、职高、初中、小学',
      },
    ]);
  });

  it('refuses an application the rules refuse, with every reason (422)', async () => {
    const res = await register(
      unitA1,
      makeRegistration({ workStartDate: '2003-01-01', currentCertDate: '2022-01-01' }),
    ).expect(422);
    expect(res.body.code).toBe('NOT_ELIGIBLE');
    expect(res.body.details.map((d: { message: string }) => d.message)).toEqual(
      expect.arrayContaining(['高级工证书取得于 2022-01-01，至 2025-07-31 不满 5 年']),
    );
  });

  it('allows one registration per person per session, without revealing the other unit', async () => {
    const idNumber = idNumberFor('19800101');
    await register(
      unitA1,
      makeRegistration({ idNumber, birthMonth: '1980-01', workStartDate: '1999-01-01' }),
    ).expect(201);
    const dup = await register(
      unitB1,
      makeRegistration({ idNumber, birthMonth: '1980-01', workStartDate: '1999-01-01' }),
    ).expect(409);
    expect(dup.body.code).toBe('PERSON_ALREADY_REGISTERED');
    expect(JSON.stringify(dup.body)).not.toContain('第一中学');
  });

  it('refuses fields a unit may not set (mass assignment)', async () => {
    const res = await register(
      unitA1,
      makeRegistration({ status: 'accepted', unitId: org.unitB1, clause: '二(二)1' }),
    ).expect(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'clause',
      'status',
      'unitId',
    ]);
  });

  it('registers only inside the window, and inside a department extension', async () => {
    t.clock.set('2025-07-25T16:00:00Z'); // 07-26 00:00 in Beijing
    try {
      const closed = await register(
        unitA1,
        makeRegistration({ idNumber: idNumberFor('19760101'), birthMonth: '1976-01' }),
      ).expect(403);
      expect(closed.body).toMatchObject({
        code: 'REGISTRATION_CLOSED',
        message: '报名已结束，报名时间为 2025-06-27 至 2025-07-25',
      });
      await t
        .http()
        .put(`${API}/registration-extensions/${org.deptA}`)
        .set(bearer(admin))
        .send({ untilDate: '2025-07-28', reason: '系统维护顺延' })
        .expect(200);
      await register(
        unitA1,
        makeRegistration({ idNumber: idNumberFor('19760102'), birthMonth: '1976-01' }),
      ).expect(201);
      await register(
        unitB1,
        makeRegistration({ idNumber: idNumberFor('19760103'), birthMonth: '1976-01' }),
      ).expect(403);
    } finally {
      t.clock.set('2025-07-01T02:00:00Z');
    }
  });

  describe('the whole review, in bulk', () => {
    let ids: string[];

    beforeAll(async () => {
      ids = [];
      for (let i = 0; i < 4; i++) {
        const body = makeRegistration({
          idNumber: idNumberFor(`1970050${i + 1}`),
          birthMonth: '1970-05',
          name: `李${'一二三四'[i]}`,
        });
        ids.push((await register(unitA1, body).expect(201)).body.id);
      }
    });

    it('keeps other departments and units out (404)', async () => {
      await t.http().get(`${API}/registrations/${ids[0]}`).set(bearer(deptB)).expect(404);
      await t.http().get(`${API}/registrations/${ids[0]}`).set(bearer(unitB1)).expect(404);
      await t.http().get(`${API}/registrations/${ids[0]}`).set(bearer(deptA)).expect(200);
      const list = await t.http().get(`${API}/registrations`).set(bearer(deptB)).expect(200);
      expect(
        list.body.items.every((r: { department: { id: string } }) => r.department.id === org.deptB),
      ).toBe(true);
    });

    it('requires the unit to attest 二(一) and a reason to return', async () => {
      const noAttest = await t
        .http()
        .post(`${API}/registrations/unit-review`)
        .set(bearer(unitA1))
        .send({ ids, decision: 'approve' })
        .expect(400);
      expect(noAttest.body.details[0].field).toBe('conductAttested');
      await t
        .http()
        .post(`${API}/registrations/unit-review`)
        .set(bearer(unitA1))
        .send({ ids: [ids[3]], decision: 'return' })
        .expect(400);
    });

    it('moves a whole list or nothing', async () => {
      const res = await t
        .http()
        .post(`${API}/registrations/unit-review`)
        .set(bearer(unitA1))
        .send({ ids: ids.slice(0, 3), decision: 'approve', conductAttested: true })
        .expect(200);
      expect(res.body).toMatchObject({ count: 3, status: '单位审核通过' });
      const again = await t
        .http()
        .post(`${API}/registrations/unit-review`)
        .set(bearer(unitA1))
        .send({ ids: [ids[0], ids[3]], decision: 'return', reason: '材料不全' })
        .expect(200);
      expect(again.body.count).toBe(2);
      const r3 = await t.http().get(`${API}/registrations/${ids[3]}`).set(bearer(unitA1));
      expect(r3.body).toMatchObject({ status: 'unit-returned', statusReason: '材料不全' });
      await t
        .http()
        .post(`${API}/registrations/unit-review`)
        .set(bearer(unitA1))
        .send({ ids: [ids[0]], decision: 'approve', conductAttested: true })
        .expect(200);
    });

    it('runs a 5-working-day publicity, takes an objection, and submits only after it ends', async () => {
      const pub = await t
        .http()
        .post(`${API}/publicities`)
        .set(bearer(unitA1))
        .send({})
        .expect(201);
      expect(pub.body).toMatchObject({
        startDate: '2025-07-01',
        endDate: '2025-07-07',
        workingDays: 5,
        ended: false,
      });
      expect(pub.body.count).toBeGreaterThanOrEqual(3);
      const early = await t
        .http()
        .post(`${API}/registrations/submit-to-department`)
        .set(bearer(unitA1))
        .send({ ids: ids.slice(0, 2) })
        .expect(409);
      expect(early.body.code).toBe('PUBLICITY_NOT_ENDED');
      const obj = await t
        .http()
        .post(`${API}/registrations/${ids[2]}/objections`)
        .set(bearer(deptA))
        .send({ reason: '群众反映工作年限不实' })
        .expect(200);
      expect(obj.body.status).toBe('单位退回');
      t.clock.set('2025-07-08T02:00:00Z');
      await t
        .http()
        .post(`${API}/registrations/submit-to-department`)
        .set(bearer(unitA1))
        .send({ ids: ids.slice(0, 2) })
        .expect(200);
      const late = await t
        .http()
        .post(`${API}/registrations/${ids[0]}/objections`)
        .set(bearer(deptA))
        .send({ reason: '迟到的异议' })
        .expect(409);
      expect(late.body.code).toBe('ILLEGAL_STATE_TRANSITION');
    });

    it('answers an illegal step with 409 naming the state and what is allowed', async () => {
      const res = await t
        .http()
        .post(`${API}/registrations/unit-review`)
        .set(bearer(unitA1))
        .send({ ids: [ids[0]], decision: 'approve', conductAttested: true })
        .expect(409);
      expect(res.body.details[0].message).toBe(
        '李一：报名当前状态为“已报主管部门”，不能单位审核通过；此状态可执行：主管部门复审通过、主管部门退回、取消报考资格',
      );
    });

    it('lets the department re-review, submit to the center, and the center file it', async () => {
      await t
        .http()
        .post(`${API}/registrations/department-review`)
        .set(bearer(deptB))
        .send({ ids: ids.slice(0, 2), decision: 'approve' })
        .expect(404);
      await t
        .http()
        .post(`${API}/registrations/department-review`)
        .set(bearer(deptA))
        .send({ ids: ids.slice(0, 2), decision: 'approve' })
        .expect(200);
      const batch = await t
        .http()
        .post(`${API}/department-batches`)
        .set(bearer(deptA))
        .send({})
        .expect(201);
      expect(batch.body).toMatchObject({ count: 2, status: 'submitted' });
      await t.http().post(`${API}/department-batches`).set(bearer(deptA)).send({}).expect(409);
      await t
        .http()
        .post(`${API}/department-batches/${batch.body.id}/accept`)
        .set(bearer(deptA))
        .expect(403);
      const accepted = await t
        .http()
        .post(`${API}/department-batches/${batch.body.id}/accept`)
        .set(bearer(admin))
        .expect(200);
      expect(accepted.body).toMatchObject({ count: 2, status: '中心已备案' });
      const r0 = await t.http().get(`${API}/registrations/${ids[0]}`).set(bearer(deptA));
      expect(r0.body.status).toBe('accepted');
    });

    it('lets the center cancel qualification at any stage, with a reason, once', async () => {
      const res = await t
        .http()
        .post(`${API}/registrations/${ids[0]}/cancel`)
        .set(bearer(admin))
        .send({ reason: '伪造证书' })
        .expect(200);
      expect(res.body.status).toBe('已取消报考资格');
      await t
        .http()
        .post(`${API}/registrations/${ids[0]}/cancel`)
        .set(bearer(admin))
        .send({ reason: '再次' })
        .expect(409);
      await t
        .http()
        .post(`${API}/registrations/${ids[1]}/cancel`)
        .set(bearer(deptA))
        .send({ reason: 'x' })
        .expect(403);
      const audit = await t
        .http()
        .get(`${API}/audit`)
        .query({ entityId: ids[0] })
        .set(bearer(admin));
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining([
          'registration.create',
          'registration.unit-approve',
          'registration.accept',
          'registration.cancel',
        ]),
      );
    });

    it('shows the unit each step of its registration, and no other unit', async () => {
      const res = await t
        .http()
        .get(`${API}/registrations/${ids[3]}/history`)
        .set(bearer(unitA1))
        .expect(200);
      expect(res.body.items.map((e: { action: string }) => e.action).reverse()).toEqual([
        'registration.create',
        'registration.unit-return',
      ]);
      expect(res.body.items[0].after).toMatchObject({
        status: 'unit-returned',
        reason: '材料不全',
      });
      await t.http().get(`${API}/registrations/${ids[3]}/history`).set(bearer(unitB1)).expect(404);
    });

    it('shows the full ID number to the center only, and audits the look', async () => {
      const res = await t
        .http()
        .get(`${API}/registrations/${ids[1]}/id-number`)
        .set(bearer(admin))
        .expect(200);
      expect(res.body.idNumber).toMatch(/^\d{17}[\dX]$/);
      await t.http().get(`${API}/registrations/${ids[1]}/id-number`).set(bearer(deptA)).expect(403);
      const audit = await t
        .http()
        .get(`${API}/audit`)
        .query({ action: 'registration.view-id-number' })
        .set(bearer(admin));
      expect(audit.body.total).toBe(1);
    });
  });

  describe('corrections (PATCH: only the fields sent change)', () => {
    let id: string;
    let version: number;
    let masked: string;
    const patch = (body: Record<string, unknown>) =>
      t.http().patch(`${API}/registrations/${id}`).set(bearer(unitA1)).send(body);

    beforeAll(async () => {
      const body = makeRegistration({ idNumber: idNumberFor('19690101'), birthMonth: '1969-01' });
      const created = (await register(unitA1, body).expect(201)).body;
      ({ id, version, idNumber: masked } = created);
    });

    it('changes one field without the full ID number being resent', async () => {
      const res = await patch({ education: '大学专科', version }).expect(200);
      expect(res.body).toMatchObject({
        education: '大学专科',
        idNumber: masked,
        name: '王建国',
        clause: '二(二)1',
        version: version + 1,
      });
      version = res.body.version;
    });

    it('decides eligibility again on the merged record', async () => {
      const res = await patch({ currentCertDate: '2022-01-01', version }).expect(422);
      expect(res.body.code).toBe('NOT_ELIGIBLE');
      const junior = await patch({
        targetLevel: 'junior',
        currentOccupation: null,
        currentLevel: null,
        currentCertDate: null,
        version,
      }).expect(200);
      expect(junior.body).toMatchObject({
        targetLevel: 'junior',
        clause: '二(二)4',
        currentLevel: null,
      });
      version = junior.body.version;
    });

    it('checks an ID number again when one is sent', async () => {
      const res = await patch({ idNumber: '210202196901011230', version }).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field)).toEqual(['idNumber']);
    });

    it('refuses fields a unit may not set, a required field emptied, and no version', async () => {
      const res = await patch({ status: 'accepted', unitId: org.unitB1, version }).expect(400);
      expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'status',
        'unitId',
      ]);
      const cleared = await patch({ name: null, version }).expect(400);
      expect(cleared.body.details).toEqual([
        { field: 'name', code: 'isDefined', message: 'name：不能为空' },
      ]);
      const unversioned = await patch({ education: '高中' }).expect(400);
      expect(unversioned.body.details.map((d: { field: string }) => d.field)).toEqual(['version']);
    });

    it('refuses a stale version (409)', async () => {
      const stale = await patch({ education: '高中', version: version - 1 }).expect(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');
    });
  });
});
