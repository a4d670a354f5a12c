import { pdfFile } from '../factories/files.factory';
import { makeRegistration } from '../factories/registration.factory';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeOrganizations,
  makeUser,
  TestApp,
} from './harness';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { maximum?: number };
}
interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, unknown>;
}
interface Operation {
  parameters?: Parameter[];
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const PAGE_KEYS = ['items', 'page', 'pageSize', 'total'];

/** Every list endpoint answers one page shape, and the OpenAPI document says how to page it. */
describe('list endpoints (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let doc: OpenApi;
  let registrationId: string;
  let ledgerId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    const org = await makeOrganizations(t, admin);
    const unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    registrationId = (
      await t
        .http()
        .post(`${API}/registrations`)
        .set(bearer(unit))
        .send(makeRegistration())
        .expect(201)
    ).body.id;
    const paper = t.http().post(`${API}/ledger`).set(bearer(admin));
    for (const [k, v] of Object.entries({
      idNumber: '11010519491231002X',
      name: '李卫东',
      occupation: '汽车驾驶员',
      level: 'senior',
      certDate: '2012-06-01',
      certificateNumber: 'LN2012-00731',
      issuer: '大连市人力资源和社会保障局',
    }))
      void paper.field(k, v);
    ledgerId = (await paper.attach('file', pdfFile(), 'cert.pdf').expect(201)).body.id;
    doc = (await t.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
  const jsonSchema = (op: Operation): Schema | undefined => {
    const schema = op.responses?.['200']?.content?.['application/json']?.schema;
    return schema?.$ref ? doc.components.schemas[schema.$ref.split('/').pop()!] : schema;
  };
  const isPage = (s: Schema | undefined) =>
    PAGE_KEYS.every((k) => Object.keys(s?.properties ?? {}).includes(k));
  const listEndpoints = () =>
    operations().filter(({ method, op }) => method === 'get' && isPage(jsonSchema(op)));

  it('documents no paging query parameter as required', () => {
    const required = operations().flatMap(({ path, method, op }) =>
      (op.parameters ?? [])
        .filter((p) => p.in === 'query' && ['page', 'pageSize'].includes(p.name) && p.required)
        .map((p) => `${method.toUpperCase()} ${path} ${p.name}`),
    );
    expect(required).toEqual([]);
  });

  it('documents no JSON endpoint answering a bare array', () => {
    const bare = operations()
      .filter(({ op }) => jsonSchema(op)?.type === 'array')
      .map(({ path, method }) => `${method.toUpperCase()} ${path}`);
    expect(bare).toEqual([]);
  });

  it('documents page and pageSize on every list endpoint', () => {
    const lists = listEndpoints();
    expect(lists.length).toBeGreaterThanOrEqual(15);
    const unpaged = lists
      .filter(({ op }) => {
        const names = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        return !names.includes('page') || !names.includes('pageSize');
      })
      .map(({ path }) => path);
    expect(unpaged).toEqual([]);
  });

  const urlOf = (path: string) => {
    const ids: Record<string, string> = {
      id: path.startsWith('/api/v1/ledger/') ? ledgerId : registrationId,
    };
    return path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!ids[name]) throw new Error(`${path}: no fixture for {${name}}`);
      return ids[name];
    });
  };

  it('caps every list page: the maximum is documented (500 at most) and a larger page size is refused', async () => {
    for (const { path, op } of listEndpoints()) {
      const size = (op.parameters ?? []).find((p) => p.in === 'query' && p.name === 'pageSize');
      const max = size?.schema?.maximum;
      expect([path, typeof max === 'number' && max <= 500]).toEqual([path, true]);
      const res = await t
        .http()
        .get(urlOf(path))
        .query({ pageSize: (max ?? 0) + 1 })
        .set(bearer(admin));
      expect([path, res.status]).toEqual([path, 400]);
    }
  });

  it('answers {items, total, page, pageSize} on every list endpoint, honouring the page asked for', async () => {
    for (const { path } of listEndpoints()) {
      const url = urlOf(path);
      const res = await t.http().get(url).query({ page: 1, pageSize: 1 }).set(bearer(admin));
      expect([path, res.status]).toEqual([path, 200]);
      expect([path, Object.keys(res.body).sort()]).toEqual([path, PAGE_KEYS]);
      expect([path, res.body.page, res.body.pageSize]).toEqual([path, 1, 1]);
      expect(res.body.items.length).toBeLessThanOrEqual(1);
      expect(res.body.total).toBeGreaterThanOrEqual(res.body.items.length);
      const plain = await t.http().get(url).set(bearer(admin)).expect(200);
      expect([path, plain.body.page]).toEqual([path, 1]);
    }
  });
});
