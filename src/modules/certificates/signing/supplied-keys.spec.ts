import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../config/app-config';
import { suppliedKey } from './supplied-keys';

describe('keys supplied by the center through files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'supplied-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=Signer',
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
      join(dir, 'x.p12'),
      '-passout',
      'pass:Right#Secret',
    ]);
    writeFileSync(
      join(dir, 'not-sm2.pem'),
      execFileSync('openssl', [
        'genpkey',
        '-algorithm',
        'EC',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
      ]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const config = (env: Record<string, string>) => loadConfig({ ...env });

  it('generates (null) when no file is configured', () => {
    expect(suppliedKey(config({}), 'pdf-rsa')).toBeNull();
    expect(suppliedKey(config({}), 'qr-sm2')).toBeNull();
  });

  it('reads a PKCS#12 and gives the same id every time (it follows from the public key)', () => {
    const env = { CERT_PDF_P12_FILE: join(dir, 'x.p12'), CERT_PDF_P12_PASSWORD: 'Right#Secret' };
    const a = suppliedKey(config(env), 'pdf-rsa');
    expect(a?.id).toMatch(/^s[0-9a-f]{10}$/);
    expect(a?.certificatePem).toContain('BEGIN CERTIFICATE');
    expect(a?.privateKeyPem).toContain('BEGIN PRIVATE KEY');
    expect(suppliedKey(config(env), 'pdf-rsa')?.id).toBe(a?.id);
  });

  it('stops with a message naming the variable, never the password, for a wrong password', () => {
    const env = { CERT_PDF_P12_FILE: join(dir, 'x.p12'), CERT_PDF_P12_PASSWORD: 'Wrong#Secret' };
    let message = '';
    try {
      suppliedKey(config(env), 'pdf-rsa');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('CERT_PDF_P12_FILE');
    expect(message).not.toContain('Wrong#Secret');
  });

  it('refuses a key on another curve as the SM2 key', () => {
    expect(() =>
      suppliedKey(config({ CERT_SM2_KEY_FILE: join(dir, 'not-sm2.pem') }), 'qr-sm2'),
    ).toThrow(/CERT_SM2_KEY_FILE.*不是 SM2 密钥/);
  });
});
