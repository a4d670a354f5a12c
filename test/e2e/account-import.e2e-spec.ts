import * as ExcelJS from 'exceljs';
import { passwordProblems } from '../../src/modules/accounts/domain/password-policy';
import { sheetBuffer, workbookBuffer } from '../fixtures/xlsx/workbook-builder';
import {
  API,
  adminToken,
  bearer,
  binary,
  createTestApp,
  login,
  makeOrganizations,
  makeUser,
  TestApp,
} from './harness';

const HEADERS = ['用户名', '姓名', '角色', '所属主管部门', '所属单位'];

interface Detail {
  row: number;
  column: string;
  code: string;
  message: string;
}

describe('account import (e2e)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    const orgs = await makeOrganizations(t, admin);
    const old = await t
      .http()
      .post(`${API}/departments`)
      .set(bearer(admin))
      .send({ name: '大连市撤销局', kind: 'city-department' })
      .expect(201);
    await t
      .http()
      .patch(`${API}/departments/${old.body.id}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(200);
    const closed = await t
      .http()
      .post(`${API}/units`)
      .set(bearer(admin))
      .send({ departmentId: orgs.deptA, name: '大连市停办学校' })
      .expect(201);
    await t
      .http()
      .patch(`${API}/units/${closed.body.id}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(200);
  });
  afterAll(() => t.close());

  const upload = (buffer: Buffer, dryRun = false, token = admin) =>
    t
      .http()
      .post(`${API}/accounts/import${dryRun ? '?dryRun=true' : ''}`)
      .set(bearer(token))
      .attach('file', buffer, { filename: '账号.xlsx', contentType: 'application/octet-stream' });
  const accountCount = async () =>
    (await t.http().get(`${API}/accounts`).set(bearer(admin))).body.total as number;

  it('offers a template with the Chinese headers, a role drop-down and the active departments', async () => {
    const res = await t
      .http()
      .get(`${API}/accounts/template.xlsx`)
      .set(bearer(admin))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('账号导入模板.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe('账号');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    const roles = sheet.getCell('C2').dataValidation;
    expect(roles.formulae).toEqual(['"主管部门用户,单位用户,评分员,中心工作人员"']);
    const lists = wb.getWorksheet('下拉选项')!;
    expect(lists.state).toBe('hidden');
    const names = lists.getColumn(1).values.filter(Boolean);
    expect(names).toEqual(expect.arrayContaining(['大连市教育局', '大连市卫生健康委员会']));
    expect(names).not.toContain('大连市撤销局');
    expect(wb.getWorksheet('填写说明')).toBeDefined();
  });

  it('previews, then creates every account at once with a one-time password shown only in that answer', async () => {
    const file = await sheetBuffer(
      [
        HEADERS,
        ['jyj.clerk', '教育局经办人', '主管部门用户', '大连市教育局', null],
        ['yz.clerk', '一中经办人', '单位用户', '大连市教育局', '大连市第一中学'],
        ['grader.01', '评分员甲', '评分员', null, null],
        ['staff.01', '中心职员乙', '中心工作人员', null, null],
      ],
      '账号',
    );
    const before = await accountCount();
    const preview = await upload(file, true).expect(201);
    expect(preview.body).toMatchObject({ dryRun: true, rows: 4, created: 4, errors: [] });
    expect(preview.body.accounts.every((a: { password?: string }) => !a.password)).toBe(true);
    expect(await accountCount()).toBe(before);

    const done = await upload(file).expect(201);
    expect(done.headers['cache-control']).toBe('no-store');
    expect(done.body).toMatchObject({ dryRun: false, created: 4 });
    const issued = done.body.accounts as {
      username: string;
      roleName: string;
      unitName: string | null;
      password: string;
    }[];
    expect(issued.map((a) => [a.username, a.roleName, a.unitName])).toEqual([
      ['jyj.clerk', '主管部门用户', null],
      ['yz.clerk', '单位用户', '大连市第一中学'],
      ['grader.01', '评分员', null],
      ['staff.01', '中心工作人员', null],
    ]);
    for (const a of issued) expect(passwordProblems(a.password, a.username)).toEqual([]);
    expect(new Set(issued.map((a) => a.password)).size).toBe(4);
    expect(await accountCount()).toBe(before + 4);

    // The password works once, and only to change it.
    const token = await login(t, 'yz.clerk', issued[1].password);
    const blocked = await t.http().get(`${API}/registrations`).set(bearer(token)).expect(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');

    // Stored hashed; audited once with the count and names, never the passwords.
    const rows: { password_hash: string }[] = await t.dataSource.query(
      `SELECT password_hash FROM accounts WHERE username IN ('jyj.clerk','yz.clerk')`,
    );
    expect(rows.every((r) => r.password_hash.startsWith('$argon2id$'))).toBe(true);
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .query({ action: 'accounts.import' })
      .set(bearer(admin))
      .expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0].after).toMatchObject({ rows: 4, created: 4 });
    const everything = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_log'));
    for (const a of issued) expect(everything).not.toContain(a.password);

    // The same file again: every username is now taken, nothing written.
    const again = await upload(file).expect(422);
    expect(again.body.details.map((d: Detail) => d.code)).toEqual(Array(4).fill('USERNAME_TAKEN'));
  });

  it.each([
    [
      'a username repeated in the file',
      ['dup.user', '甲', '评分员', null, null],
      'DUPLICATE_ROW',
      '用户名',
    ],
    [
      'an existing username in another case',
      ['ADMIN', '甲', '评分员', null, null],
      'USERNAME_TAKEN',
      '用户名',
    ],
    [
      'an unknown department',
      ['new.a', '甲', '主管部门用户', '大连市无此局', null],
      'UNKNOWN_DEPARTMENT',
      '所属主管部门',
    ],
    [
      'an inactive department',
      ['new.b', '甲', '主管部门用户', '大连市撤销局', null],
      'INACTIVE_DEPARTMENT',
      '所属主管部门',
    ],
    [
      'an inactive unit',
      ['new.c', '甲', '单位用户', '大连市教育局', '大连市停办学校'],
      'INACTIVE_UNIT',
      '所属单位',
    ],
    [
      'a unit not under the named department',
      ['new.d', '甲', '单位用户', '大连市教育局', '大连市中心医院'],
      'UNIT_NOT_IN_DEPARTMENT',
      '所属单位',
    ],
    [
      'a grader given a department',
      ['new.e', '甲', '评分员', '大连市教育局', null],
      'ORGANIZATION_NOT_ALLOWED',
      '所属主管部门',
    ],
    [
      'a department user given a unit',
      ['new.f', '甲', '主管部门用户', '大连市教育局', '大连市第一中学'],
      'ORGANIZATION_NOT_ALLOWED',
      '所属单位',
    ],
    ['a center administrator', ['new.g', '甲', '中心管理员', null, null], 'UNKNOWN_ROLE', '角色'],
  ])(
    'writes nothing for %s and names row, column and reason in Chinese',
    async (_, bad, code, column) => {
      const file = await sheetBuffer([HEADERS, ['dup.user', '正常行', '评分员', null, null], bad]);
      const before = await accountCount();
      const preview = await upload(file, true).expect(201);
      expect(preview.body.errors).toEqual([
        expect.objectContaining({
          row: 3,
          column,
          code,
          message: expect.stringMatching(/[\u4e00-\u9fa5]/),
        }),
      ]);
      const res = await upload(file).expect(422);
      expect(res.body).toMatchObject({
        code: 'IMPORT_INVALID',
        message: '文件有 1 处错误，未导入任何数据',
      });
      expect(res.body.details).toEqual(preview.body.errors);
      expect(await accountCount()).toBe(before);
    },
  );

  it('refuses a formula cell instead of trusting its cached text', async () => {
    const file = await workbookBuffer((wb) => {
      const s = wb.addWorksheet('账号');
      s.addRow(HEADERS);
      s.addRow(['formula.user', { formula: '"张"&"三"', result: '张三' }, '评分员', null, null]);
    });
    const res = await upload(file).expect(422);
    expect(res.body.details).toEqual([
      expect.objectContaining({ row: 2, column: '姓名', code: 'CELL_FORMULA' }),
    ]);
  });

  it('refuses an oversized file, too many rows, a wrong template and a missing file', async () => {
    expect((await upload(Buffer.alloc(11 * 1024 * 1024, 1))).status).toBe(413);
    const many = await sheetBuffer([
      HEADERS,
      ...Array.from({ length: 1001 }, (_, i) => [`bulk.${i}`, '甲', '评分员', null, null]),
    ]);
    const tooMany = await upload(many, true).expect(413);
    expect(tooMany.body.code).toBe('XLSX_TOO_MANY_ROWS');
    const wrong = await upload(
      await sheetBuffer([
        ['用户名', '姓名'],
        ['a', 'b'],
      ]),
    ).expect(422);
    expect(wrong.body.code).toBe('XLSX_TEMPLATE_MISMATCH');
    const none = await t.http().post(`${API}/accounts/import`).set(bearer(admin)).expect(400);
    expect(none.body.code).toBe('FILE_REQUIRED');
  });

  it('is the center administrator’s alone, as creating an account is', async () => {
    const staff = await makeUser(t, admin, { role: 'center-staff' });
    const file = await sheetBuffer([HEADERS, ['by.staff', '甲', '评分员', null, null]]);
    const res = await upload(file, false, staff.token).expect(403);
    expect(res.body.code).toBe('ROLE_FORBIDDEN');
    await t.http().get(`${API}/accounts/template.xlsx`).set(bearer(staff.token)).expect(403);
  });

  it('refuses, one by one as in the import, a display name with a direction override or a line break', async () => {
    for (const displayName of ['张\u202E三', '张三\n李四']) {
      const created = await t
        .http()
        .post(`${API}/accounts`)
        .set(bearer(admin))
        .send({
          username: `odd-${displayName.length}`,
          displayName,
          role: 'grader',
          password: 'Initial#Pass2025',
        })
        .expect(400);
      expect(created.body.details[0]).toMatchObject({ field: 'displayName' });
    }
    const account = (await t.http().get(`${API}/accounts`).set(bearer(admin)).expect(200)).body
      .items[0];
    const patched = await t
      .http()
      .patch(`${API}/accounts/${account.id}`)
      .set(bearer(admin))
      .send({ displayName: '管理\u200B员' })
      .expect(400);
    expect(patched.body.details[0].message).toContain('不可见');
  });
});
