import { sheetBuffer } from '../fixtures/xlsx/workbook-builder';
import { API, adminToken, bearer, createTestApp, TestApp } from './harness';

const HEADERS = ['主管部门', '部门类型', '单位名称'];

describe('organizations, their import and the audit trail (e2e)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
  });
  afterAll(() => t.close());

  const upload = (buffer: Buffer, dryRun = false) =>
    t
      .http()
      .post(`${API}/organizations/import${dryRun ? '?dryRun=true' : ''}`)
      .set(bearer(admin))
      .attach('file', buffer, {
        filename: '单位名单.xlsx',
        contentType: 'application/octet-stream',
      });
  const countUnits = async () =>
    (await t.http().get(`${API}/units`).set(bearer(admin))).body.total as number;

  it('creates, renames and deactivates a department, auditing before and after', async () => {
    const created = await t
      .http()
      .post(`${API}/departments`)
      .set(bearer(admin))
      .send({ name: '大连市交通运输局', kind: 'city-department' })
      .expect(201);
    expect(created.body).toMatchObject({
      name: '大连市交通运输局',
      kindName: '市直部门',
      active: true,
      unitCount: 0,
    });
    const id = created.body.id;
    await t
      .http()
      .patch(`${API}/departments/${id}`)
      .set(bearer(admin))
      .send({ name: '大连市交通局' })
      .expect(200);
    const off = await t
      .http()
      .patch(`${API}/departments/${id}`)
      .set(bearer(admin))
      .send({ active: false })
      .expect(200);
    expect(off.body.active).toBe(false);
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .query({ entityType: 'department', entityId: id })
      .set(bearer(admin));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'department.update',
      'department.update',
      'department.create',
    ]);
    expect(audit.body.items[1]).toMatchObject({
      actorUsername: 'admin',
      before: { name: '大连市交通运输局' },
      after: { name: '大连市交通局' },
      ip: expect.any(String),
      requestId: expect.any(String),
    });
    const unit = await t
      .http()
      .post(`${API}/units`)
      .set(bearer(admin))
      .send({ departmentId: id, name: '某站' });
    expect(unit.status).toBe(409);
    expect(unit.body.code).toBe('DEPARTMENT_INACTIVE');
  });

  it('refuses duplicate names with 409', async () => {
    const body = { name: '大连市水务局', kind: 'city-department' };
    await t.http().post(`${API}/departments`).set(bearer(admin)).send(body).expect(201);
    const dup = await t.http().post(`${API}/departments`).set(bearer(admin)).send(body).expect(409);
    expect(dup.body).toMatchObject({
      code: 'DEPARTMENT_NAME_TAKEN',
      message: expect.stringContaining('大连市水务局'),
    });
  });

  it('imports departments and units from xlsx: preview first, then all at once', async () => {
    const file = await sheetBuffer([
      HEADERS,
      ['大连市教育局', '市直部门', '大连市第一中学'],
      ['大连市教育局', '市直部门', '大连市第二中学'],
      ['金州区人力资源和社会保障局', '区市县/先导区人社局', '金州区档案馆'],
    ]);
    const before = await countUnits();
    const preview = await upload(file, true).expect(201);
    expect(preview.body).toMatchObject({
      dryRun: true,
      rows: 3,
      departmentsCreated: 2,
      unitsCreated: 3,
      errors: [],
    });
    expect(await countUnits()).toBe(before);
    const done = await upload(file).expect(201);
    expect(done.body).toMatchObject({ dryRun: false, departmentsCreated: 2, unitsCreated: 3 });
    expect(await countUnits()).toBe(before + 3);
    const again = await upload(file).expect(201);
    expect(again.body).toMatchObject({ departmentsCreated: 0, unitsCreated: 0, unitsExisting: 3 });
  });

  it('writes nothing when any row is wrong and lists every error by row and column', async () => {
    const file = await sheetBuffer([
      HEADERS,
      ['大连市民政局', '市直部门', '大连市社会福利院'],
      ['大连市民政局', '街道', '大连市救助站'],
      [null, '市直部门', '某单位'],
      ['大连市民政局', '市直部门', '大连市社会福利院'],
    ]);
    const before = await countUnits();
    const res = await upload(file).expect(422);
    expect(res.body.code).toBe('IMPORT_INVALID');
    expect(res.body.details.map((d: { row: number; column: string }) => [d.row, d.column])).toEqual(
      [
        [3, '部门类型'],
        [4, '主管部门'],
        [5, '单位名称'],
      ],
    );
    expect(await countUnits()).toBe(before);
    const depts = await t.http().get(`${API}/departments`).query({ q: '民政' }).set(bearer(admin));
    expect(depts.body.total).toBe(0);
  });

  it.each([
    ['random bytes', Buffer.from('not a spreadsheet at all'), 400, 'XLSX_INVALID'],
    [
      'a CSV renamed',
      Buffer.from('主管部门,部门类型,单位名称\n甲,市直部门,乙\n'),
      400,
      'XLSX_INVALID',
    ],
  ])('refuses %s', async (_, buffer, status, code) => {
    const res = await upload(buffer).expect(status);
    expect(res.body.code).toBe(code);
  });

  it('refuses a truncated workbook and a wrong template', async () => {
    const good = await sheetBuffer([HEADERS, ['大连市教育局', '市直部门', '大连市第三中学']]);
    const truncated = await upload(good.subarray(0, Math.floor(good.length / 2))).expect(400);
    expect(truncated.body.code).toBe('XLSX_INVALID');
    const wrong = await upload(
      await sheetBuffer([
        ['单位', '部门'],
        ['a', 'b'],
      ]),
    ).expect(422);
    expect(wrong.body.code).toBe('XLSX_TEMPLATE_MISMATCH');
  });

  it('refuses an upload over 10 MB with 413 and a missing file with 400', async () => {
    const big = await upload(Buffer.alloc(11 * 1024 * 1024, 1));
    expect(big.status).toBe(413);
    expect(big.body.statusCode).toBe(413);
    const none = await t.http().post(`${API}/organizations/import`).set(bearer(admin)).expect(400);
    expect(none.body.code).toBe('FILE_REQUIRED');
  });

  it('offers no way to edit or delete audit rows, and the database refuses it too', async () => {
    await t.http().delete(`${API}/audit/1`).set(bearer(admin)).expect(404);
    await t.http().patch(`${API}/audit/1`).set(bearer(admin)).send({}).expect(404);
    await expect(t.writer.query(`UPDATE audit_log SET action = 'x' WHERE id = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.writer.query('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(
      /append-only/,
    );
  });

  it('detects a row tampered with behind the triggers', async () => {
    const intact = await t.http().get(`${API}/audit/verify`).set(bearer(admin)).expect(200);
    expect(intact.body).toMatchObject({ intact: true, firstBrokenId: null });
    const postgres = t.dataSource.options.type === 'postgres';
    await t.writer.query(
      postgres ? 'ALTER TABLE audit_log DISABLE TRIGGER USER' : 'DROP TRIGGER audit_log_no_update',
    );
    await t.writer.query(`UPDATE audit_log SET after = '{"name":"篡改"}' WHERE id = 3`);
    const broken = await t.http().get(`${API}/audit/verify`).set(bearer(admin)).expect(200);
    expect(broken.body).toMatchObject({ intact: false, firstBrokenId: 3 });
  });
});
