import { API, adminToken, bearer, createTestApp, TestApp } from './harness';

const EXAMPLE = {
  examYear: 2025,
  targetOccupation: '汽车驾驶员',
  targetLevel: 'technician',
  route: 'standard',
  workStartDate: '1998-09-01',
  confirmed: true,
  currentOccupation: '汽车驾驶员',
  currentLevel: 'senior',
  currentCertDate: '2016-05-20',
  professionalTitle: null,
  yearsInOccupation: null,
  nationalCertificate: null,
};

describe('POST /api/v1/eligibility/evaluate (e2e)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-10T02:00:00Z');
    token = await adminToken(t);
  });
  afterAll(() => t.close());

  const evaluate = (body: object) =>
    t.http().post(`${API}/eligibility/evaluate`).set(bearer(token)).send(body);

  it('answers the contract example exactly', async () => {
    const res = await evaluate(EXAMPLE).expect(200);
    expect(res.body).toEqual({
      eligible: true,
      mode: 'exam',
      clause: '二(二)1',
      paperCategory: '汽车驾驶员',
      components: ['theory', 'practical', 'review'],
      reasons: [
        '1998-09-01 参加工作，早于 2001 年底',
        '高级工证书取得于 2016-05-20，至 2025-07-31 满 5 年',
        '汽车驾驶员 属技师职业（工种）范围（一类）',
      ],
    });
  });

  it('defaults to the current session when examYear is omitted', async () => {
    const { examYear: _, ...rest } = EXAMPLE;
    expect((await evaluate(rest).expect(200)).body.clause).toBe('二(二)1');
  });

  it('refuses with every failed condition and a null clause', async () => {
    const res = await evaluate({
      ...EXAMPLE,
      workStartDate: '2002-01-01',
      currentCertDate: '2021-08-03',
    }).expect(200);
    expect(res.body).toMatchObject({
      eligible: false,
      clause: null,
      mode: 'exam',
      paperCategory: '汽车驾驶员',
    });
    expect(res.body.reasons).toEqual(
      expect.arrayContaining([
        '2002-01-01 参加工作，晚于 2001 年底，不符合“2001 年底前参加工作”',
        '高级工证书取得于 2021-08-03，至 2025-07-31 不满 5 年',
      ]),
    );
  });

  it('reads occupations through the session catalog (船舶驾驶员 is not 汽车驾驶员)', async () => {
    const res = await evaluate({
      ...EXAMPLE,
      targetOccupation: '船舶驾驶员',
      currentOccupation: '船舶驾驶员',
    }).expect(200);
    expect(res.body).toMatchObject({ eligible: true, paperCategory: '综合' });
  });

  it('answers 免考复核认定 with mode exempt-review under 二(九)', async () => {
    const res = await evaluate({
      ...EXAMPLE,
      nationalCertificate: {
        level: 'technician',
        occupation: '汽车驾驶员',
        verified: true,
        militaryCommitment: false,
      },
    }).expect(200);
    expect(res.body).toMatchObject({ eligible: true, mode: 'exempt-review', clause: '二(九)' });
  });

  it.each([
    [{ targetLevel: 'master' }, 'targetLevel'],
    [{ route: 'shortcut' }, 'route'],
    [{ workStartDate: '2025-02-30' }, 'workStartDate'],
    [{ currentCertDate: '2016-13-01' }, 'currentCertDate'],
    [{ workStartDate: undefined }, 'workStartDate'],
    [{ route: 'professional-transfer' }, 'professionalTitle'],
    [{ route: 'public-recruitment' }, 'yearsInOccupation'],
    [{ currentCertDate: null }, 'currentCertDate'],
    [{ currentCertDate: '2025-09-01' }, 'currentCertDate'],
    [
      { nationalCertificate: { level: 'senior', occupation: '汽车驾驶员' } },
      'nationalCertificate.verified',
    ],
    [{ bonusPoints: 10 }, 'bonusPoints'],
    [{ targetLevel: 'junior', confirmed: undefined }, 'confirmed'],
    [{ confirmed: null }, 'confirmed'],
    [{ targetOccupation: '' }, 'targetOccupation'],
    [{ targetOccupation: '   ' }, 'targetOccupation'],
    [{ targetOccupation: '\u3000' }, 'targetOccupation'],
    [{ currentOccupation: '' }, 'currentOccupation'],
    [{ currentOccupation: '  ' }, 'currentOccupation'],
    [{ route: 'professional-transfer', professionalTitle: '' }, 'professionalTitle'],
    [{ route: 'professional-transfer', professionalTitle: '高级工程师' }, 'professionalTitle'],
    [
      {
        nationalCertificate: {
          level: 'technician',
          occupation: '汽车驾驶员',
          verified: true,
          militaryCommitment: null,
        },
      },
      'nationalCertificate.militaryCommitment',
    ],
  ])('answers 400, not eligible:false, for %j', async (change, field) => {
    const res = await evaluate({ ...EXAMPLE, ...change }).expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('names the accepted titles of 二(六) "及相应职务" when the title is unknown', async () => {
    const res = await evaluate({
      ...EXAMPLE,
      route: 'professional-transfer',
      targetLevel: 'senior',
      professionalTitle: '高级工程师',
    }).expect(400);
    const message = res.body.details.find(
      (d: { field: string }) => d.field === 'professionalTitle',
    ).message;
    for (const accepted of ['技术员', '助理工程师', '会计员', '助理会计师', '助理经济师'])
      expect(message).toContain(accepted);
  });

  it('admits 二(六) with a corresponding title of another series (助理会计师 → 高级工)', async () => {
    const res = await evaluate({
      ...EXAMPLE,
      route: 'professional-transfer',
      targetLevel: 'senior',
      professionalTitle: '助理会计师',
      currentOccupation: null,
      currentLevel: null,
      currentCertDate: null,
    }).expect(200);
    expect(res.body).toMatchObject({ eligible: true, clause: '二(六)' });
  });

  it('judges dates against the session, not the server clock: a start after 2025-07-31 is no fact of 2025', async () => {
    t.clock.set('2026-11-30T02:00:00Z');
    try {
      const res = await evaluate({
        ...EXAMPLE,
        targetLevel: 'junior',
        workStartDate: '2025-09-01',
        currentOccupation: null,
        currentLevel: null,
        currentCertDate: null,
      }).expect(400);
      expect(res.body.details).toContainEqual(
        expect.objectContaining({ field: 'workStartDate', code: 'DATE_AFTER_SESSION' }),
      );
    } finally {
      t.clock.set('2025-07-10T02:00:00Z');
    }
  });

  it('never offers a 高级工 holder 中级工 in the same occupation (晋升)', async () => {
    const res = await t
      .http()
      .post(`${API}/eligibility/options`)
      .set(bearer(token))
      .send({
        examYear: 2025,
        targetOccupation: '汽车驾驶员',
        workStartDate: '1995-01-01',
        confirmed: true,
        currentOccupation: '汽车驾驶员',
        currentLevel: 'senior',
        currentCertDate: '2023-01-01',
      })
      .expect(200);
    const levels = res.body.options.map((o: { level: string }) => o.level);
    expect(levels).not.toContain('intermediate');
    expect(levels).not.toContain('senior');
  });

  it('answers 404 for an exam year without a session', async () => {
    await evaluate({ ...EXAMPLE, examYear: 2030 }).expect(404);
  });

  it('needs a signed-in caller', async () => {
    await t.http().post(`${API}/eligibility/evaluate`).send(EXAMPLE).expect(401);
  });

  it('lists the routes and levels open to a person', async () => {
    const { targetLevel: _l, route: _r, ...profile } = EXAMPLE;
    const res = await t
      .http()
      .post(`${API}/eligibility/options`)
      .set(bearer(token))
      .send(profile)
      .expect(200);
    expect(res.body.paperCategory).toBe('汽车驾驶员');
    expect(res.body.options).toContainEqual(
      expect.objectContaining({ route: 'standard', level: 'technician', clause: '二(二)1' }),
    );
  });
});
