import { parseSummaryRow, SummaryValues } from './summary-row-parse';

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
});
