import { randomUUID } from 'node:crypto';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { sniffImage } from '../../src/modules/documents/files/file-sniff';
import { RegistrationEntity } from '../../src/modules/registrations/entities/registration.entity';
import { insertRows } from '../../src/database/insert-rows';
import { corruptPng, pdfFile, pngImage } from '../factories/files.factory';
import { makeRegistration } from '../factories/registration.factory';
import { rowBombXlsx } from '../fixtures/xlsx/row-bomb';
import {
  adminToken,
  API,
  bearer,
  binary,
  createTestApp,
  makeOrganizations,
  makeUser,
  OrgFixture,
  storedFileKeys,
  TestApp,
} from './harness';

/**
 * The attacks on the running service, replayed through HTTP and the real document worker
 * threads (findings 1–4 of the documents review).
 */
describe('documents and uploads under attack (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unit: string;

  const register = async (overrides: Record<string, unknown> = {}) =>
    (
      await t
        .http()
        .post(`${API}/registrations`)
        .set(bearer(unit))
        .send(makeRegistration(overrides))
        .expect(201)
    ).body.id as string;

  const upload = (id: string, path: string, bytes: Buffer, filename: string) =>
    t
      .http()
      .post(`${API}/registrations/${id}/${path}`)
      .set(bearer(unit))
      .attach('file', bytes, { filename, contentType: 'application/octet-stream' });

  const healthy = () => t.http().get(`${API}/health`).expect(200, { status: 'ok' });

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
  });
  afterAll(() => t.close());

  describe('finding 1: a photo that would crash the ticket renderer', () => {
    it('refuses a PNG with a valid header and corrupt image data (400), storing nothing', async () => {
      const id = await register();
      const stored = async () => (await storedFileKeys(t)).length;
      const before = await stored();
      const res = await upload(id, 'photo', corruptPng(), 'photo.png').expect(400);
      expect(res.body).toMatchObject({ code: 'PHOTO_CORRUPT', details: [{ field: 'file' }] });
      expect(res.body.message).toMatch(/损坏/);
      expect(await stored()).toBe(before);
      const files = await t.http().get(`${API}/registrations/${id}/files`).set(bearer(unit));
      expect(files.body.total).toBe(0);
      await healthy();
    });

    it('stores a 4000 × 5000 photo downscaled to 600 × 750', async () => {
      const id = await register();
      const res = await upload(id, 'photo', pngImage(4000, 5000), 'big.png').expect(201);
      expect(res.body.size).toBeLessThan(200_000);
      const stored = await t
        .http()
        .get(`${API}/registrations/${id}/photo`)
        .set(bearer(unit))
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(sniffImage(stored.body as Buffer)).toEqual({
        mimeType: 'image/jpeg',
        width: 600,
        height: 750,
        baseline: true,
      });
    });

    it('refuses an image declaring more than 25 megapixels (413) without decoding it', async () => {
      const id = await register();
      const bomb = pngImage(20, 30);
      bomb.writeUInt32BE(6000, 16);
      bomb.writeUInt32BE(8000, 20);
      const res = await upload(id, 'photo', bomb, 'bomb.png').expect(413);
      expect(res.body.code).toBe('PHOTO_TOO_LARGE');
    });
  });

  describe('finding 4: documents checked by their structure', () => {
    let id: string;
    beforeAll(async () => {
      id = await register();
    });

    it('refuses an HTML page that starts with %PDF- and ends with %%EOF', async () => {
      const html = Buffer.from(
        '%PDF-1.4\n<html><body><script>fetch("/api/v1/accounts")</script></body></html>\n%%EOF\n',
      );
      const res = await upload(id, 'documents?docType=certificate', html, 'x.pdf').expect(400);
      expect(res.body.code).toBe('DOCUMENT_TYPE');
    });

    it('refuses a PDF that runs JavaScript on open', async () => {
      const doc = await PDFDocument.create();
      doc.addPage();
      const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
      doc.catalog.set(PDFName.of('OpenAction'), action);
      const pdf = Buffer.from(await doc.save());
      const res = await upload(id, 'documents?docType=certificate', pdf, 'x.pdf').expect(400);
      expect(res.body).toMatchObject({
        code: 'DOCUMENT_ACTIVE_CONTENT',
        details: [{ field: 'file' }],
      });
      expect(res.body.message).toContain('/OpenAction');
    });

    it('accepts a plain PDF', async () => {
      await upload(id, 'documents?docType=certificate', pdfFile(), 'ok.pdf').expect(201);
    });
  });

  it('finding 3: 30 parallel uploads store exactly 20 documents, the rest 409', async () => {
    const id = await register();
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        upload(id, 'documents?docType=other', pdfFile(`doc ${i}`), `${i}.pdf`),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses.filter((s) => s === 409)).toHaveLength(10);
    expect(results.find((r) => r.status === 409)?.body.code).toBe('TOO_MANY_DOCUMENTS');
    const [{ n }] = await t.dataSource.query(
      `SELECT COUNT(*) AS n FROM stored_files WHERE registration_id = ${t.dataSource.options.type === 'postgres' ? '$1' : '?'}`,
      [id],
    );
    expect(Number(n)).toBe(20);
  });

  describe('finding 2: parsing and rendering bounded', () => {
    it('refuses a 65 KB xlsx with 1,000,000 rows before loading it (413), and stays healthy', async () => {
      const bomb = await rowBombXlsx(1_000_000);
      const res = await t
        .http()
        .post(`${API}/registrations/import?dryRun=true`)
        .set(bearer(unit))
        .attach('file', bomb, '附件2.xlsx')
        .expect(413);
      expect(res.body.code).toBe('XLSX_TOO_MANY_ROWS');
      const orgs = await t
        .http()
        .post(`${API}/organizations/import?dryRun=true`)
        .set(bearer(admin))
        .attach(
          'file',
          await rowBombXlsx(1_000_000, ['主管部门', '部门类型', '单位名称']),
          'o.xlsx',
        )
        .expect(413);
      expect(orgs.body.code).toBe('XLSX_TOO_MANY_ROWS');
      await healthy();
    });

    it('refuses a summary PDF over 3,000 rows with a request to narrow the filter (422)', async () => {
      const id = await register();
      const repo = t.writer.getRepository(RegistrationEntity);
      const one = await repo.findOneByOrFail({ id });
      const copies = Array.from({ length: 3001 }, (_, i) =>
        Object.assign(new RegistrationEntity(), one, {
          id: randomUUID(),
          idNumber: `9${String(i).padStart(16, '0')}X`,
          status: 'accepted',
        }),
      );
      await insertRows(t.writer.manager, RegistrationEntity, copies);
      const res = await t
        .http()
        .get(`${API}/registrations/summary.pdf`)
        .set(bearer(admin))
        .expect(422);
      expect(res.body.code).toBe('EXPORT_TOO_LARGE');
      expect(res.body.message).toMatch(/3001 行.*筛选/);
      await t
        .http()
        .get(`${API}/registrations/summary.pdf`)
        .query({ departmentId: org.deptB })
        .set(bearer(admin))
        .expect(200);
    });
  });
});
