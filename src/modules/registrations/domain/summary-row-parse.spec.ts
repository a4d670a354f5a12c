import { EDUCATIONS } from './education';
import { columnOfField, parseSummaryRow, SummaryValues } from './summary-row-parse';

const row = (o: Partial<SummaryValues> = {}): SummaryValues => ({
  seq: '1',
  name: '张三',
  gender: '男',
  birthMonth: '1975.03',
  idNumber: '11010519491231002X',
  education: '高中',
  workStartDate: '1995.07',
  currentOccupation: '汽车驾驶员',
  currentLevel: '高级工',
  currentCertDate: '2016-05-20',
  targetOccupation: '汽车驾驶员',
  targetLevel: '技师',
  route: null,
  confirmed: null,
  professionalTitle: null,
  yearsInOccupation: null,
  nationalCertLevel: null,
  nationalCertNumber: null,
  nationalCertVerification: null,
  ...o,
});

describe('parseSummaryRow', () => {
  it('reads a bare 附件2 row: month-precision dates, Chinese levels, standard route', () => {
    expect(parseSummaryRow(row())).toEqual({
      input: expect.objectContaining({
        birthMonth: '1975-03',
        workStartDate: '1995-07-01',
        currentLevel: 'senior',
        targetLevel: 'technician',
        route: 'standard',
        confirmed: true,
        nationalCertificate: null,
      }),
    });
  });

  it('reads back the 免考复核认定 mark of an exported 等级 cell as the level', () => {
    expect(parseSummaryRow(row({ targetLevel: '技师（免考复核认定）' }))).toEqual({
      input: expect.objectContaining({ targetLevel: 'technician' }),
    });
  });

  it('reads the template’s extra columns', () => {
    const r = parseSummaryRow(
      row({
        route: '退役士兵',
        confirmed: '是',
        nationalCertLevel: '二级',
        nationalCertNumber: 'S000021020000253000123',
        nationalCertVerification: '退役士兵承诺',
      }),
    );
    expect(r).toMatchObject({
      input: {
        route: 'veteran',
        nationalCertificate: {
          level: 'technician',
          occupation: '汽车驾驶员',
          verified: false,
          militaryCommitment: true,
        },
      },
    });
  });

  it('treats an empty current level as someone without a level', () => {
    const r = parseSummaryRow(
      row({
        currentOccupation: null,
        currentLevel: null,
        currentCertDate: null,
        targetLevel: '初级工',
      }),
    );
    expect(r).toMatchObject({
      input: { currentLevel: null, currentCertDate: null, targetLevel: 'junior' },
    });
  });

  it('lists every bad cell with its column', () => {
    const r = parseSummaryRow(
      row({
        name: null,
        gender: 'M',
        workStartDate: '1995-13',
        targetLevel: '大师',
        route: '走后门',
        confirmed: '不知道',
        yearsInOccupation: '3.5',
      }),
    );
    expect('errors' in r && r.errors.map((e) => [e.column, e.code])).toEqual([
      ['姓名', 'REQUIRED'],
      ['性别', 'GENDER_INVALID'],
      ['参加工作时间', 'DATE_INVALID'],
      ['申报职业等级情况/等级', 'LEVEL_INVALID'],
      ['申报途径', 'ROUTE_INVALID'],
      ['是否已转正', 'YES_NO'],
      ['从事本工种年限', 'INTEGER'],
    ]);
  });

  it('accepts only the template’s 文化程度 choices, naming them all', () => {
    const r = parseSummaryRow(row({ education: '大专' }));
    expect('errors' in r && r.errors).toEqual([
      {
        column: '文化程度',
        code: 'EDUCATION_INVALID',
        message: `文化程度应为以下之一：${EDUCATIONS.join('、')}`,
      },
    ]);
    expect(parseSummaryRow(row({ education: '大学专科' }))).toHaveProperty('input');
  });

  it.each([
    ['an invalid national certificate level', '大师', 'LEVEL_INVALID'],
    ['an empty national certificate level', null, 'REQUIRED'],
  ])('reports %s once, without follow-on errors for the same cell', (_, level, code) => {
    const r = parseSummaryRow(
      row({
        nationalCertLevel: level,
        nationalCertNumber: 'S0001',
        nationalCertVerification: '已核查有效',
      }),
    );
    expect('errors' in r && r.errors.map((e) => [e.column, e.code])).toEqual([
      ['国家证书等级', code],
    ]);
  });

  it('reports a missing required cell as missing only', () => {
    const r = parseSummaryRow(row({ targetLevel: null, workStartDate: null, birthMonth: null }));
    expect('errors' in r && r.errors.map((e) => [e.column, e.code])).toEqual([
      ['出生年月', 'REQUIRED'],
      ['参加工作时间', 'REQUIRED'],
      ['申报职业等级情况/等级', 'REQUIRED'],
    ]);
  });
});

describe('columnOfField', () => {
  it.each([
    ['idNumber', '身份证号'],
    ['workStartDate', '参加工作时间'],
    ['currentCertDate', '现职业等级情况/获证时间'],
    ['professionalTitle', '专业技术职务'],
    ['yearsInOccupation', '从事本工种年限'],
    ['nationalCertificate', '国家证书等级'],
    ['phone', '联系电话'],
    ['eligibility', '申报资格'],
    ['somethingNew', '申报资格'],
  ])('names %s by its Chinese header %s', (field, column) => {
    expect(columnOfField(field)).toBe(column);
  });
});
