import { planOrganizationImport, unitKey } from './organization-import';

const existing = new Map([
  ['大连市教育局', { id: 'd1', name: '大连市教育局', kind: 'city-department' as const }],
]);
const units = new Set([unitKey('大连市教育局', '大连市第一中学')]);
const row = (n: number, ...values: (string | null)[]) => ({ row: n, values });

describe('planOrganizationImport', () => {
  it('creates missing departments and units and skips existing units', () => {
    const plan = planOrganizationImport(
      [
        row(2, '大连市教育局', '市直部门', '大连市第一中学'),
        row(3, '大连市教育局', '市直部门', '大连市第二中学'),
        row(4, '甘井子区人力资源和社会保障局', '区市县/先导区人社局', '甘井子区档案馆'),
      ],
      existing,
      units,
    );
    expect(plan.errors).toEqual([]);
    expect(plan.existingUnits).toBe(1);
    expect(plan.newDepartments).toEqual([
      { name: '甘井子区人力资源和社会保障局', kind: 'district-hrss' },
    ]);
    expect(plan.newUnits.map((u) => u.name)).toEqual(['大连市第二中学', '甘井子区档案馆']);
  });

  it('normalises full-width characters and surrounding spaces', () => {
    const plan = planOrganizationImport(
      [row(2, ' 大连市教育局　', '市直部门', '第（三）中学')],
      existing,
      units,
    );
    expect(plan.newUnits).toEqual([{ departmentName: '大连市教育局', name: '第(三)中学' }]);
  });

  it('reports every problem with row and column', () => {
    const plan = planOrganizationImport(
      [
        row(2, null, '市直部门', '某单位'),
        row(3, '大连市教育局', '街道办', '某单位'),
        row(4, '大连市教育局', '高新区党群工作部', '某单位'),
        row(5, '新部门', '市直部门', 'A'),
        row(6, '新部门', '市直部门', 'A'),
        row(7, '大连市卫健委', '市直部门', null),
      ],
      existing,
      units,
    );
    expect(plan.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '主管部门', 'REQUIRED'],
      [3, '部门类型', 'UNKNOWN_KIND'],
      [4, '部门类型', 'KIND_CONFLICT'],
      [6, '单位名称', 'DUPLICATE_ROW'],
      [7, '单位名称', 'REQUIRED'],
    ]);
  });
});
