import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { LEVEL_NAMES, type Level } from '../../exam-sessions/domain/session-rules';
import { maskIdNumber } from '../../registrations/domain/id-card';

/**
 * The certificate's QR code: its facts as compact JSON, signed with SM2/SM3 (GB/T 32918,
 * GB/T 32905), so a phone can check a printed certificate offline against the center's
 * published public key (`GET /api/v1/public/certificates/keys`).
 *
 * Distinguishing identifier (the ID in Z = SM3(ENTL‖ID‖a‖b‖xG‖yG‖xA‖yA)): Node's crypto
 * (OpenSSL 3.0) offers no way to set it and signs with the EMPTY identifier (ENTL = 0), not
 * GM/T 0009's default `1234567812345678`. A verifier must pass userId '' (sm-crypto:
 * `doVerifySignature(payload, sigHex, pubHex, { hash: true, der: true, userId: '' })`); the
 * spec pins this so an OpenSSL that changes its default is noticed before it ships.
 */

/** What the code certifies; the ID number is masked before it goes into the code. */
export interface CertificateQrFacts {
  /** 证书编号 */
  number: string;
  name: string;
  /** The full 18-character ID number; only `2102**********123X` enters the code. */
  idNumber: string;
  /** 职业（工种） */
  occupation: string;
  level: Level;
  /** 发证日期 YYYY-MM-DD */
  issueDate: string;
  examYear: number;
}

/** The signed JSON, keys in this order: v, k, n, nm, id, o, l, d, y. */
export interface CertificateQrPayload {
  v: 1;
  /** Id of the signing key */
  k: string;
  n: string;
  nm: string;
  /** Masked ID number */
  id: string;
  o: string;
  /** 初级工 … 技师 */
  l: string;
  d: string;
  y: number;
}

export interface QrSigningKey {
  id: string;
  privateKey: KeyObject;
}

export interface QrVerifyKey {
  id: string;
  publicKey: KeyObject;
}

/** The two query parameters of the verification link: payload and signature, base64url. */
export interface SignedQr {
  c: string;
  s: string;
}

export type QrVerification =
  | { ok: true; payload: CertificateQrPayload }
  | { ok: false; reason: 'malformed' | 'unknown-key' | 'bad-signature' };

/** Longer than any real payload (about 400 bytes with long names) or DER SM2 signature (≤ 72). */
export const MAX_PAYLOAD_CHARS = 1200;
export const MAX_SIGNATURE_CHARS = 120;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** 1.2.156.10197.1.301, the SM2 curve, DER-encoded. */
const SM2_CURVE_OID = Buffer.from('06082a811ccf5501822d', 'hex');

export { maskIdNumber };

/** The payload JSON in its fixed key order (the bytes that are signed). */
export function qrPayloadJson(facts: CertificateQrFacts, keyId: string): string {
  const payload: CertificateQrPayload = {
    v: 1,
    k: keyId,
    n: facts.number,
    nm: facts.name,
    id: maskIdNumber(facts.idNumber),
    o: facts.occupation,
    l: LEVEL_NAMES[facts.level],
    d: facts.issueDate,
    y: facts.examYear,
  };
  return JSON.stringify(payload);
}

export function signQr(facts: CertificateQrFacts, key: QrSigningKey): SignedQr {
  const bytes = Buffer.from(qrPayloadJson(facts, key.id), 'utf8');
  return {
    c: bytes.toString('base64url'),
    s: sign('sm3', bytes, key.privateKey).toString('base64url'),
  };
}

/** The text of the QR code: the public verification page with the signed payload. */
export function qrUrl(baseUrl: string, qr: SignedQr): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/v1/public/certificates/page?c=${qr.c}&s=${qr.s}`;
}

/** Checks a scanned code; anything a user typed gives a reason, never an exception. */
export function parseAndVerifyQr(
  c: unknown,
  s: unknown,
  keys: readonly QrVerifyKey[],
): QrVerification {
  if (!isParam(c, MAX_PAYLOAD_CHARS) || !isParam(s, MAX_SIGNATURE_CHARS)) {
    return { ok: false, reason: 'malformed' };
  }
  const bytes = Buffer.from(c, 'base64url');
  const payload = parsePayload(bytes);
  if (!payload) return { ok: false, reason: 'malformed' };
  const key = keys.find((k) => k.id === payload.k);
  if (!key) return { ok: false, reason: 'unknown-key' };
  let valid = false;
  try {
    valid = verify('sm3', bytes, key.publicKey, Buffer.from(s, 'base64url'));
  } catch {
    valid = false;
  }
  return valid ? { ok: true, payload } : { ok: false, reason: 'bad-signature' };
}

const isParam = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max && BASE64URL.test(v);

function parsePayload(bytes: Buffer): CertificateQrPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Record<string, unknown>;
  const texts = ['k', 'n', 'nm', 'id', 'o', 'l', 'd'].every((f) => typeof p[f] === 'string');
  if (p.v !== 1 || !texts || !Number.isInteger(p.y)) return null;
  return value as CertificateQrPayload;
}

/**
 * An SM2 private key from PKCS#8 PEM. Loaded from PEM, OpenSSL 3 treats it as an SM2 key and
 * signs SM2; a key fresh from generateKeyPairSync('ec', { namedCurve: 'SM2' }) is an EC key
 * and would sign ECDSA-with-SM3, which no SM2 verifier accepts: that one is refused here.
 */
export function sm2PrivateKey(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  assertSm2(createPublicKey(key));
  return key;
}

export function sm2PublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  assertSm2(key);
  return key;
}

function assertSm2(key: KeyObject): void {
  const spki = key.export({ format: 'der', type: 'spki' });
  if (key.asymmetricKeyType === 'ec' || !spki.includes(SM2_CURVE_OID)) {
    throw new Error('不是 SM2 密钥（须为 SM2 曲线，并以 PEM 载入）');
  }
}

/** The uncompressed public point `04‖x‖y` in hex, as SM2 libraries take it. */
export function sm2PublicKeyHex(key: KeyObject): string {
  const spki = key.export({ format: 'der', type: 'spki' });
  return spki.subarray(spki.length - 65).toString('hex');
}
