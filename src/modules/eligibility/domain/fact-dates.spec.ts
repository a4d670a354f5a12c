import { factDateProblems } from './fact-dates';

const limits2025 = { today: '2026-11-30', sessionCountingDate: '2025-07-31' };

describe('dates are facts of the session applied to, never judged by the server clock alone', () => {
  it.each([
    ['2025-07-31', []],
    ['2025-08-01', ['DATE_AFTER_SESSION']],
    ['2025-09-01', ['DATE_AFTER_SESSION']],
    ['2026-12-01', ['DATE_IN_FUTURE']],
  ])('work start %s in the 2025 session seen on 2026-11-30 → %j', (workStartDate, codes) => {
    expect(
      factDateProblems({ workStartDate, currentCertDate: null }, limits2025).map((p) => p.code),
    ).toEqual(codes);
  });

  it('checks the certificate date the same way and names the field', () => {
    expect(
      factDateProblems({ workStartDate: '2000-01-01', currentCertDate: '2025-08-15' }, limits2025),
    ).toEqual([
      {
        field: 'currentCertDate',
        code: 'DATE_AFTER_SESSION',
        message:
          '获证时间 2025-08-15 晚于本年度考核的计算截止日 2025-07-31，不能作为本年度申报的条件',
      },
    ]);
  });

  it('a session whose counting date lies ahead is bounded by today', () => {
    expect(
      factDateProblems(
        { workStartDate: '2026-12-01', currentCertDate: null },
        { today: '2026-11-30', sessionCountingDate: '2027-01-05' },
      ).map((p) => p.code),
    ).toEqual(['DATE_IN_FUTURE']);
  });
});
