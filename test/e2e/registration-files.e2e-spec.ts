import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileStore } from '../../src/modules/documents/files/file-store';
import { sniffImage } from '../../src/modules/documents/files/file-sniff';
import { pdfFile, pngImage } from '../factories/files.factory';
import { makeRegistration } from '../factories/registration.factory';
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

describe('registration photo and documents (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let org: OrgFixture;
  let unit: string;
  let otherDept: string;
  let id: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set('2025-07-01T02:00:00Z');
    admin = await adminToken(t);
    org = await makeOrganizations(t, admin);
    unit = (await makeUser(t, admin, { role: 'unit', unitId: org.unitA1 })).token;
    otherDept = (await makeUser(t, admin, { role: 'department', departmentId: org.deptB })).token;
    id = (
      await t
        .http()
        .post(`${API}/registrations`)
        .set(bearer(unit))
        .send(makeRegistration())
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  const put = (path: string, bytes: Buffer, filename: string, token = unit) =>
    t
      .http()
      .post(`${API}/registrations/${id}/${path}`)
      .set(bearer(token))
      .attach('file', bytes, { filename, contentType: 'application/octet-stream' });

  const servedPhoto = async () =>
    (
      await t
        .http()
        .get(`${API}/registrations/${id}/photo`)
        .set(bearer(admin))
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;

  it('stores a photo re-encoded as a baseline JPEG, hashed, under a generated name', async () => {
    const photo = pngImage(295, 413);
    const res = await put('photo', photo, '../../dist/main.js').expect(201);
    expect(res.body).toMatchObject({
      kind: 'photo',
      mimeType: 'image/jpeg',
      originalName: 'main.js',
    });
    expect((await storedFileKeys(t)).every((f) => /^[0-9a-f-]{36}$/.test(f))).toBe(true);
    const back = await servedPhoto();
    expect(sniffImage(back)).toEqual({
      mimeType: 'image/jpeg',
      width: 295,
      height: 413,
      baseline: true,
    });
    expect(res.body.size).toBe(back.length);
    expect(res.body.sha256).toBe(createHash('sha256').update(back).digest('hex'));
  });

  it.each([
    ['a GIF', Buffer.from('GIF89a-not-a-photo-at-all'), 'PHOTO_TYPE'],
    ['a landscape image', pngImage(413, 295), 'PHOTO_ORIENTATION'],
    ['a thumbnail', pngImage(40, 50), 'PHOTO_SIZE'],
  ])('refuses %s as a photo', async (_, bytes, code) => {
    const res = await put('photo', bytes, 'photo.png').expect(400);
    expect(res.body.code).toBe(code);
  });

  it('still reads a file an earlier version stored in UPLOAD_DIR (on PostgreSQL too)', async () => {
    const key = randomUUID();
    mkdirSync(t.uploadDir, { recursive: true });
    writeFileSync(join(t.uploadDir, key), Buffer.from('earlier bytes'));
    expect((await t.app.get(FileStore).read(key)).toString()).toBe('earlier bytes');
  });

  it('refuses a photo over 2 MB with 413 before reading it', async () => {
    const res = await put('photo', Buffer.alloc(2 * 1024 * 1024 + 1, 1), 'big.jpg').expect(413);
    expect(res.body.statusCode).toBe(413);
  });

  it('stores PDF documents and refuses anything else', async () => {
    const ok = await t
      .http()
      .post(`${API}/registrations/${id}/documents?docType=certificate`)
      .set(bearer(unit))
      .attach('file', pdfFile(), '高级工证书.pdf')
      .expect(201);
    expect(ok.body).toMatchObject({
      kind: 'document',
      docType: 'certificate',
      docTypeName: '原等级证书或合格证明',
      originalName: '高级工证书.pdf',
    });
    const bad = await t
      .http()
      .post(`${API}/registrations/${id}/documents?docType=certificate`)
      .set(bearer(unit))
      .attach('file', pngImage(300, 400), 'fake.pdf')
      .expect(400);
    expect(bad.body.code).toBe('DOCUMENT_TYPE');
    await t
      .http()
      .post(`${API}/registrations/${id}/documents?docType=passport`)
      .set(bearer(unit))
      .attach('file', pdfFile(), 'x.pdf')
      .expect(400);
    const list = await t
      .http()
      .get(`${API}/registrations/${id}/files`)
      .set(bearer(unit))
      .expect(200);
    expect(list.body.items.map((f: { kind: string }) => f.kind)).toEqual(['photo', 'document']);
  });

  it('marks a replaced photo as not current and serves the current one', async () => {
    const before = await t.http().get(`${API}/registrations/${id}/files`).set(bearer(unit));
    const first = before.body.items.find((f: { kind: string }) => f.kind === 'photo');
    const newer = pngImage(300, 420);
    const second = (await put('photo', newer, 'new.png').expect(201)).body;
    expect(second.current).toBe(true);
    const list = await t
      .http()
      .get(`${API}/registrations/${id}/files`)
      .set(bearer(unit))
      .expect(200);
    const photos = list.body.items.filter((f: { kind: string }) => f.kind === 'photo');
    expect(
      Object.fromEntries(photos.map((f: { id: string; current: boolean }) => [f.id, f.current])),
    ).toEqual({
      [first.id]: false,
      [second.id]: true,
    });
    expect(
      list.body.items
        .filter((f: { kind: string }) => f.kind === 'document')
        .every((f: { current: boolean }) => f.current),
    ).toBe(true);
    const registration = await t.http().get(`${API}/registrations/${id}`).set(bearer(unit));
    expect(registration.body.photoFileId).toBe(second.id);
    const served = await t
      .http()
      .get(`${API}/registrations/${id}/photo`)
      .set(bearer(unit))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(
      createHash('sha256')
        .update(served.body as Buffer)
        .digest('hex'),
    ).toBe(second.sha256);
    expect(sniffImage(served.body as Buffer)).toMatchObject({ width: 300, height: 420 });
  });

  it("keeps another department out of a registration's files (404)", async () => {
    await t.http().get(`${API}/registrations/${id}/files`).set(bearer(otherDept)).expect(404);
    await t.http().get(`${API}/registrations/${id}/photo`).set(bearer(otherDept)).expect(404);
  });

  it('locks the files of a cancelled registration', async () => {
    await t
      .http()
      .post(`${API}/registrations/${id}/cancel`)
      .set(bearer(admin))
      .send({ reason: '材料造假' })
      .expect(200);
    const res = await put('photo', pngImage(295, 413), 'p.png').expect(409);
    expect(res.body.code).toBe('FILES_LOCKED');
  });
});
