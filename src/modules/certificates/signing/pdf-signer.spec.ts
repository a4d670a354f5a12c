import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { renderPdf } from '../../documents/pdf/pdf-renderer';
import { generatePdfKey, ISSUER_NAME } from './key-material';
import { checkPdfSignature, derValue } from './pdf-signature-check';
import { pdfSigner, SIGNATURE_REASON, signaturePlaceholder, signPdf } from './pdf-signer';

const hasPdfsig = spawnSync('pdfsig', ['-v']).error === undefined;
if (!hasPdfsig) console.warn('pdfsig (poppler-utils) is not installed: its checks are skipped');
const withPdfsig = hasPdfsig ? it : it.skip;

const SIGNED_AT = new Date('2025-10-15T02:00:00Z');
const NAME = '张建国';

/** pdfsig's report of a file (it exits non-zero for an invalid signature, which is a result here). */
function pdfsig(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdfsig-'));
  try {
    writeFileSync(join(dir, 'x.pdf'), pdf);
    const run = spawnSync('pdfsig', [join(dir, 'x.pdf')], { encoding: 'utf8' });
    return `${run.stdout}${run.stderr}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A literal string of the signature dictionary, unescaped and decoded from UTF-16BE. */
function literal(pdf: string, key: string): string {
  const raw = new RegExp(`/${key} \\(((?:\\\\.|[^\\\\)])*)\\)`).exec(pdf)?.[1] ?? '';
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const bytes = Buffer.from(
    raw.replace(/\\(.)/gs, (_, c: string) => escapes[c] ?? c),
    'latin1',
  );
  expect(bytes.subarray(0, 2).toString('hex')).toBe('feff');
  return bytes.subarray(2).swap16().toString('utf16le');
}

/** The name as it sits in the document's /Title: UTF-16BE bytes in a literal string. */
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('signPdf (adbe.pkcs7.detached with the center key)', () => {
  let signed: Buffer;
  const key = generatePdfKey(new Date('2025-01-01T00:00:00Z'));

  beforeAll(async () => {
    const pdf = await renderPdf(
      { info: { title: `合格证明（${NAME}）` }, content: [`姓名：${NAME}`] },
      signaturePlaceholder(SIGNED_AT),
    );
    signed = await signPdf(pdf, {
      key: { privateKeyPem: key.privateKeyPem, certificatePem: key.certificatePem ?? '' },
      signedAt: SIGNED_AT,
    });
  });

  it('writes the signature dictionary in UTF-16BE Chinese, its time as /M', () => {
    const text = signed.toString('latin1');
    expect(literal(text, 'Reason')).toBe(SIGNATURE_REASON);
    expect(literal(text, 'Name')).toBe(ISSUER_NAME);
    expect(text).toContain('/M (D:20251015020000Z)');
    expect(text).toMatch(/\/SigFlags 3/);
    expect(text).toMatch(/\/FT \/Sig/);
  });

  it('refuses a PDF rendered without the placeholder', async () => {
    const plain = await renderPdf({ content: ['x'] });
    await expect(
      signPdf(plain, {
        key: { privateKeyPem: key.privateKeyPem, certificatePem: key.certificatePem ?? '' },
        signedAt: SIGNED_AT,
      }),
    ).rejects.toThrow();
  });

  it('keeps the document readable, with its pages', async () => {
    expect((await PDFDocument.load(signed)).getPageCount()).toBe(1);
  });

  it('is valid by a check in JavaScript alone, signed by the center certificate', () => {
    expect(checkPdfSignature(signed)).toEqual({
      valid: true,
      signerCommonName: '大连市人力资源和社会保障局 证书签章',
      subFilter: 'adbe.pkcs7.detached',
    });
  });

  it('is broken by one changed byte of the name, and by one changed byte of the page content', () => {
    const at = signed.indexOf(utf16be(NAME));
    expect(at).toBeGreaterThan(0);
    const renamed = Buffer.from(signed);
    renamed[at + 1] ^= 0x01;
    expect(checkPdfSignature(renamed)).toEqual({ valid: false, reason: 'digest-mismatch' });
    const stream = signed.indexOf('stream\n', 0, 'latin1') + 20;
    const altered = Buffer.from(signed);
    altered[stream] ^= 0x01;
    expect(checkPdfSignature(altered)).toEqual({ valid: false, reason: 'digest-mismatch' });
  });

  it('a signer reused for a batch gives each PDF the same bytes a fresh one gives', async () => {
    const pdf = await renderPdf(
      { info: { title: '批量' }, content: ['x'] },
      signaturePlaceholder(SIGNED_AT),
    );
    const input = {
      key: { privateKeyPem: key.privateKeyPem, certificatePem: key.certificatePem ?? '' },
      signedAt: SIGNED_AT,
    };
    const sign = pdfSigner(input.key);
    const [first, second] = [await sign(pdf, SIGNED_AT), await sign(pdf, SIGNED_AT)];
    expect(second.equals(first)).toBe(true);
    expect((await signPdf(pdf, input)).equals(first)).toBe(true);
    expect(checkPdfSignature(first)).toMatchObject({ valid: true });
  });

  it('signs a batch of pages whole, its field on the last page', async () => {
    const pdf = await renderPdf(
      { content: ['一', { text: '二', pageBreak: 'before' }, { text: '三', pageBreak: 'before' }] },
      signaturePlaceholder(SIGNED_AT),
    );
    const batch = await signPdf(pdf, {
      key: { privateKeyPem: key.privateKeyPem, certificatePem: key.certificatePem ?? '' },
      signedAt: SIGNED_AT,
    });
    expect(checkPdfSignature(batch)).toMatchObject({ valid: true });
    const doc = await PDFDocument.load(batch);
    const annotations = doc.getPages().map((page) => page.node.Annots()?.size() ?? 0);
    expect(annotations).toEqual([0, 0, 1]);
    if (hasPdfsig) expect(pdfsig(batch)).toContain('Total document signed');
  });

  it('answers unsigned for a PDF without a signature', async () => {
    expect(checkPdfSignature(await renderPdf({ content: ['x'] }))).toEqual({
      valid: false,
      reason: 'unsigned',
    });
  });

  withPdfsig(
    'pdfsig (poppler) validates the signature; the self-signed certificate is untrusted',
    () => {
      const out = pdfsig(signed);
      expect(out).toContain('Signature Validation: Signature is Valid.');
      expect(out).toContain('Signature Type: adbe.pkcs7.detached');
      expect(out).toMatch(/Total document signed/);
      expect(out).toMatch(
        /Certificate Validation: Certificate (issuer is unknown|issuer isn't Trusted)/,
      );
    },
  );

  withPdfsig('pdfsig reports a digest mismatch after one byte of the name changed', () => {
    const at = signed.indexOf(utf16be(NAME));
    const renamed = Buffer.from(signed);
    renamed[at + 1] ^= 0x01;
    expect(pdfsig(renamed)).toContain('Signature Validation: Digest Mismatch.');
  });

  it('has a certificate openssl reads as UTF-8 subject, RSA 3072, ten years, signature key usages', () => {
    const text = execFileSync(
      'openssl',
      ['x509', '-noout', '-text', '-nameopt', 'utf8,sep_comma_plus_space'],
      {
        input: key.certificatePem ?? '',
        encoding: 'utf8',
      },
    );
    expect(text).toContain(
      'CN=大连市人力资源和社会保障局 证书签章, O=大连市人力资源和社会保障局, C=CN',
    );
    expect(text).toContain('Public-Key: (3072 bit)');
    expect(text).toContain('sha256WithRSAEncryption');
    expect(text).toContain('Not After : Jan  1 00:00:00 2035 GMT');
    expect(text).toContain('Digital Signature, Non Repudiation');
  });
});

describe('derValue', () => {
  it('keeps a DER value whose last byte is 0x00 and drops the placeholder padding after it', () => {
    const der = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x00]);
    expect(derValue(Buffer.concat([der, Buffer.alloc(6)]))).toEqual(der);
  });

  it('reads long-form lengths', () => {
    const body = Buffer.alloc(300, 0x01);
    body[299] = 0x00;
    const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x2c]), body]);
    expect(derValue(Buffer.concat([der, Buffer.alloc(10)]))).toEqual(der);
  });
});
