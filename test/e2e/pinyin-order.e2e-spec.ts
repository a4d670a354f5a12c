import { compareZh } from '../../src/common/text/collation';
import { API, adminToken, bearer, createTestApp, makeUser, TestApp } from './harness';

/** Departments, units and occupations come in pinyin order, page after page. */
describe('lists in Chinese (pinyin) order with correct paging (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let deptId: string;

  /** Every item of a list endpoint, reading pages of `pageSize`. */
  async function allPages(token: string, path: string, query: object, pageSize: number) {
    const names: string[] = [];
    for (let page = 1; ; page++) {
      const res = await t
        .http()
        .get(`${API}${path}`)
        .query({ ...query, page, pageSize })
        .set(bearer(token))
        .expect(200);
      expect(res.body).toMatchObject({ page, pageSize });
      names.push(...(res.body.items as { name: string }[]).map((x) => x.name));
      if (res.body.items.length < pageSize) return { names, total: res.body.total as number };
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    // Code-point order would be 大连市人社局 (人 U+4EBA) < 大连市园林局 < 大连市教育局 < 大连市财政局 …
    for (const name of [
      '大连市财政局',
      '大连市园林局',
      '大连市人社局',
      '大连市教育局',
      '大连市档案局',
    ]) {
      const res = await t
        .http()
        .post(`${API}/departments`)
        .set(bearer(admin))
        .send({ name, kind: 'city-department' })
        .expect(201);
      if (name === '大连市教育局') deptId = res.body.id as string;
    }
    for (const name of ['第一中学', '第二中学', '第十中学', '阿城小学', '张家村小学']) {
      await t
        .http()
        .post(`${API}/units`)
        .set(bearer(admin))
        .send({ departmentId: deptId, name })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('pages departments by pinyin', async () => {
    const { names, total } = await allPages(admin, '/departments', {}, 2);
    expect(names).toEqual([
      '大连市财政局',
      '大连市档案局',
      '大连市教育局',
      '大连市人社局',
      '大连市园林局',
    ]);
    expect(total).toBe(5);
  });

  it('pages units by pinyin, the same for the department user', async () => {
    const expected = ['阿城小学', '第二中学', '第十中学', '第一中学', '张家村小学'];
    expect((await allPages(admin, '/units', { departmentId: deptId }, 2)).names).toEqual(expected);
    const dept = await makeUser(t, admin, { role: 'department', departmentId: deptId });
    expect((await allPages(dept.token, '/units', {}, 3)).names).toEqual(expected);
    const filtered = await allPages(admin, '/units', { q: '中学' }, 1);
    expect(filtered).toEqual({ names: ['第二中学', '第十中学', '第一中学'], total: 3 });
  });

  it('pages occupations by pinyin, with filters', async () => {
    const { names, total } = await allPages(admin, '/catalog/occupations', {}, 50);
    expect(names).toHaveLength(total);
    expect(names).toEqual([...names].sort(compareZh));
    expect(names).not.toEqual([...names].sort());
    const cls2 = await allPages(admin, '/catalog/occupations', { technicianClass: '二类' }, 7);
    expect(cls2.total).toBe(20);
    expect(cls2.names).toEqual([...cls2.names].sort(compareZh));
    expect(cls2.names.slice(0, 4)).toEqual(['采伐工', '蚕业工', '畜牧工', '淡水捕捞工']);
  });

  it('lists the occupations of a paper category by pinyin', async () => {
    const res = await t
      .http()
      .get(`${API}/catalog/paper-categories`)
      .set(bearer(admin))
      .expect(200);
    const cashier = res.body.items[5] as { name: string; occupations: string[] };
    expect(cashier.name).toBe('收银员');
    // Code-point order would put 会 (U+4F1A) before 出 (U+51FA).
    expect(cashier.occupations).toEqual(['出纳员', '会计人员', '收银员']);
  });
});
