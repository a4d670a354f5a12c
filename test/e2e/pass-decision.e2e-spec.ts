import { API, adminToken, bearer, createTestApp, makeUser, TestApp } from './harness';

const EXAMPLE = {
  examYear: 2025,
  level: 'technician',
  mode: 'exam',
  theory: { score: 72.5 },
  practical: { mark: 'absent' },
  review: null,
  exemptDecision: null,
};

describe('POST /api/v1/results/evaluate (e2e)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    token = await adminToken(t);
  });
  afterAll(() => t.close());

  const evaluate = (body: object | string) => {
    const req = t.http().post(`${API}/results/evaluate`).set(bearer(token));
    return typeof body === 'string'
      ? req.set('content-type', 'application/json').send(body)
      : req.send(body);
  };
  const fieldsOf = (body: { details: { field: string }[] }) => body.details.map((d) => d.field);

  it('answers the contract example exactly', async () => {
    const res = await evaluate(EXAMPLE).expect(200);
    expect(res.body).toEqual({
      passed: false,
      reasons: ['理论考试 72.5 分，达到合格线 60 分', '实际操作考核缺考，不合格'],
    });
  });

  it.each<[string, object, boolean | null]>([
    ['60 passes', { level: 'senior', theory: { score: 60 }, practical: { score: 60 } }, true],
    ['59.9 fails', { level: 'senior', theory: { score: 59.9 }, practical: { score: 90 } }, false],
    ['100 passes', { level: 'junior', theory: { score: 100 }, practical: { score: 100 } }, true],
    ['0 fails', { level: 'junior', theory: { score: 0 }, practical: { score: 100 } }, false],
    [
      'a violation fails',
      { level: 'intermediate', theory: { mark: 'violation' }, practical: null },
      false,
    ],
    [
      'a missing mark is open',
      { level: 'intermediate', theory: { score: 70 }, practical: null },
      null,
    ],
    ['omitted components read as not recorded', { level: 'intermediate' }, null],
    [
      'technician needs the review',
      { level: 'technician', theory: { score: 70 }, practical: { score: 70 }, review: null },
      null,
    ],
    [
      'technician with the review passed',
      { level: 'technician', theory: { score: 70 }, practical: { score: 70 }, review: 'pass' },
      true,
    ],
    [
      'technician with the review failed',
      { level: 'technician', theory: { score: 70 }, practical: { score: 70 }, review: 'fail' },
      false,
    ],
    [
      'an approved re-recognition',
      {
        level: 'technician',
        mode: 'exempt-review',
        theory: null,
        practical: null,
        review: null,
        exemptDecision: 'approved',
      },
      true,
    ],
    [
      'a rejected re-recognition',
      { level: 'senior', mode: 'exempt-review', exemptDecision: 'rejected' },
      false,
    ],
    [
      'an undecided re-recognition',
      { level: 'senior', mode: 'exempt-review', exemptDecision: null },
      null,
    ],
  ])('%s', async (_, body, passed) => {
    const res = await evaluate({ mode: 'exam', ...body }).expect(200);
    expect(res.body.passed).toBe(passed);
    expect(res.body.reasons.length).toBeGreaterThan(0);
  });

  it('reads 60.0 and -0 as the numbers they are', async () => {
    const sixty = await evaluate(
      '{"level":"senior","mode":"exam","theory":{"score":60.0},"practical":{"score":-0}}',
    ).expect(200);
    expect(sixty.body).toEqual({
      passed: false,
      reasons: [
        '理论考试 60 分，达到合格线 60 分',
        '实际操作考核 0 分，未达到合格线 60 分，不合格',
      ],
    });
  });

  it.each<[string, object | string, string[]]>([
    ['more than one decimal place', { theory: { score: 60.05 } }, ['theory.score']],
    ['a score above 100', { theory: { score: 100.1 } }, ['theory.score']],
    ['a negative score', { practical: { score: -1 } }, ['practical.score']],
    ['a score as a string', { theory: { score: '72.5' } }, ['theory.score']],
    ['a score as NaN text', { theory: { score: 'NaN' } }, ['theory.score']],
    ['a boolean score', { theory: { score: true } }, ['theory.score']],
    ['a null score', { theory: { score: null } }, ['theory.score']],
    [
      'an exponent below one decimal',
      '{"level":"senior","mode":"exam","theory":{"score":1e-7}}',
      ['theory.score'],
    ],
    ['both score and mark', { theory: { score: 50, mark: 'absent' } }, ['theory.mark']],
    ['an empty component', { practical: {} }, ['practical.score']],
    ['an unknown mark', { practical: { mark: 'sick' } }, ['practical.mark']],
    [
      'an unknown key in a component',
      { practical: { points: 50 } },
      ['practical.points', 'practical.score'],
    ],
    ['a component as a number', { theory: 72 }, ['theory']],
    ['a component as an array', { theory: [{ score: 72 }] }, ['theory']],
    ['an unknown level', { level: 'master' }, ['level']],
    ['an unknown mode', { mode: 'waived' }, ['mode']],
    ['a missing level', { level: undefined }, ['level']],
    ['an invalid review', { level: 'technician', review: 'passed' }, ['review']],
    ['an invalid decision', { mode: 'exempt-review', exemptDecision: 'yes' }, ['exemptDecision']],
    ['a review for a level without one', { review: 'pass' }, ['review']],
    ['a decision for someone sitting the exam', { exemptDecision: 'approved' }, ['exemptDecision']],
    [
      'marks for a re-recognition',
      {
        mode: 'exempt-review',
        theory: { score: 80 },
        practical: { mark: 'absent' },
        exemptDecision: 'approved',
      },
      ['theory', 'practical'],
    ],
    ['an examYear as a string', { examYear: '2025' }, ['examYear']],
    ['an unknown field', { bonus: 5 }, ['bonus']],
  ])('refuses %s with 400 naming the field', async (_, body, fields) => {
    const payload = typeof body === 'string' ? body : { level: 'senior', mode: 'exam', ...body };
    const res = await evaluate(payload).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(fields));
    for (const d of res.body.details) expect(d.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('says what a score must be: 0 to 100, at most one decimal place', async () => {
    const res = await evaluate({ level: 'senior', mode: 'exam', theory: { score: 60.05 } }).expect(
      400,
    );
    expect(res.body.details[0]).toMatchObject({
      field: 'theory.score',
      message: 'theory.score：须为 0 至 100 的数字，至多一位小数',
    });
  });

  it('answers 404 EXAM_SESSION_NOT_FOUND for an unknown examYear', async () => {
    const res = await evaluate({ ...EXAMPLE, examYear: 2031 }).expect(404);
    expect(res.body.code).toBe('EXAM_SESSION_NOT_FOUND');
  });

  it('is open to every signed-in role and to nobody else', async () => {
    const grader = await makeUser(t, token, { role: 'grader' });
    await t
      .http()
      .post(`${API}/results/evaluate`)
      .set(bearer(grader.token))
      .send(EXAMPLE)
      .expect(200);
    await t.http().post(`${API}/results/evaluate`).send(EXAMPLE).expect(401);
  });
});
