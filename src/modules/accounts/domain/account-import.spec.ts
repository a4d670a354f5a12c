import { planAccountImport, type AccountImportContext } from './account-import';

const ctx: AccountImportContext = {
  usernames: new Set(['admin', 'demo-unit']),
  departments: new Map([
    ['大连市教育局', { id: 'd1', name: '大连市教育局', active: true }],
    ['大连市交通局', { id: 'd2', name: '大连市交通局', active: true }],
    ['大连市旧局', { id: 'd3', name: '大连市旧局', active: false }],
  ]),
  units: new Map([
    ['大连市第一中学', [{ id: 'u1', name: '大连市第一中学', departmentId: 'd1', active: true }]],
    ['车队', [{ id: 'u2', name: '车队', departmentId: 'd2', active: true }]],
    ['旧单位', [{ id: 'u3', name: '旧单位', departmentId: 'd1', active: false }]],
  ]),
};
const row = (n: number, ...values: (string | null)[]) => ({ row: n, values });
const problems = (...rows: ReturnType<typeof row>[]) =>
  planAccountImport(rows, ctx).errors.map((e) => [e.row, e.column, e.code, e.message]);

describe('planAccountImport', () => {
  it('plans each importable role with its organizations', () => {
    const plan = planAccountImport(
      [
        row(2, 'jyj', '教育局经办人', '主管部门用户', '大连市教育局', null),
        row(3, 'yzjb', '一中经办人', '单位用户', ' 大连市教育局　', '大连市第一中学'),
        row(4, 'pf01', '评分员甲', '评分员', null, null),
        row(5, 'zx01', '中心职员', '中心工作人员', null, null),
      ],
      ctx,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.accounts.map((a) => [a.username, a.role, a.departmentId, a.unitId])).toEqual([
      ['jyj', 'department', 'd1', null],
      ['yzjb', 'unit', 'd1', 'u1'],
      ['pf01', 'grader', null, null],
      ['zx01', 'center-staff', null, null],
    ]);
  });

  it.each([
    ['a missing username', ['', '甲', '评分员', null, null], '用户名', 'REQUIRED'],
    ['a malformed username', ['张三', '甲', '评分员', null, null], '用户名', 'INVALID_USERNAME'],
    [
      'an existing username, in any case',
      ['Demo-Unit', '甲', '评分员', null, null],
      '用户名',
      'USERNAME_TAKEN',
    ],
    ['a missing name', ['pf02', null, '评分员', null, null], '姓名', 'REQUIRED'],
    [
      'a name with a direction override',
      ['pf02', '评分员\u202e甲', '评分员', null, null],
      '姓名',
      'INVISIBLE_CHARACTERS',
    ],
    [
      'a name with a NUL',
      ['pf02', '甲\u0000', '评分员', null, null],
      '姓名',
      'INVISIBLE_CHARACTERS',
    ],
    ['a role outside the four', ['pf02', '甲', '中心管理员', null, null], '角色', 'UNKNOWN_ROLE'],
    [
      'an unknown department',
      ['d99', '甲', '主管部门用户', '大连市无此局', null],
      '所属主管部门',
      'UNKNOWN_DEPARTMENT',
    ],
    [
      'an inactive department',
      ['d99', '甲', '主管部门用户', '大连市旧局', null],
      '所属主管部门',
      'INACTIVE_DEPARTMENT',
    ],
    [
      'a department user with a unit',
      ['d99', '甲', '主管部门用户', '大连市教育局', '大连市第一中学'],
      '所属单位',
      'ORGANIZATION_NOT_ALLOWED',
    ],
    [
      'a unit user without a unit',
      ['u99', '甲', '单位用户', '大连市教育局', null],
      '所属单位',
      'REQUIRED',
    ],
    [
      'a unit user without a department',
      ['u99', '甲', '单位用户', null, '大连市第一中学'],
      '所属主管部门',
      'REQUIRED',
    ],
    [
      'a unit not under the named department',
      ['u99', '甲', '单位用户', '大连市教育局', '车队'],
      '所属单位',
      'UNIT_NOT_IN_DEPARTMENT',
    ],
    [
      'an unknown unit',
      ['u99', '甲', '单位用户', '大连市教育局', '无此单位'],
      '所属单位',
      'UNKNOWN_UNIT',
    ],
    [
      'an inactive unit',
      ['u99', '甲', '单位用户', '大连市教育局', '旧单位'],
      '所属单位',
      'INACTIVE_UNIT',
    ],
    [
      'a grader with a department',
      ['g99', '甲', '评分员', '大连市教育局', null],
      '所属主管部门',
      'ORGANIZATION_NOT_ALLOWED',
    ],
  ])('refuses %s', (_, values, column, code) => {
    const plan = planAccountImport([row(2, ...values)], ctx);
    expect(plan.accounts).toEqual([]);
    expect(plan.errors).toEqual([expect.objectContaining({ row: 2, column, code })]);
  });

  it('refuses a username repeated in the file, naming the first row', () => {
    expect(
      problems(
        row(2, 'pf01', '甲', '评分员', null, null),
        row(3, 'PF01', '乙', '评分员', null, null),
      ),
    ).toEqual([[3, '用户名', 'DUPLICATE_ROW', '用户名“PF01”与第 2 行重复']]);
  });

  it('reports the unit and department by name in Chinese', () => {
    expect(problems(row(7, 'u99', '甲', '单位用户', '大连市教育局', '车队'))).toEqual([
      [7, '所属单位', 'UNIT_NOT_IN_DEPARTMENT', '单位“车队”不属于主管部门“大连市教育局”'],
    ]);
  });
});
