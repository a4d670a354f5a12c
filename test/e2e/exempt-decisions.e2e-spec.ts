import {
  API,
  adminToken,
  bearer,
  binary,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  TestApp,
} from './harness';
import { exemptCertificate, fileWithCenter, register } from './filing';

/** 二(九): the center decides each filed 免考复核认定 against its evidence. */
describe('exempt re-recognition decisions (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let unit: string;
  let dept: string;
  let org: OrgFixture;
  let id: Record<string, string>;

  const post = (token: string, path: string, body: object = {}) =>
    t.http().post(`${API}${path}`).set(bearer(token)).send(body);
  const decide = (token: string, who: string, body: object) =>
    post(token, `/exempt-reviews/${id[who]}/decision`, body);
  const list = (token: string, query: object = {}) =>
    t.http().get(`${API}/exempt-reviews`).query(query).set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    org = await makeOrganizations(t, admin);
    unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    const verified = ['national-certificate', 'national-verification'];
    id = await register(t, unit, [
      ['张伟', '19680101'],
      ['安然', '19680202', exemptCertificate(), verified],
      [
        '李军',
        '19700303',
        exemptCertificate({ verified: false, militaryCommitment: true }),
        ['national-certificate', 'commitment'],
      ],
      ['赵敏', '19710404', exemptCertificate({ number: 'S2102000009' }), verified],
    ]);
    await fileWithCenter(t, { unit, department: dept, center: admin }, [
      id['张伟'],
      id['安然'],
      id['李军'],
    ]);
  });
  afterAll(() => t.close());

  it('lists the filed re-recognitions in pinyin order with their evidence, pending', async () => {
    const res = await list(staff).expect(200);
    expect(res.body.total).toBe(2);
    // 安 (an) before 李 (li); 张伟 sits the exam, 赵敏 is not filed.
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(['安然', '李军']);
    const [anran, lijun] = res.body.items;
    expect(anran).toMatchObject({
      state: 'pending',
      decision: null,
      clause: '二(九)',
      targetLevelName: '技师',
      unit: { id: org.unitA1, name: '大连市第一中学' },
      idNumber: expect.stringMatching(/^2102\*+/),
      certificate: {
        number: 'S2102000002',
        occupation: '汽车驾驶员',
        level: 'technician',
        levelName: '技师',
        verified: true,
      },
    });
    expect(anran.documents.map((d: { docType: string }) => d.docType)).toEqual([
      'national-certificate',
      'national-verification',
    ]);
    expect(anran.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    expect(lijun.checks.map((c: { text: string }) => c.text)).toContain(
      '退役士兵部队所取得证书，已上传本人真实性承诺书',
    );
  });

  it('opens the evidence PDF the list names', async () => {
    const [anran] = (await list(staff).expect(200)).body.items;
    const res = await t
      .http()
      .get(`${API}/registrations/${anran.id}/files/${anran.documents[0].id}`)
      .set(bearer(staff))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect((res.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('is the center’s: departments and units are refused', async () => {
    await list(dept).expect(403);
    await list(unit).expect(403);
    await decide(dept, '安然', { decision: 'approved' }).expect(403);
    await decide(unit, '安然', { decision: 'approved' }).expect(403);
  });

  it('approves without a reason, and the decision shows in state and history', async () => {
    const res = await decide(staff, '安然', { decision: 'approved' }).expect(200);
    expect(res.body).toMatchObject({
      state: 'approved',
      decision: { decision: 'approved', decisionName: '认定通过', reason: null, version: 1 },
    });
    const history = await t
      .http()
      .get(`${API}/registrations/${id['安然']}/history`)
      .set(bearer(unit))
      .expect(200);
    expect(history.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'registration.exempt-approve',
          before: { decision: null },
          after: { decision: 'approved' },
        }),
      ]),
    );
  });

  it('refuses a rejection without a reason (400 naming reason), takes it with one', async () => {
    const bare = await decide(admin, '李军', { decision: 'rejected' }).expect(400);
    expect(bare.body).toMatchObject({ code: 'REASON_REQUIRED', details: [{ field: 'reason' }] });
    await decide(admin, '李军', { decision: 'rejected', reason: '   ' }).expect(400);
    const res = await decide(admin, '李军', {
      decision: 'rejected',
      reason: '承诺书未签名',
    }).expect(200);
    expect(res.body.decision).toMatchObject({ decision: 'rejected', reason: '承诺书未签名' });
  });

  it('refuses to repeat the current decision', async () => {
    const res = await decide(staff, '安然', { decision: 'approved' }).expect(409);
    expect(res.body.code).toBe('EXEMPT_DECISION_UNCHANGED');
  });

  it('changes a decision only with a reason and the version the caller saw', async () => {
    const bare = await decide(staff, '安然', { decision: 'rejected', version: 1 }).expect(400);
    expect(bare.body.details[0].field).toBe('reason');
    const stale = await decide(staff, '安然', {
      decision: 'rejected',
      reason: '证书查询结果与姓名不符',
      version: 7,
    }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const res = await decide(staff, '安然', {
      decision: 'rejected',
      reason: '证书查询结果与姓名不符',
      version: 1,
    }).expect(200);
    expect(res.body.decision).toMatchObject({ decision: 'rejected', version: 2 });
    const history = await t
      .http()
      .get(`${API}/registrations/${id['安然']}/history`)
      .set(bearer(admin))
      .expect(200);
    expect(history.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'registration.exempt-reject',
          before: { decision: 'approved' },
          after: { decision: 'rejected', reason: '证书查询结果与姓名不符' },
        }),
      ]),
    );
    await decide(staff, '安然', {
      decision: 'approved',
      reason: '补交核查结果',
      version: 2,
    }).expect(200);
  });

  it('filters by decision state and name', async () => {
    const names = async (query: object) =>
      (await list(staff, query).expect(200)).body.items.map((i: { name: string }) => i.name);
    expect(await names({ state: 'approved' })).toEqual(['安然']);
    expect(await names({ state: 'rejected' })).toEqual(['李军']);
    expect(await names({ state: 'pending' })).toEqual([]);
    expect(await names({ name: '李' })).toEqual(['李军']);
    expect(await names({ unitId: org.unitA2 })).toEqual([]);
    await list(staff, { state: 'maybe' }).expect(400);
  });

  it('refuses what is not a filed re-recognition', async () => {
    const exam = await decide(staff, '张伟', { decision: 'approved' }).expect(409);
    expect(exam.body.code).toBe('NOT_EXEMPT_REVIEW');
    const unfiled = await decide(staff, '赵敏', { decision: 'approved' }).expect(409);
    expect(unfiled.body).toMatchObject({ code: 'EXEMPT_NOT_DECIDABLE' });
    expect(unfiled.body.message).toContain('已报名待单位审核');
    await decide(staff, '安然', { decision: 'maybe' }).expect(400);
    await post(staff, `/exempt-reviews/00000000-0000-4000-8000-000000000000/decision`, {
      decision: 'approved',
    }).expect(404);
    await post(staff, `/exempt-reviews/not-an-id/decision`, { decision: 'approved' }).expect(400);
  });

  it('drops a cancelled candidate from the list and refuses to decide it', async () => {
    await post(admin, `/registrations/${id['李军']}/cancel`, { reason: '伪造证书' }).expect(200);
    const names = (await list(staff).expect(200)).body.items.map((i: { name: string }) => i.name);
    expect(names).toEqual(['安然']);
    const res = await decide(staff, '李军', { decision: 'approved', reason: '复核' }).expect(409);
    expect(res.body.message).toContain('已取消报考资格');
  });
});
