import type { ExamComponentsPassed } from '../../src/modules/reviews/domain/review-gate';
import {
  EXAM_COMPONENTS,
  type ExamComponentsReader,
} from '../../src/modules/reviews/exam-components.port';
import { makeReviewForm } from '../factories/review-form.factory';
import { fileWithCenter, register } from './filing';
import {
  adminToken,
  API,
  bearer,
  changeAuditCount,
  createTestApp,
  makeOrganizations,
  makeUser,
  type TestApp,
} from './harness';

const FORM = makeReviewForm();

/**
 * A department reports, and the center decides, a list of 附件4 forms in one request: each
 * form checked as its own request would check it, all written (and audited each) or none.
 */
describe('technician reviews in bulk: report and decide a list, all or nothing (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let unitA1: string;
  let deptA: string;
  let deptB: string;
  /** Department A's technicians by name, and 辛 of department B. */
  let id: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    const org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    const unitB1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitB1 })).token;
    deptA = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    deptB = (await makeUser(t, admin, { role: 'department', departmentId: org.deptB })).token;
    t.clock.set('2025-07-01T02:00:00Z');
    id = await register(t, unitA1, [
      ['周甲', '19700101'],
      ['周乙', '19700202'],
      ['周丙', '19700303'],
      ['周丁', '19700404'],
      ['周戊', '19700505'],
    ]);
    const b = await register(t, unitB1, [['吴辛', '19710606']]);
    await fileWithCenter(t, { unit: unitA1, department: deptA, center: admin }, Object.values(id));
    await fileWithCenter(t, { unit: unitB1, department: deptB, center: admin }, [b['吴辛']]);
    id['吴辛'] = b['吴辛'];
    const reader = t.app.get<ExamComponentsReader>(EXAM_COMPONENTS);
    const passed: ExamComponentsPassed = { theory: true, practical: true };
    reader.passedFor = (_s: string, list: string[]) =>
      Promise.resolve(new Map(list.map((i) => [i, passed])));
    t.clock.set('2025-09-30T02:00:00Z');
    for (const name of ['周甲', '周乙', '周丙', '周戊'])
      await save(deptA, id[name], FORM).expect(200);
    await save(deptA, id['周丁'], { ...FORM, departmentOpinion: '' }).expect(200);
    await save(deptB, id['吴辛'], FORM).expect(200);
  });
  afterAll(() => t.close());

  const save = (token: string, reg: string, body: object) =>
    t.http().put(`${API}/technician-reviews/${reg}`).set(bearer(token)).send(body);
  const post = (token: string, path: string, body: object) =>
    t.http().post(`${API}/technician-reviews${path}`).set(bearer(token)).send(body);
  const items = (names: string[], version: number, extra: object = {}) =>
    names.map((n) => ({ id: id[n], version, ...extra }));

  /** Every form's state and version, and the audit trail (minus refused-access entries). */
  async function written() {
    const rows = await t.dataSource.query(
      'SELECT "registration_id", "status", "version", "center_note", "updated_at" FROM "technician_reviews" ORDER BY "registration_id"',
    );
    return { rows, audit: await changeAuditCount(t) };
  }

  /** The audit entries of one step on one registration, as the history shows them. */
  async function entries(reg: string, action: string) {
    const res = await t
      .http()
      .get(`${API}/audit`)
      .query({ entityId: reg, action })
      .set(bearer(admin))
      .expect(200);
    return (res.body.items as Record<string, unknown>[]).map(
      ({ entityType, entityId, actorUsername, actorRole, before, after, outcome }) => ({
        entityType,
        entityId,
        actorUsername,
        actorRole,
        before,
        after,
        outcome,
      }),
    );
  }

  it.each([
    ['an empty list', [], 'items', 'arrayMinSize'],
    ['an id twice', 'twice', 'items', 'arrayUnique'],
    ['501 forms', 'many', 'items', 'arrayMaxSize'],
    ['an id that is no UUID', [{ id: 'x', version: 1 }], 'items.0.id', 'isUuid'],
    [
      'a version below 1',
      [{ id: '00000000-0000-4000-8000-000000000001', version: 0 }],
      'items.0.version',
      'min',
    ],
  ])('refuses %s (400 naming the field)', async (_label, list, field, code) => {
    const body = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        version: 1,
      }));
    const sent = list === 'twice' ? [...body(1), ...body(1)] : list === 'many' ? body(501) : list;
    for (const [token, path, extra] of [
      [deptA, '/submit', {}],
      [staff, '/decisions', { result: 'pass' }],
    ] as const) {
      const withExtra = (sent as object[]).map((i) => ({ ...i, ...extra }));
      const res = await post(token, path, { items: withExtra }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      const detail = (res.body.details as { field: string; code: string; message: string }[]).find(
        (d) => d.field === field && d.code === code,
      );
      expect(detail?.message).not.toContain('取值无效');
    }
  });

  it('is the department’s to report and the center’s to decide (403 otherwise)', async () => {
    await post(unitA1, '/submit', { items: items(['周甲'], 1) }).expect(403);
    await post(staff, '/submit', { items: items(['周甲'], 1) }).expect(403);
    await post(deptA, '/decisions', { items: items(['周甲'], 1, { result: 'pass' }) }).expect(403);
  });

  it('refuses a list naming another department’s form as a whole (404), writing nothing', async () => {
    const before = await written();
    const res = await post(deptA, '/submit', { items: items(['周甲', '吴辛'], 1) }).expect(404);
    expect(res.body).toMatchObject({
      code: 'REVIEW_CANDIDATE_NOT_FOUND',
      details: [{ field: id['吴辛'], code: 'REVIEW_CANDIDATE_NOT_FOUND' }],
    });
    await post(deptB, '/submit', { items: items(['周甲'], 1) }).expect(404);
    expect(await written()).toEqual(before);
  });

  it('refuses a list with one stale version (409) or one incomplete form (422), writing nothing', async () => {
    const before = await written();
    const stale = await post(deptA, '/submit', {
      items: [...items(['周甲', '周乙'], 1), { id: id['周丙'], version: 9 }],
    }).expect(409);
    expect(stale.body).toMatchObject({
      code: 'STALE_VERSION',
      message: '1 份考核表不能报送，未做任何更改',
      details: [{ field: id['周丙'], code: 'STALE_VERSION' }],
    });
    expect(stale.body.details[0].message).toMatch(/^周丙：综合评审表已被他人修改/);
    const incomplete = await post(deptA, '/submit', {
      items: items(['周甲', '周丁'], 1),
    }).expect(422);
    expect(incomplete.body).toMatchObject({
      code: 'REVIEW_INCOMPLETE',
      details: [{ field: id['周丁'], code: 'REVIEW_INCOMPLETE' }],
    });
    expect(incomplete.body.details[0].message).toContain('主管部门意见');
    expect(await written()).toEqual(before);
  });

  it('reports a list at once, each form audited as its own report is', async () => {
    // The list carries each form's version, which the bulk steps send back.
    const list = await t.http().get(`${API}/technician-reviews`).set(bearer(deptA)).expect(200);
    expect(
      list.body.items.find((r: { registrationId: string }) => r.registrationId === id['周甲']),
    ).toMatchObject({ state: 'draft', version: 1 });
    const before = await written();
    const res = await post(deptA, '/submit', { items: items(['周甲', '周乙', '周丙'], 1) }).expect(
      200,
    );
    expect(res.body).toEqual({
      count: 3,
      items: ['周甲', '周乙', '周丙'].map((n) => ({
        registrationId: id[n],
        state: 'submitted',
        stateName: '已报中心待评审',
        version: 2,
      })),
    });
    expect((await written()).audit).toBe(before.audit + 3);
    // The same step through the single-form path writes the same entry.
    await post(deptA, `/${id['周戊']}/submit`, { version: 1 }).expect(200);
    const single = (await entries(id['周戊'], 'technician-review.submit'))[0];
    for (const n of ['周甲', '周乙', '周丙'])
      expect(await entries(id[n], 'technician-review.submit')).toEqual([
        { ...single, entityId: id[n] },
      ]);
    expect(single).toMatchObject({
      before: { reviewStatus: 'draft' },
      after: { reviewStatus: 'submitted' },
    });
  });

  it('decides a list at once; a change in it needs the reason, or nothing is written', async () => {
    const decided = await post(staff, '/decisions', {
      items: [
        { id: id['周甲'], version: 2, result: 'pass' },
        { id: id['周乙'], version: 2, result: 'fail' },
      ],
    }).expect(200);
    expect(decided.body.items.map((i: { state: string }) => i.state)).toEqual(['passed', 'failed']);
    const before = await written();
    const bare = await post(staff, '/decisions', {
      items: [
        { id: id['周丙'], version: 2, result: 'pass' },
        { id: id['周甲'], version: 3, result: 'fail' },
      ],
    }).expect(400);
    expect(bare.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: id['周甲'], code: 'REQUIRED' }],
    });
    expect(await written()).toEqual(before);
    await post(staff, '/decisions', {
      items: [
        { id: id['周丙'], version: 2, result: 'pass' },
        { id: id['周甲'], version: 3, result: 'fail' },
      ],
      reason: '复核发现业绩材料不实',
    }).expect(200);
    // The single path writes the same entry for the same step.
    await post(staff, `/${id['周戊']}/decide`, { version: 2, result: 'pass' }).expect(200);
    const [single] = await entries(id['周戊'], 'technician-review.decide');
    const [changed, first] = await entries(id['周甲'], 'technician-review.decide');
    expect(first).toEqual({ ...single, entityId: id['周甲'] });
    expect(single).toMatchObject({
      actorRole: 'center-staff',
      before: { reviewStatus: 'submitted' },
      after: { reviewStatus: 'passed' },
    });
    expect(changed).toMatchObject({
      before: { reviewStatus: 'passed' },
      after: { reviewStatus: 'failed', reason: '复核发现业绩材料不实' },
    });
    const form = await t
      .http()
      .get(`${API}/technician-reviews/${id['周甲']}`)
      .set(bearer(deptA))
      .expect(200);
    expect(form.body).toMatchObject({ state: 'failed', version: 4 });
  });

  it('keeps the audit chain intact', async () => {
    const verify = await t.http().get(`${API}/audit/verify`).set(bearer(admin)).expect(200);
    expect(verify.body.intact).toBe(true);
  });
});
