import { checkCharacter, maskIdNumber, parseIdNumber } from './id-card';
import { parseDateInput, parseMonthInput } from './date-input';

/** A valid ID for a birth date and sequence, computed with the standard's check. */
export const validId = (region: string, birth: string, seq: string) =>
  `${region}${birth}${seq}${checkCharacter(`${region}${birth}${seq}`)}`;

describe('parseIdNumber (GB 11643)', () => {
  it('accepts the standard’s example 11010519491231002X', () => {
    expect(parseIdNumber('11010519491231002X')).toEqual({ birthDate: '1949-12-31', gender: '女' });
  });
  it('reads gender from the 17th digit and accepts a lower-case x', () => {
    expect(parseIdNumber(validId('210202', '19750315', '123'))).toEqual({
      birthDate: '1975-03-15',
      gender: '男',
    });
    expect(parseIdNumber('11010519491231002x')).toMatchObject({ gender: '女' });
  });
  it.each([
    ['110105194912310021', '身份证号校验位不正确'],
    ['11010519491331002X', '身份证号中的出生日期 1949-13-31 不存在'],
    ['11010519490230002X', '身份证号中的出生日期 1949-02-30 不存在'],
    ['1101051949123100', '身份证号应为 18 位（前 17 位数字，末位数字或 X）'],
    ['11010519491231002Y', '身份证号应为 18 位（前 17 位数字，末位数字或 X）'],
  ])('refuses %s: %s', (id, problem) => {
    expect(parseIdNumber(id)).toEqual({ problem });
  });
  it('masks all but the region and the last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});

describe('parseDateInput', () => {
  it.each([
    ['1998-09-01', '1998-09-01'],
    ['1998.9.1', '1998-09-01'],
    ['1998/09/01', '1998-09-01'],
    ['1998年9月1日', '1998-09-01'],
    ['19980901', '1998-09-01'],
    ['1998.09', '1998-09-01'],
    ['199809', '1998-09-01'],
    ['1998年9月', '1998-09-01'],
    ['2025-02-30', null],
    ['1998-13', null],
    ['九八年', null],
    ['', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseDateInput(raw)).toBe(expected);
  });
  it('reads 出生年月 to the month', () => {
    expect(parseMonthInput('1975.03')).toBe('1975-03');
    expect(parseMonthInput('1975-03-15')).toBe('1975-03');
  });
});
