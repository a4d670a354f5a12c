import { paperEntryProblems } from './paper-entry';

const ID = '11010519491231002X';

describe('paperEntryProblems: a paper 合格证明 before it is recorded', () => {
  it.each([
    ['a valid ID and a past date', ID, '2010-05-01', []],
    ['the date may be today', ID, '2025-07-01', []],
    ['tomorrow is refused', ID, '2025-07-02', ['CERT_DATE_IN_FUTURE']],
    ['before the birth date is refused', ID, '1949-12-31', ['CERT_DATE_BEFORE_BIRTH']],
    [
      'a wrong check character is refused',
      '110105194912310021',
      '2010-05-01',
      ['ID_NUMBER_INVALID'],
    ],
  ])('%s', (_n, idNumber, certDate, codes) => {
    const problems = paperEntryProblems({ idNumber, certDate }, '2025-07-01');
    expect(problems.map((p) => p.code)).toEqual(codes);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
