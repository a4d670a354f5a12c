import { generateKeyPairSync } from 'node:crypto';
import { sm2 } from 'sm-crypto';
import {
  CertificateQrFacts,
  maskIdNumber,
  parseAndVerifyQr,
  qrPayloadJson,
  qrUrl,
  signQr,
  sm2PrivateKey,
  sm2PublicKey,
  sm2PublicKeyHex,
} from './certificate-qr';

const FACTS: CertificateQrFacts = {
  number: 'DL2025-J-000123',
  name: '张建国',
  idNumber: '21020219800101123X',
  occupation: '汽车驾驶员',
  level: 'technician',
  issueDate: '2025-10-15',
  examYear: 2025,
};

function sm2Pair(id: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
  return {
    signing: {
      id,
      privateKey: sm2PrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()),
    },
    verify: {
      id,
      publicKey: sm2PublicKey(publicKey.export({ format: 'pem', type: 'spki' }).toString()),
    },
  };
}

const current = sm2Pair('k2025a1b2c3');
const retired = sm2Pair('k2024d4e5f6');
const KEYS = [current.verify, retired.verify];

const flip = (b64: string, index: number) => {
  const bytes = Buffer.from(b64, 'base64url');
  bytes[index] ^= 0x01;
  return bytes.toString('base64url');
};

describe('maskIdNumber', () => {
  it.each([
    ['21020219800101123X', '2102**********123X'],
    ['210202198001011234', '2102**********1234'],
    ['1234567', '*******'],
    ['', ''],
  ])('%s → %s (first four and last four only)', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
});

describe('certificate QR (SM2 with SM3)', () => {
  it('writes the payload as compact JSON in the fixed key order, with the ID number masked', () => {
    expect(qrPayloadJson(FACTS, 'k2025a1b2c3')).toBe(
      '{"v":1,"k":"k2025a1b2c3","n":"DL2025-J-000123","nm":"张建国","id":"2102**********123X","o":"汽车驾驶员","l":"技师","d":"2025-10-15","y":2025}',
    );
  });

  it('round-trips: a signed code verifies and gives back its payload', () => {
    const { c, s } = signQr(FACTS, current.signing);
    const result = parseAndVerifyQr(c, s, KEYS);
    expect(result).toEqual({
      ok: true,
      payload: expect.objectContaining({ k: 'k2025a1b2c3', nm: '张建国', l: '技师', y: 2025 }),
    });
  });

  it('builds the verification link the code carries', () => {
    expect(qrUrl('https://ks.example.cn/', { c: 'abc', s: 'def' })).toBe(
      'https://ks.example.cn/api/v1/public/certificates/page?c=abc&s=def',
    );
  });

  it('still verifies a code signed with a retired key', () => {
    const { c, s } = signQr(FACTS, retired.signing);
    expect(parseAndVerifyQr(c, s, KEYS).ok).toBe(true);
  });

  it.each([0, 20, 40])('refuses a payload with one bit flipped at byte %i', (index) => {
    const { c, s } = signQr(FACTS, current.signing);
    const result = parseAndVerifyQr(flip(c, index), s, KEYS);
    expect(result.ok).toBe(false);
  });

  it('refuses a flipped signature byte as a bad signature', () => {
    const { c, s } = signQr(FACTS, current.signing);
    expect(parseAndVerifyQr(c, flip(s, 40), KEYS)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a code signed by another key under a known key id', () => {
    const forger = sm2Pair('k2025a1b2c3');
    const { c, s } = signQr(FACTS, forger.signing);
    expect(parseAndVerifyQr(c, s, KEYS)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('answers unknown-key for a key id the center never published', () => {
    const { c, s } = signQr(FACTS, sm2Pair('k1999zzzzzz').signing);
    expect(parseAndVerifyQr(c, s, KEYS)).toEqual({ ok: false, reason: 'unknown-key' });
  });

  it.each([
    ['missing', undefined, 'AAAA'],
    ['array', ['a'], 'AAAA'],
    ['not base64url', 'a+b/', 'AAAA'],
    ['too long', 'A'.repeat(1201), 'AAAA'],
    ['signature too long', 'AAAA', 'A'.repeat(121)],
    ['not JSON', Buffer.from('hello').toString('base64url'), 'AAAA'],
    ['not UTF-8', Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url'), 'AAAA'],
    ['JSON null', Buffer.from('null').toString('base64url'), 'AAAA'],
    ['wrong version', Buffer.from('{"v":2,"k":"x"}').toString('base64url'), 'AAAA'],
  ])('answers malformed, never throws, for input that is %s', (_, c, s) => {
    expect(parseAndVerifyQr(c, s, KEYS)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('answers bad-signature for a signature that is not DER at all', () => {
    const { c } = signQr(FACTS, current.signing);
    expect(parseAndVerifyQr(c, 'AAAA', KEYS)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('signs SM2 that an independent verifier (sm-crypto) accepts, with the empty user id Node uses', () => {
    const { c, s } = signQr(FACTS, current.signing);
    const message = Buffer.from(c, 'base64url').toString('utf8');
    const sigHex = Buffer.from(s, 'base64url').toString('hex');
    const pubHex = sm2PublicKeyHex(current.verify.publicKey);
    const check = (userId: string) =>
      sm2.doVerifySignature(message, sigHex, pubHex, { hash: true, der: true, userId });
    expect(check('')).toBe(true);
    // Pinned: if OpenSSL ever switches to GM/T 0009's default id, this fails and the docs change.
    expect(check('1234567812345678')).toBe(false);
  });

  it('takes SM2 keys from PEM and refuses a key on another curve', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    expect(() =>
      sm2PublicKey(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()),
    ).not.toThrow();
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() =>
      sm2PrivateKey(p256.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()),
    ).toThrow('不是 SM2 密钥');
  });
});
