import { checkCharacter } from './id-card';
import { PersonFacts, personProblems } from './person-checks';

const id = (birth: string, seq = '123') =>
  `210202${birth}${seq}${checkCharacter(`210202${birth}${seq}`)}`;
const person = (o: Partial<PersonFacts> = {}): PersonFacts => ({
  name: '张三',
  gender: '男',
  birthMonth: '1975-03',
  idNumber: id('19750315'),
  workStartDate: '1995-07-01',
  currentCertDate: '2016-05-20',
  ...o,
});
const codes = (o: Partial<PersonFacts>) =>
  personProblems(person(o), '2025-07-01').map((p) => [p.field, p.code]);

describe('personProblems', () => {
  it('accepts consistent data, including a name with a middle dot', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ name: '阿依古丽·买买提' })).toEqual([]);
    expect(codes({ name: 'Anna Li' })).toEqual([]);
  });
  it.each([
    [{ idNumber: id('19750315').slice(0, 17) + 'Y' }, 'idNumber', 'ID_NUMBER_INVALID'],
    [{ birthMonth: '1975-04' }, 'birthMonth', 'BIRTH_MONTH_MISMATCH'],
    [{ gender: '女' }, 'gender', 'GENDER_MISMATCH'],
    [{ workStartDate: '1991-03-14' }, 'workStartDate', 'WORK_START_TOO_EARLY'],
    [{ workStartDate: '2025-07-02' }, 'workStartDate', 'DATE_IN_FUTURE'],
    [{ currentCertDate: '2025-07-02' }, 'currentCertDate', 'DATE_IN_FUTURE'],
    [{ name: '=HYPERLINK("x")' }, 'name', 'NAME_INVALID'],
    [{ name: '' }, 'name', 'NAME_INVALID'],
    [{ name: '张\n三' }, 'name', 'NAME_INVISIBLE_CHARACTERS'],
    [{ name: '张\t三' }, 'name', 'NAME_INVISIBLE_CHARACTERS'],
    [{ name: '\uFEFF张三' }, 'name', 'NAME_INVISIBLE_CHARACTERS'],
    [{ name: '张三\u2028' }, 'name', 'NAME_INVISIBLE_CHARACTERS'],
    [{ name: '张\u200B三' }, 'name', 'NAME_INVISIBLE_CHARACTERS'],
    [{ name: '张\u3000三' }, 'name', 'NAME_INVALID'],
  ])('flags %j', (o, field, code) => {
    expect(codes(o)).toContainEqual([field, code]);
  });
  it('accepts work starting on the 16th birthday', () => {
    expect(codes({ workStartDate: '1991-03-15' })).toEqual([]);
  });
});
