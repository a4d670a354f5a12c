import { contextFor, makeApplication } from '../../../../test/factories/eligibility.factory';
import type { Application, EligibilityResult } from './eligibility.types';
import { evaluateEligibility, isInvalid } from './evaluate-eligibility';

function evaluate(overrides: Partial<Application>): EligibilityResult {
  const app = makeApplication(overrides);
  const r = evaluateEligibility(app, contextFor(app));
  if (isInvalid(r)) throw new Error(`invalid: ${JSON.stringify(r.invalid)}`);
  return r;
}

const junior = { currentOccupation: null, currentLevel: null, currentCertDate: null } as const;

const ROUTES_ABOVE_JUNIOR = [
  'standard',
  'general-to-skilled',
  'veteran',
  'management-transfer',
  'professional-transfer',
  'public-recruitment',
] as const;

describe('二(二)1 technician: work start by 2001 year-end, senior certificate 5 years to 2025-07-31, 附件1', () => {
  it('admits the contract example with its reasons', () => {
    expect(evaluate({})).toEqual({
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

  it.each([
    ['2001-12-30', true],
    ['2001-12-31', true],
    ['2002-01-01', false],
  ])('work start %s → eligible %s', (workStartDate, eligible) => {
    expect(evaluate({ workStartDate }).eligible).toBe(eligible);
  });

  it.each([
    ['2020-07-30', true],
    ['2020-07-31', true],
    ['2020-08-01', false],
    ['2025-07-31', false],
  ])('senior certificate of %s → eligible %s', (currentCertDate, eligible) => {
    const r = evaluate({ currentCertDate });
    expect(r.eligible).toBe(eligible);
    if (!eligible)
      expect(r.reasons).toContain(`高级工证书取得于 ${currentCertDate}，至 2025-07-31 不满 5 年`);
  });

  it.each([
    ['维修电工', '电工', '一类'],
    ['兽医', '综合', '二类'],
    ['收银员', '收银员', '三类'],
    ['病案员', '综合', '三类'],
  ])('admits %s (%s, %s)', (occ, category, cls) => {
    const r = evaluate({ targetOccupation: occ, currentOccupation: occ });
    expect(r).toMatchObject({ eligible: true, paperCategory: category });
    expect(r.reasons).toContain(`${occ} 属技师职业（工种）范围（${cls}）`);
  });

  it.each(['驾驶员', '电工', '保安员', '会计人员'])(
    'refuses %s, which has no technician level',
    (occ) => {
      const r = evaluate({ targetOccupation: occ, currentOccupation: occ });
      expect(r).toMatchObject({ eligible: false, clause: null });
      expect(r.reasons).toContain(`${occ} 不属技师职业（工种）范围（附件1），不能申报技师`);
    },
  );

  it('lists every failed condition at once', () => {
    const r = evaluate({
      workStartDate: '2003-03-01',
      currentLevel: 'intermediate',
      targetOccupation: '保安员',
      currentOccupation: '保安员',
    });
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual([
      '2003-03-01 参加工作，晚于 2001 年底，不符合“2001 年底前参加工作”',
      '现有等级为中级工，须取得高级工证书',
      '保安员 不属技师职业（工种）范围（附件1），不能申报技师',
    ]);
  });

  it('refuses someone without a level', () => {
    expect(evaluate(junior).reasons).toContain('未取得高级工职业等级资格证书');
  });
});

describe('二(二)2 senior: work start by 2007 year-end, intermediate certificate 5 years', () => {
  const senior = {
    targetLevel: 'senior',
    currentLevel: 'intermediate',
    currentCertDate: '2019-03-01',
    workStartDate: '2005-07-01',
  } as const;
  it('admits and names the components', () => {
    expect(evaluate(senior)).toMatchObject({
      eligible: true,
      clause: '二(二)2',
      components: ['theory', 'practical'],
    });
  });
  it.each([
    ['2007-12-31', true],
    ['2008-01-01', false],
  ])('work start %s → %s', (workStartDate, eligible) => {
    expect(evaluate({ ...senior, workStartDate }).eligible).toBe(eligible);
  });
  it.each([
    ['2020-07-31', true],
    ['2020-08-01', false],
  ])('intermediate certificate %s → %s', (currentCertDate, eligible) => {
    expect(evaluate({ ...senior, currentCertDate }).eligible).toBe(eligible);
  });
  it('admits a senior applicant in an occupation without a technician level', () => {
    expect(
      evaluate({ ...senior, targetOccupation: '保安员', currentOccupation: '保安员' }).eligible,
    ).toBe(true);
  });
  it('refuses one who already holds the senior level', () => {
    const r = evaluate({ ...senior, currentLevel: 'senior' });
    expect(r.eligible).toBe(false);
    expect(r.reasons).toContain(
      '已取得本职业（工种）高级工等级，晋升考核不能申报同级或较低等级（高级工）',
    );
  });
});

describe('二(二)3 intermediate: work start by 2017 year-end, junior certificate 5 years or 15 years of work', () => {
  const mid = {
    targetLevel: 'intermediate',
    currentLevel: 'junior',
    currentCertDate: '2019-06-01',
    workStartDate: '2016-03-01',
  } as const;
  it('admits on the junior certificate', () => {
    expect(evaluate(mid)).toMatchObject({ eligible: true, clause: '二(二)3' });
  });
  it.each([
    ['2017-12-31', true],
    ['2018-01-01', false],
  ])('work start %s → %s', (workStartDate, eligible) => {
    expect(evaluate({ ...mid, workStartDate, currentCertDate: '2018-06-01' }).eligible).toBe(
      eligible,
    );
  });
  it.each([
    ['2010-07-31', true],
    ['2010-08-01', false],
  ])(
    'without a certificate, work start %s (15 years to 2025-07-31) → %s',
    (workStartDate, eligible) => {
      const r = evaluate({ ...mid, ...junior, workStartDate });
      expect(r.eligible).toBe(eligible);
      if (!eligible) expect(r.reasons.join('')).toContain('须初级工证书满 5 年或工作年限满 15 年');
    },
  );
  it('admits a junior certificate under 5 years when 15 years of work are there', () => {
    expect(
      evaluate({ ...mid, workStartDate: '2008-01-01', currentCertDate: '2023-01-01' }).eligible,
    ).toBe(true);
  });
});

describe('二(二)4 junior: confirmed, without a level', () => {
  const jr = { targetLevel: 'junior', ...junior, workStartDate: '2024-09-01' } as const;
  it('admits a confirmed worker without a level', () => {
    expect(evaluate(jr)).toMatchObject({
      eligible: true,
      clause: '二(二)4',
      components: ['theory', 'practical'],
    });
  });
  it('refuses one not yet confirmed (转正)', () => {
    expect(evaluate({ ...jr, confirmed: false })).toMatchObject({
      eligible: false,
      reasons: expect.arrayContaining(['尚未转正，不能申报初级工']),
    });
  });
  it('refuses one who already holds a level', () => {
    const r = evaluate({
      ...jr,
      currentOccupation: '汽车驾驶员',
      currentLevel: 'junior',
      currentCertDate: '2020-01-01',
    });
    expect(r.eligible).toBe(false);
  });
});

describe('二(三) general worker to technical post: 15 years of work, intermediate', () => {
  const g = { route: 'general-to-skilled', targetLevel: 'intermediate', ...junior } as const;
  it.each([
    ['2010-07-31', true],
    ['2010-08-01', false],
  ])('work start %s → %s', (workStartDate, eligible) => {
    expect(evaluate({ ...g, workStartDate })).toMatchObject({
      eligible,
      clause: eligible ? '二(三)' : null,
    });
  });
  it('refuses any level but intermediate', () => {
    const r = evaluate({ ...g, targetLevel: 'senior', workStartDate: '1990-01-01' });
    expect(r.eligible).toBe(false);
    expect(r.reasons).toContain('普通工转技术工岗位只能申报中级工，不能申报高级工');
  });
});

describe.each([
  ['veteran', '二(四)'],
  ['management-transfer', '二(五)'],
] as const)('%s (%s): same-time worker years, no continuous-post limit', (route, clause) => {
  const base = { route, ...junior } as const;
  it.each([
    ['technician', '2001-12-31', true],
    ['technician', '2002-01-01', false],
    ['senior', '2007-12-31', true],
    ['senior', '2008-01-01', false],
    ['intermediate', '2017-12-31', true],
    ['intermediate', '2018-01-01', false],
  ] as const)(
    '%s with work start %s → %s, without any lower certificate',
    (targetLevel, workStartDate, eligible) => {
      expect(evaluate({ ...base, targetLevel, workStartDate })).toMatchObject({
        eligible,
        clause: eligible ? clause : null,
      });
    },
  );
  it('still requires a technician occupation (附件1)', () => {
    const r = evaluate({
      ...base,
      targetLevel: 'technician',
      workStartDate: '1995-01-01',
      targetOccupation: '保安员',
    });
    expect(r.eligible).toBe(false);
  });
});

describe('二(六) professional-post transfer: 技术员 → intermediate, 助理工程师 → senior', () => {
  const p = { route: 'professional-transfer', ...junior, workStartDate: '2005-01-01' } as const;
  it.each([
    ['技术员', 'intermediate', true],
    ['技术员', 'senior', false],
    ['助理工程师', 'senior', true],
    ['助理工程师', 'intermediate', true],
    ['助理工程师', 'technician', false],
  ] as const)('%s applying for %s → %s', (professionalTitle, targetLevel, eligible) => {
    expect(evaluate({ ...p, professionalTitle, targetLevel })).toMatchObject({
      eligible,
      clause: eligible ? '二(六)' : null,
    });
  });
  it('applies the same-time worker cutoff (senior: work start by 2007)', () => {
    expect(
      evaluate({
        ...p,
        professionalTitle: '助理工程师',
        targetLevel: 'senior',
        workStartDate: '2008-01-01',
      }).eligible,
    ).toBe(false);
  });
});

describe('二(七) public recruitment: 20/10 years → senior, 10/5 → intermediate', () => {
  const r = { route: 'public-recruitment', ...junior } as const;
  it.each([
    ['senior', '2005-07-31', 10, true],
    ['senior', '2005-08-01', 10, false],
    ['senior', '2005-07-31', 9, false],
    ['intermediate', '2015-07-31', 5, true],
    ['intermediate', '2015-08-01', 5, false],
    ['intermediate', '2015-07-31', 4, false],
    ['technician', '1990-01-01', 30, false],
  ] as const)(
    '%s, work start %s, %i years in the occupation → %s',
    (targetLevel, workStartDate, yearsInOccupation, eligible) => {
      expect(evaluate({ ...r, targetLevel, workStartDate, yearsInOccupation })).toMatchObject({
        eligible,
        clause: eligible ? '二(七)' : null,
      });
    },
  );
});

describe('二(八) occupation change: same level first, never the next level', () => {
  it('refuses the next level in another occupation, even when the standard route would admit it', () => {
    const r = evaluate({ currentOccupation: '维修电工' });
    expect(r).toMatchObject({ eligible: false, clause: null });
    expect(r.reasons[0]).toBe(
      '由维修电工改报汽车驾驶员，属改变职业（工种），须先参加同一等级（高级工）的考核，不能申报技师',
    );
  });
  it('admits the same level in the new occupation', () => {
    expect(evaluate({ currentOccupation: '维修电工', targetLevel: 'senior' })).toMatchObject({
      eligible: true,
      clause: '二(八)',
    });
  });
  it('treats full-width and half-width forms of one occupation as the same occupation', () => {
    expect(
      evaluate({
        targetOccupation: '计算机操作(维修)员',
        currentOccupation: '计算机操作（维修）员',
        targetLevel: 'senior',
        currentLevel: 'intermediate',
        currentCertDate: '2015-01-01',
      }).clause,
    ).toBe('二(二)2');
  });
});

describe('二(九) exempt re-recognition (免考复核认定)', () => {
  const cert = {
    level: 'technician',
    occupation: '汽车驾驶员',
    verified: true,
    militaryCommitment: false,
  } as const;
  it('admits a verified certificate of the same level and occupation, with no exam', () => {
    expect(evaluate({ nationalCertificate: cert })).toMatchObject({
      eligible: true,
      mode: 'exempt-review',
      clause: '二(九)',
      components: [],
    });
  });
  it('still requires the conditions of the level', () => {
    const r = evaluate({ nationalCertificate: cert, workStartDate: '2003-01-01' });
    expect(r).toMatchObject({ eligible: false, mode: 'exempt-review', clause: null });
    expect(r.reasons).toContain('不符合技师申报条件（二(二)1），不能免考申报复核认定');
  });
  it.each([
    [{ verified: false }, '证书未经全国联网查询系统核查确认有效'],
    [{ level: 'senior' }, '证书等级高级工与申报等级技师不一致，只能申报相应等级的复核认定'],
    [{ occupation: '维修电工' }, '证书职业（工种）“维修电工”与申报职业（工种）“汽车驾驶员”不一致'],
  ] as const)('refuses %j', (change, reason) => {
    const r = evaluate({ nationalCertificate: { ...cert, ...change } });
    expect(r.eligible).toBe(false);
    expect(r.reasons).toContain(reason);
  });
  it("accepts a veteran's commitment for a military certificate the system cannot show", () => {
    const r = evaluate({
      route: 'veteran',
      ...junior,
      targetLevel: 'senior',
      workStartDate: '2004-09-01',
      nationalCertificate: { ...cert, level: 'senior', verified: false, militaryCommitment: true },
    });
    expect(r).toMatchObject({ eligible: true, clause: '二(九)', mode: 'exempt-review' });
  });
});

describe('malformed applications are not refusals', () => {
  it.each([
    [{ currentLevel: null }, ['currentLevel']],
    [{ route: 'professional-transfer', professionalTitle: null }, ['professionalTitle']],
    [{ route: 'professional-transfer', professionalTitle: '工程师' }, ['professionalTitle']],
    [{ route: 'public-recruitment', yearsInOccupation: null }, ['yearsInOccupation']],
    [{ route: 'public-recruitment', yearsInOccupation: 40 }, ['yearsInOccupation']],
  ] as const)('%j is invalid', (overrides, fields) => {
    const app = makeApplication(overrides);
    const r = evaluateEligibility(app, contextFor(app));
    expect(isInvalid(r) && r.invalid.map((i) => i.field)).toEqual(fields);
    // Plain Chinese: the form prefixes the field, the import names the column by its header.
    expect(isInvalid(r) && r.invalid.filter((i) => /[A-Za-z]/.test(i.message))).toEqual([]);
  });
});

describe('晋升: nobody is admitted to their own or a lower level in the same occupation', () => {
  const promotionRefusal = (held: string, target: string) =>
    `已取得本职业（工种）${held}等级，晋升考核不能申报同级或较低等级（${target}）`;

  it.each([
    ['intermediate', 'intermediate', '中级工', '中级工'],
    ['senior', 'intermediate', '高级工', '中级工'],
    ['technician', 'intermediate', '技师', '中级工'],
  ] as const)(
    '二(二)3: a %s holder with 15 years of work is not admitted to %s',
    (currentLevel, targetLevel, held, target) => {
      const r = evaluate({
        targetLevel,
        currentLevel,
        currentCertDate: '2010-01-01',
        workStartDate: '1995-01-01',
      });
      expect(r).toMatchObject({ eligible: false, clause: null });
      expect(r.reasons).toContain(promotionRefusal(held, target));
      expect(r.reasons.join('')).not.toContain('满 15 年');
    },
  );

  it.each(ROUTES_ABOVE_JUNIOR)('route %s refuses the level already held', (route) => {
    const r = evaluate({
      route,
      targetLevel: 'intermediate',
      currentLevel: 'intermediate',
      currentCertDate: '2010-01-01',
      workStartDate: '1995-01-01',
      professionalTitle: '技术员',
      yearsInOccupation: 20,
    });
    expect(r.eligible).toBe(false);
    expect(r.reasons).toContain(promotionRefusal('中级工', '中级工'));
  });

  it('二(九): no exempt re-recognition of the level already held in the same occupation', () => {
    const r = evaluate({
      targetLevel: 'senior',
      currentLevel: 'senior',
      currentCertDate: '2010-01-01',
      nationalCertificate: {
        level: 'senior',
        occupation: '汽车驾驶员',
        verified: true,
        militaryCommitment: false,
      },
    });
    expect(r).toMatchObject({ eligible: false, mode: 'exempt-review', clause: null });
    expect(r.reasons).toContain(promotionRefusal('高级工', '高级工'));
  });
});

describe('二(二)4: 初级工 only for the 已转正 without a level, whatever the route', () => {
  const none = { ...junior, targetLevel: 'junior', workStartDate: '2024-09-01' } as const;
  it.each(ROUTES_ABOVE_JUNIOR)('route %s: not 转正 → refused under 二(二)4', (route) => {
    const r = evaluate({ ...none, route, confirmed: false, professionalTitle: '技术员' });
    expect(r).toMatchObject({ eligible: false, clause: null });
    expect(r.reasons).toContain('尚未转正，不能申报初级工');
  });
  it.each(ROUTES_ABOVE_JUNIOR)('route %s: 转正 without a level → 二(二)4', (route) => {
    expect(
      evaluate({ ...none, route, professionalTitle: '技术员', yearsInOccupation: 0 }),
    ).toMatchObject({
      eligible: true,
      clause: '二(二)4',
    });
  });
  it('二(六) never opens 初级工 to a 技术员 who is not 转正', () => {
    const r = evaluate({
      ...none,
      route: 'professional-transfer',
      professionalTitle: '技术员',
      confirmed: false,
    });
    expect(r.eligible).toBe(false);
    expect(r.reasons.join('')).not.toContain('二(六)');
  });
});

describe('二(六) "及相应职务": the 员级 and 助理级 titles of every series, from the session data', () => {
  const p = { route: 'professional-transfer', ...junior, workStartDate: '2005-01-01' } as const;
  it.each([
    ['会计员', 'intermediate', true],
    ['会计员', 'senior', false],
    ['助理会计师', 'senior', true],
    ['经济员', 'intermediate', true],
    ['助理经济师', 'senior', true],
    ['统计员', 'intermediate', true],
    ['助理统计师', 'senior', true],
    ['助理馆员', 'senior', true],
    ['助理馆员', 'intermediate', true],
    ['助理经济师', 'technician', false],
  ] as const)('%s applying for %s → %s', (professionalTitle, targetLevel, eligible) => {
    expect(evaluate({ ...p, professionalTitle, targetLevel })).toMatchObject({
      eligible,
      clause: eligible ? '二(六)' : null,
    });
  });
  it('names the title, its series and grade', () => {
    expect(
      evaluate({ ...p, professionalTitle: '助理会计师', targetLevel: 'senior' }).reasons[0],
    ).toBe('从专业技术岗位转聘，具有助理会计师（会计系列助理级），可申报高级工');
  });
  it('an unknown title is invalid and the message names the accepted titles', () => {
    const app = makeApplication({ ...p, professionalTitle: '高级工程师', targetLevel: 'senior' });
    const r = evaluateEligibility(app, contextFor(app));
    expect(isInvalid(r)).toBe(true);
    const message = isInvalid(r) ? r.invalid[0].message : '';
    expect(message).toContain('高级工程师');
    expect(message).toContain('助理会计师');
    expect(message).toContain('技术员');
  });
});

describe('二(九) military certificates: the commitment counts whatever route the veteran registers under', () => {
  const military = {
    level: 'senior',
    occupation: '汽车驾驶员',
    verified: false,
    militaryCommitment: true,
  } as const;
  it.each([
    ['standard', { currentLevel: 'intermediate', currentCertDate: '2015-01-01' }],
    ['public-recruitment', { ...junior, yearsInOccupation: 15 }],
    ['veteran', junior],
  ] as const)('route %s', (route, facts) => {
    const r = evaluate({
      route,
      targetLevel: 'senior',
      workStartDate: '2000-09-01',
      ...facts,
      nationalCertificate: military,
    });
    expect(r).toMatchObject({ eligible: true, mode: 'exempt-review', clause: '二(九)' });
    expect(r.reasons).toContain('退役士兵在部队取得的证书因涉密无法查询，本人已承诺真实');
  });
});

describe('二(八) restricts, it does not admit on its own: the same level still meets the level’s conditions', () => {
  it('初级工 in a new occupation needs 转正', () => {
    const r = evaluate({
      targetLevel: 'junior',
      currentOccupation: '维修电工',
      currentLevel: 'junior',
      currentCertDate: '2024-01-01',
      workStartDate: '2023-01-01',
      confirmed: false,
    });
    expect(r).toMatchObject({ eligible: false, clause: null });
    expect(r.reasons).toContain('尚未转正，不能申报初级工');
  });
  it('技师 in a new occupation needs the 附件1 list', () => {
    const r = evaluate({
      targetLevel: 'technician',
      targetOccupation: '保安员',
      currentOccupation: '维修电工',
      currentLevel: 'technician',
      currentCertDate: '2015-01-01',
    });
    expect(r.eligible).toBe(false);
    expect(r.reasons).toContain('保安员 不属技师职业（工种）范围（附件1），不能申报技师');
  });
  it.each([
    ['technician', '2001-12-31', true],
    ['technician', '2002-01-01', false],
    ['senior', '2007-12-31', true],
    ['senior', '2008-01-01', false],
    ['intermediate', '2017-12-31', true],
    ['intermediate', '2018-01-01', false],
  ] as const)(
    '%s in a new occupation, work start %s → %s (the level’s cutoff)',
    (level, workStartDate, eligible) => {
      expect(
        evaluate({
          targetLevel: level,
          currentOccupation: '维修电工',
          currentLevel: level,
          currentCertDate: '2019-01-01',
          workStartDate,
        }),
      ).toMatchObject({ eligible, clause: eligible ? '二(八)' : null });
    },
  );
  it('refuses a lower level in a new occupation: the same level first', () => {
    const r = evaluate({ targetLevel: 'intermediate', currentOccupation: '维修电工' });
    expect(r.eligible).toBe(false);
    expect(r.reasons[0]).toBe(
      '由维修电工改报汽车驾驶员，属改变职业（工种），须先参加同一等级（高级工）的考核，不能申报中级工',
    );
  });
});

describe('every failed condition is listed, 二(八) included', () => {
  it('a 2010 starter moving to 高级工 in a new occupation is told about the 2007 cutoff too', () => {
    const r = evaluate({
      targetLevel: 'senior',
      currentOccupation: '维修电工',
      currentLevel: 'intermediate',
      currentCertDate: '2015-01-01',
      workStartDate: '2010-03-01',
    });
    expect(r.eligible).toBe(false);
    expect(r.reasons).toEqual(
      expect.arrayContaining([
        '由维修电工改报汽车驾驶员，属改变职业（工种），须先参加同一等级（中级工）的考核，不能申报高级工',
        '2010-03-01 参加工作，晚于 2007 年底，不符合“2007 年底前参加工作”',
      ]),
    );
  });
});
