import { exemptCertificate, fileWithCenter, register } from './filing';
import {
  API,
  adminToken,
  bearer,
  changeAuditCount,
  createTestApp,
  makeOrganizations,
  makeUser,
  type TestApp,
} from './harness';

/** 二(九) in bulk: the center decides a list of re-recognitions at once, all or nothing. */
describe('exempt re-recognition decisions in bulk (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let dept: string;
  let id: Record<string, string>;

  const decideMany = (token: string, items: object[]) =>
    t.http().post(`${API}/exempt-reviews/decisions`).set(bearer(token)).send({ items });

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    const org = await makeOrganizations(t, admin);
    const unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    dept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    id = await register(t, unit, [
      ['张伟', '19680101'],
      ['安然', '19680202', exemptCertificate()],
      ['李军', '19700303', exemptCertificate({ number: 'S2102000003' })],
      ['赵敏', '19710404', exemptCertificate({ number: 'S2102000004' })],
    ]);
    await fileWithCenter(t, { unit, department: dept, center: admin }, Object.values(id));
  });
  afterAll(() => t.close());

  /** Every decision, and the audit trail (minus refused-access entries). */
  async function written() {
    const rows = await t.dataSource.query(
      'SELECT "registration_id", "decision", "reason", "version" FROM "exempt_decisions" ORDER BY "registration_id"',
    );
    return { rows, audit: await changeAuditCount(t) };
  }

  const history = async (who: string, action: string) =>
    (
      await t
        .http()
        .get(`${API}/audit`)
        .query({ entityId: id[who], action })
        .set(bearer(admin))
        .expect(200)
    ).body.items.map(
      ({ entityType, actorRole, before, after, outcome }: Record<string, unknown>) => ({
        entityType,
        actorRole,
        before,
        after,
        outcome,
      }),
    );

  it('validates the list: empty, an id twice, more than 500, a decision unknown (400)', async () => {
    const item = (i: number) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      decision: 'approved',
    });
    const cases: [object[], string, string][] = [
      [[], 'items', 'arrayMinSize'],
      [[item(1), item(1)], 'items', 'arrayUnique'],
      [Array.from({ length: 501 }, (_, i) => item(i)), 'items', 'arrayMaxSize'],
      [[{ ...item(1), decision: 'maybe' }], 'items.0.decision', 'isIn'],
    ];
    for (const [items, field, code] of cases) {
      const res = await decideMany(staff, items).expect(400);
      expect(res.body.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, code })]),
      );
    }
  });

  it('is the center’s: a department is refused', async () => {
    await decideMany(dept, [{ id: id['安然'], decision: 'approved' }]).expect(403);
  });

  it('refuses the whole list when one decision is refused, writing nothing', async () => {
    const before = await written();
    const bare = await decideMany(staff, [
      { id: id['安然'], decision: 'approved' },
      { id: id['李军'], decision: 'rejected' },
    ]).expect(400);
    expect(bare.body).toMatchObject({
      code: 'REASON_REQUIRED',
      message: '1 项免考复核认定不能作出，未做任何更改',
      details: [{ field: id['李军'], code: 'REASON_REQUIRED' }],
    });
    const exam = await decideMany(staff, [
      { id: id['安然'], decision: 'approved' },
      { id: id['张伟'], decision: 'approved' },
    ]).expect(409);
    expect(exam.body).toMatchObject({
      code: 'NOT_EXEMPT_REVIEW',
      details: [{ field: id['张伟'], code: 'NOT_EXEMPT_REVIEW' }],
    });
    await decideMany(staff, [
      { id: id['安然'], decision: 'approved' },
      { id: '00000000-0000-4000-8000-000000000000', decision: 'approved' },
    ]).expect(404);
    expect(await written()).toEqual(before);
  });

  it('decides a list at once, each audited as its own decision is', async () => {
    const res = await decideMany(staff, [
      { id: id['安然'], decision: 'approved' },
      { id: id['李军'], decision: 'rejected', reason: '证书查询结果与姓名不符' },
    ]).expect(200);
    expect(res.body).toEqual({
      count: 2,
      items: [
        { id: id['安然'], state: 'approved', version: 1 },
        { id: id['李军'], state: 'rejected', version: 1 },
      ],
    });
    await t
      .http()
      .post(`${API}/exempt-reviews/${id['赵敏']}/decision`)
      .set(bearer(staff))
      .send({ decision: 'approved' })
      .expect(200);
    const [single] = await history('赵敏', 'registration.exempt-approve');
    expect(single).toMatchObject({ before: { decision: null }, after: { decision: 'approved' } });
    expect(await history('安然', 'registration.exempt-approve')).toEqual([single]);
    expect(await history('李军', 'registration.exempt-reject')).toEqual([
      {
        ...single,
        after: { decision: 'rejected', reason: '证书查询结果与姓名不符' },
      },
    ]);
  });

  it('changes decisions only with the version seen: one stale version refuses them all', async () => {
    const before = await written();
    const stale = await decideMany(staff, [
      { id: id['安然'], decision: 'rejected', reason: '复核', version: 1 },
      { id: id['李军'], decision: 'approved', reason: '补交核查结果', version: 7 },
    ]).expect(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      details: [{ field: id['李军'], code: 'VERSION_CONFLICT' }],
    });
    expect(await written()).toEqual(before);
    const res = await decideMany(staff, [
      { id: id['安然'], decision: 'rejected', reason: '复核', version: 1 },
      { id: id['李军'], decision: 'approved', reason: '补交核查结果', version: 1 },
    ]).expect(200);
    expect(res.body.items.map((i: { version: number }) => i.version)).toEqual([2, 2]);
  });

  it('keeps the audit chain intact', async () => {
    const verify = await t.http().get(`${API}/audit/verify`).set(bearer(admin)).expect(200);
    expect(verify.body.intact).toBe(true);
  });
});
