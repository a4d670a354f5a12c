import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { sm2 } from 'sm-crypto';
import type { CertificateQrFacts } from '../../src/modules/certificates/domain/certificate-qr';
import {
  sm2PublicKey,
  sm2PublicKeyHex,
} from '../../src/modules/certificates/domain/certificate-qr';
import { CertificateSigner } from '../../src/modules/certificates/signing/certificate-signer';
import { checkPdfSignature } from '../../src/modules/certificates/signing/pdf-signature-check';
import type { CertificateView } from '../../src/modules/documents/pdf/certificate.pdf';
import {
  API,
  adminToken,
  bearer,
  createTestApp,
  makeUser,
  startInstance,
  TestApp,
} from './harness';

const FACTS: CertificateQrFacts = {
  number: 'DL2025-J-000001',
  name: '张建国',
  idNumber: '21020219800101123X',
  occupation: '汽车驾驶员',
  level: 'senior',
  issueDate: '2025-10-15',
  examYear: 2025,
};

const view = (qrText: string): CertificateView => ({
  examYear: 2025,
  number: FACTS.number,
  name: FACTS.name,
  gender: '男',
  idNumber: FACTS.idNumber,
  unitName: '大连市演示第一中学',
  departmentName: '大连市演示教育局',
  occupation: FACTS.occupation,
  level: FACTS.level,
  route: 'exam',
  issueDate: FACTS.issueDate,
  issuer: '大连市人力资源和社会保障局',
  qrText,
  verifyUrl: 'http://localhost/api/v1/public/certificates/verify',
});

const query = (url: string) => new URL(url).searchParams;
const hasPdfsig = spawnSync('pdfsig', ['-v']).error === undefined;
if (!hasPdfsig) console.warn('pdfsig (poppler-utils) is not installed: its checks are skipped');

function pdfsig(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'signed-'));
  try {
    writeFileSync(join(dir, 'x.pdf'), pdf);
    return spawnSync('pdfsig', [join(dir, 'x.pdf')], { encoding: 'utf8' }).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('certificate signing keys (e2e)', () => {
  let t: TestApp;
  let admin: string;
  let signer: CertificateSigner;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_BASE_URL: 'https://ks.example.cn/' });
    admin = await adminToken(t);
    signer = t.app.get(CertificateSigner);
  });
  afterAll(() => t.close());

  it('makes one key per purpose at first use, the same on two instances racing for it', async () => {
    const other = await startInstance(t);
    try {
      const lists = await Promise.all([
        t.app.get(CertificateSigner).publicKeys(),
        other.app.get(CertificateSigner).publicKeys(),
        t.app.get(CertificateSigner).publicKeys(),
      ]);
      const ids = lists.map((l) => l.map((k) => k.id).join(','));
      expect(new Set(ids).size).toBe(1);
      expect(lists[0].map((k) => [k.purpose, k.algorithm, k.retiredAt])).toEqual([
        ['pdf-rsa', 'RSA-SHA256', null],
        ['qr-sm2', 'SM2-SM3', null],
      ]);
    } finally {
      await other.close();
    }
  });

  it('publishes the public keys without sign-in, and nothing private', async () => {
    const res = await t.http().get(`${API}/public/certificates/keys`).expect(200);
    expect(res.body.items).toHaveLength(2);
    const pdf = res.body.items.find((k: { purpose: string }) => k.purpose === 'pdf-rsa');
    expect(pdf.certificatePem).toContain('BEGIN CERTIFICATE');
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/PRIVATE|sealed|aes256gcm/i);
  });

  it('keeps the private keys sealed in the database', async () => {
    const rows: { private_key_sealed: string }[] = await t.dataSource.query(
      'SELECT "private_key_sealed" FROM "signing_keys"',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.private_key_sealed).toMatch(/^aes256gcm:/);
      expect(r.private_key_sealed).not.toContain('PRIVATE KEY');
    }
  });

  it('signs the QR link that an SM2 verifier (user id "") accepts with the published key', async () => {
    const text = await signer.qrTextFor(FACTS);
    expect(text).toMatch(
      /^https:\/\/ks\.example\.cn\/api\/v1\/public\/certificates\/page\?c=[\w-]+&s=[\w-]+$/,
    );
    const c = query(text).get('c') ?? '';
    const s = query(text).get('s') ?? '';
    const payload = Buffer.from(c, 'base64url').toString('utf8');
    const keyId = JSON.parse(payload).k as string;
    const keys = (await t.http().get(`${API}/public/certificates/keys`)).body.items as {
      id: string;
      publicKeyPem: string;
    }[];
    const pubHex = sm2PublicKeyHex(
      sm2PublicKey(keys.find((k) => k.id === keyId)?.publicKeyPem ?? ''),
    );
    const sigHex = Buffer.from(s, 'base64url').toString('hex');
    expect(
      sm2.doVerifySignature(payload, sigHex, pubHex, { hash: true, der: true, userId: '' }),
    ).toBe(true);
    await expect(signer.verifyQr(c, s)).resolves.toMatchObject({ ok: true });
  });

  it('renders and signs in the document workers: valid, and broken by one changed byte of the name', async () => {
    const qr = await signer.qrTextFor(FACTS);
    const pdf = await signer.renderSigned([view(qr)]);
    expect(checkPdfSignature(pdf)).toMatchObject({ valid: true, subFilter: 'adbe.pkcs7.detached' });
    // The holder's name in the document title (UTF-16BE), inside the signed bytes.
    const at = pdf.indexOf(Buffer.from(FACTS.name, 'utf16le').swap16());
    expect(at).toBeGreaterThan(0);
    const altered = Buffer.from(pdf);
    altered[at] ^= 0x01;
    expect(checkPdfSignature(altered)).toEqual({ valid: false, reason: 'digest-mismatch' });
    if (hasPdfsig) {
      expect(pdfsig(pdf)).toContain('Signature Validation: Signature is Valid.');
      expect(pdfsig(altered)).toContain('Signature Validation: Digest Mismatch.');
    }
  });

  it('signs a batch as one document, one page per certificate', async () => {
    const qr = await signer.qrTextFor(FACTS);
    const pdf = await signer.renderSigned([view(qr), { ...view(qr), name: '李红' }, view(qr)]);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(3);
    expect(checkPdfSignature(pdf)).toMatchObject({ valid: true });
    const stream = pdf.indexOf('stream\n', 0, 'latin1') + 40;
    const altered = Buffer.from(pdf);
    altered[stream] ^= 0x01;
    expect(checkPdfSignature(altered)).toEqual({ valid: false, reason: 'digest-mismatch' });
  });

  it('rotates for the center administrator only; old codes still verify, new ones use the new key', async () => {
    const before = await signer.qrTextFor(FACTS);
    const staff = await makeUser(t, admin, { role: 'center-staff' });
    await t
      .http()
      .post(`${API}/certificates/keys/rotate`)
      .set(bearer(staff.token))
      .send({})
      .expect(403);
    await t
      .http()
      .post(`${API}/certificates/keys/rotate`)
      .set(bearer(admin))
      .send({ purpose: 'sm2' })
      .expect(400);
    const rotated = await t
      .http()
      .post(`${API}/certificates/keys/rotate`)
      .set(bearer(admin))
      .send({ purpose: 'qr-sm2' })
      .expect(200);
    expect(rotated.body.items).toEqual([
      expect.objectContaining({ purpose: 'qr-sm2', retiredAt: null }),
    ]);
    const after = await signer.qrTextFor(FACTS);
    const keyOf = (url: string) =>
      JSON.parse(Buffer.from(query(url).get('c') ?? '', 'base64url').toString()).k as string;
    expect(keyOf(after)).toBe(rotated.body.items[0].id);
    expect(keyOf(after)).not.toBe(keyOf(before));
    await expect(
      signer.verifyQr(query(before).get('c'), query(before).get('s')),
    ).resolves.toMatchObject({ ok: true });
    const keys = (await t.http().get(`${API}/public/certificates/keys`)).body.items as {
      purpose: string;
      retiredAt: string | null;
    }[];
    expect(keys.filter((k) => k.purpose === 'qr-sm2').map((k) => k.retiredAt !== null)).toEqual([
      true,
      false,
    ]);
    const audit = await t
      .http()
      .get(`${API}/audit`)
      .query({ entityId: rotated.body.items[0].id })
      .set(bearer(admin));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain(
      'signing-key.rotate',
    );
  });
  it('rotates both keys at once when no purpose is named, in one audited step', async () => {
    const before = await signer.publicKeys();
    const rotated = await t
      .http()
      .post(`${API}/certificates/keys/rotate`)
      .set(bearer(admin))
      .send({})
      .expect(200);
    expect(rotated.body.items.map((k: { purpose: string }) => k.purpose)).toEqual([
      'qr-sm2',
      'pdf-rsa',
    ]);
    const after = await signer.publicKeys();
    expect(after).toHaveLength(before.length + 2);
    expect(
      after
        .filter((k) => k.retiredAt === null)
        .map((k) => k.id)
        .sort(),
    ).toEqual(rotated.body.items.map((k: { id: string }) => k.id).sort());
  });
});

describe('certificate signing keys supplied by the center (e2e)', () => {
  let t: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'supplied-keys-'));
    // A PKCS#12 as OpenSSL 3 writes it by default (PBES2/AES-256, HMAC-SHA256).
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=Test CA Issued Signer',
        '-keyout',
        join(dir, 'k.pem'),
        '-out',
        join(dir, 'c.pem'),
      ],
      { stdio: 'ignore' },
    );
    execFileSync('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      join(dir, 'k.pem'),
      '-in',
      join(dir, 'c.pem'),
      '-out',
      join(dir, 'center.p12'),
      '-passout',
      'pass:p12-secret',
    ]);
    const sm2Key = generateKeyPairSync('ec', { namedCurve: 'SM2' }).privateKey;
    writeFileSync(join(dir, 'sm2.pem'), sm2Key.export({ format: 'pem', type: 'pkcs8' }));
    t = await createTestApp({
      CERT_PDF_P12_FILE: join(dir, 'center.p12'),
      CERT_PDF_P12_PASSWORD: 'p12-secret',
      CERT_SM2_KEY_FILE: join(dir, 'sm2.pem'),
    });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('signs with the supplied keys and refuses to rotate them', async () => {
    const signer = t.app.get(CertificateSigner);
    const keys = await signer.publicKeys();
    expect(keys.map((k) => k.id)).toEqual([
      expect.stringMatching(/^s[0-9a-f]{10}$/),
      expect.stringMatching(/^s[0-9a-f]{10}$/),
    ]);
    const pdf = await signer.renderSigned([view(await signer.qrTextFor(FACTS))]);
    expect(checkPdfSignature(pdf)).toMatchObject({
      valid: true,
      signerCommonName: 'Test CA Issued Signer',
    });
    const admin = await adminToken(t);
    const res = await t
      .http()
      .post(`${API}/certificates/keys/rotate`)
      .set(bearer(admin))
      .send({})
      .expect(409);
    expect(res.body.code).toBe('SIGNING_KEY_SUPPLIED');
  });
});
