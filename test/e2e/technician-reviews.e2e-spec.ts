import { writeSummaryWorkbook } from '../../src/modules/documents/excel/summary-workbook';
import type { ExamComponentsPassed } from '../../src/modules/reviews/domain/review-gate';
import {
  EXAM_COMPONENTS,
  type ExamComponentsReader,
} from '../../src/modules/reviews/exam-components.port';
import { makeReviewForm } from '../factories/review-form.factory';
import { summaryRows } from '../factories/summary.factory';
import { fileWithCenter } from './filing';
import {
  adminToken,
  API,
  bearer,
  binary,
  createTestApp,
  makeOrganizations,
  makeUser,
  type OrgFixture,
  type TestApp,
} from './harness';

const FORM = makeReviewForm({ departmentOpinion: '' });

describe('technician comprehensive review, 附件4 (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  let org: OrgFixture;
  let unitA1: string;
  let unitA2: string;
  let deptA: string;
  let deptB: string;
  let technicians: string[];
  let senior: string;
  const passed = new Map<string, ExamComponentsPassed>();

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    staff = (await makeUser(t, admin, { role: 'center-staff' })).token;
    org = await makeOrganizations(t, admin);
    unitA1 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    unitA2 = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA2 })).token;
    deptA = (await makeUser(t, admin, { role: 'department', departmentId: org.deptA })).token;
    deptB = (await makeUser(t, admin, { role: 'department', departmentId: org.deptB })).token;

    // Six applicants of unit A1: rows 0 and 3 apply for 技师, the others below it.
    const file = await writeSummaryWorkbook(summaryRows(6), {
      title: '申报汇总表',
      departmentName: '大连市教育局',
    });
    await t
      .http()
      .post(`${API}/registrations/import`)
      .set(bearer(unitA1))
      .attach('file', file, 'a.xlsx')
      .expect(201);
    const regs = (
      await t.http().get(`${API}/registrations`).query({ pageSize: 100 }).set(bearer(unitA1))
    ).body.items as { id: string; targetLevel: string }[];
    const ids = regs.map((r) => r.id);
    technicians = regs.filter((r) => r.targetLevel === 'technician').map((r) => r.id);
    senior = regs.find((r) => r.targetLevel === 'senior')!.id;
    expect(technicians).toHaveLength(2);
    await fileWithCenter(t, { unit: unitA1, department: deptA, center: admin }, ids);

    // Final marks come from scoring; here the reader answers what each test sets.
    const reader = t.app.get<ExamComponentsReader>(EXAM_COMPONENTS);
    reader.passedFor = (_sessionId: string, list: string[]) =>
      Promise.resolve(
        new Map(list.map((id) => [id, passed.get(id) ?? { theory: null, practical: null }])),
      );
  });
  afterAll(() => t.close());

  const [first, second] = [0, 1];
  const get = (token: string, id: string) =>
    t.http().get(`${API}/technician-reviews/${id}`).set(bearer(token));
  const save = (token: string, id: string, body: object) =>
    t.http().put(`${API}/technician-reviews/${id}`).set(bearer(token)).send(body);
  const post = (token: string, id: string, step: string, body: object) =>
    t.http().post(`${API}/technician-reviews/${id}/${step}`).set(bearer(token)).send(body);

  it('stays closed until theory and practical are both finally passed (notice 三)', async () => {
    const id = technicians[first];
    const closed = await get(unitA1, id).expect(200);
    expect(closed.body).toMatchObject({ open: false, state: 'pending', allowedActions: [] });
    expect(closed.body.closedReason).toContain('尚未最终确定');
    expect((await save(unitA1, id, FORM).expect(409)).body.code).toBe('REVIEW_NOT_OPEN');

    passed.set(id, { theory: true, practical: false });
    const failed = await save(unitA1, id, FORM).expect(409);
    expect(failed.body.message).toContain('须均合格');
  });

  it('lists only filed technician candidates who sit the exam, never those below 技师', async () => {
    passed.set(technicians[first], { theory: true, practical: true });
    const list = await t.http().get(`${API}/technician-reviews`).set(bearer(deptA)).expect(200);
    expect(list.body.items.map((r: { registrationId: string }) => r.registrationId).sort()).toEqual(
      [...technicians].sort(),
    );
    const row = list.body.items.find(
      (r: { registrationId: string }) => r.registrationId === technicians[first],
    );
    expect(row).toMatchObject({
      open: true,
      state: 'pending',
      stateName: '未填写',
      unitName: '大连市第一中学',
    });
    expect((await get(deptA, senior).expect(404)).body.code).toBe('REVIEW_CANDIDATE_NOT_FOUND');
  });

  it('keeps each candidate inside its unit and department (404 elsewhere)', async () => {
    const id = technicians[first];
    await get(unitA2, id).expect(404);
    await get(deptB, id).expect(404);
    expect((await save(unitA2, id, FORM).expect(404)).body.code).toBe('REVIEW_CANDIDATE_NOT_FOUND');
    const listB = await t.http().get(`${API}/technician-reviews`).set(bearer(deptB)).expect(200);
    expect(listB.body.total).toBe(0);
  });

  it('lets the unit fill the form but not write the department’s opinion', async () => {
    const id = technicians[first];
    const saved = await save(unitA1, id, { ...FORM, departmentOpinion: '单位代写的意见' }).expect(
      200,
    );
    expect(saved.body).toMatchObject({
      state: 'draft',
      version: 1,
      departmentOpinion: '',
      unitResult: '合格',
    });
    expect(saved.body.missing.map((m: { field: string }) => m.field)).toEqual([
      'departmentOpinion',
    ]);
    expect(saved.body.allowedActions).toEqual(['save']);
    expect(saved.body.facts).toMatchObject({
      targetOccupation: '维修电工',
      seniorCertDate: '2015年6月',
    });
  });

  it('refuses a save on a stale version instead of overwriting (409)', async () => {
    const id = technicians[first];
    const stale = await save(deptA, id, { ...FORM, version: 0 }).expect(409);
    expect(stale.body.code).toBe('STALE_VERSION');
    expect((await get(deptA, id)).body.resume).toBe(FORM.resume);
  });

  it('validates the form: roles of achievements, unit result, lengths (400 naming fields)', async () => {
    const id = technicians[first];
    const bad = await save(deptA, id, {
      ...FORM,
      version: 1,
      unitResult: '优秀',
      achievements: [{ period: 'x', project: 'y', effect: 'z', role: '指导' }],
      workSummary: '长'.repeat(6001),
    }).expect(400);
    const fields = bad.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining(['unitResult', 'achievements.0.role', 'workSummary']),
    );
  });

  it('refuses to report an incomplete form, then the department completes and reports it', async () => {
    const id = technicians[first];
    const incomplete = await post(deptA, id, 'submit', { version: 1 }).expect(422);
    expect(incomplete.body.code).toBe('REVIEW_INCOMPLETE');
    expect(incomplete.body.message).toContain('主管部门意见');
    expect((await post(unitA1, id, 'submit', { version: 1 })).status).toBe(403);

    await save(deptA, id, { ...FORM, version: 1, departmentOpinion: '同意推荐。' }).expect(200);
    const reported = await post(deptA, id, 'submit', { version: 2 }).expect(200);
    expect(reported.body).toMatchObject({
      state: 'submitted',
      stateName: '已报中心待评审',
      allowedActions: [],
    });
    const frozen = await save(unitA1, id, { ...FORM, version: 3 }).expect(409);
    expect(frozen.body.code).toBe('REVIEW_ILLEGAL_STEP');
    expect(frozen.body.message).toContain('已报中心待评审');
  });

  it('lets the center return it with a reason, and record the result; a change needs a reason', async () => {
    const id = technicians[first];
    expect(
      (await post(staff, id, 'return', { version: 3 }).expect(400)).body.details[0].field,
    ).toBe('reason');
    const returned = await post(staff, id, 'return', {
      version: 3,
      reason: '业绩栏请补充具体数据',
    }).expect(200);
    expect(returned.body).toMatchObject({ state: 'draft', centerNote: '业绩栏请补充具体数据' });
    // The department sees in its list why a form came back, without opening it.
    const list = await t.http().get(`${API}/technician-reviews`).set(bearer(deptA)).expect(200);
    expect(
      list.body.items.find((r: { registrationId: string }) => r.registrationId === id),
    ).toMatchObject({ state: 'draft', centerNote: '业绩栏请补充具体数据' });
    await post(deptA, id, 'submit', { version: 4 }).expect(200);
    expect((await post(deptA, id, 'decide', { version: 5, result: 'pass' })).status).toBe(403);

    const decided = await post(staff, id, 'decide', { version: 5, result: 'pass' }).expect(200);
    expect(decided.body).toMatchObject({ state: 'passed', stateName: '综合评审合格' });
    const noReason = await post(admin, id, 'decide', { version: 6, result: 'fail' }).expect(400);
    expect(noReason.body.details[0].field).toBe('reason');
    await post(admin, id, 'decide', {
      version: 6,
      result: 'fail',
      reason: '复核发现业绩材料不实',
    }).expect(200);
  });

  it('shows every step in the candidate’s history, with who and why', async () => {
    const id = technicians[first];
    const history = await t
      .http()
      .get(`${API}/registrations/${id}/history`)
      .query({ pageSize: 100 })
      .set(bearer(admin))
      .expect(200);
    const actions = history.body.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'technician-review.save',
        'technician-review.submit',
        'technician-review.return',
        'technician-review.decide',
      ]),
    );
  });

  it('prints 附件4 in three copies as a PDF, audited', async () => {
    const id = technicians[first];
    const res = await t
      .http()
      .get(`${API}/technician-reviews/${id}/form.pdf`)
      .query({ copies: 3 })
      .set(bearer(unitA1))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (body.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length,
    ).toBeGreaterThanOrEqual(3);
    await t
      .http()
      .get(`${API}/technician-reviews/${id}/form.pdf`)
      .query({ copies: 4 })
      .set(bearer(unitA1))
      .expect(400);
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .query({ action: 'technician-review.print' })
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.total).toBeGreaterThanOrEqual(1);
  });

  it('never lets a grader in', async () => {
    const grader = (await makeUser(t, admin, { role: 'grader' })).token;
    expect((await t.http().get(`${API}/technician-reviews`).set(bearer(grader))).status).toBe(403);
    expect((await get(grader, technicians[second])).status).toBe(403);
  });
});
