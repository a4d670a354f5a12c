import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
} from 'node:crypto';
import forge from 'node-forge';
import { sm2PrivateKey, sm2PublicKey } from '../domain/certificate-qr';

/** What a signing key is for: the QR code (SM2/SM3) or the PDF's signature (RSA, PAdES). */
export const SIGNING_PURPOSES = ['qr-sm2', 'pdf-rsa'] as const;
export type SigningPurpose = (typeof SIGNING_PURPOSES)[number];

export const ALGORITHMS: Record<SigningPurpose, 'SM2-SM3' | 'RSA-SHA256'> = {
  'qr-sm2': 'SM2-SM3',
  'pdf-rsa': 'RSA-SHA256',
};

/** A key pair as PEM; the private half never leaves the signing service unsealed. */
export interface KeyMaterial {
  publicKeyPem: string;
  /** PKCS#8 */
  privateKeyPem: string;
  /** The X.509 certificate of a PDF key followed by its CA chain, if any; null for SM2. */
  certificatePem: string | null;
}

export const ISSUER_NAME = '大连市人力资源和社会保障局';
const CERT_COMMON_NAME = `${ISSUER_NAME} 证书签章`;
const RSA_BITS = 3072;
const VALIDITY_YEARS = 10;

/** A generated key's id: short enough for the QR code, e.g. `k2025a1b2c3`. */
export const newKeyId = (now: Date): string =>
  `k${now.getUTCFullYear()}${randomBytes(3).toString('hex')}`;

/** A supplied key's id follows from its public key, so every instance and restart agrees. */
export const suppliedKeyId = (publicKeyPem: string): string =>
  `s${createHash('sha256')
    .update(createPublicKey(publicKeyPem).export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 10)}`;

const pem = (key: { export(o: object): string | Buffer }, type: 'pkcs8' | 'spki') =>
  key.export({ format: 'pem', type }).toString();

export function generateSm2Key(): KeyMaterial {
  const pair = generateKeyPairSync('ec', { namedCurve: 'SM2' });
  return {
    publicKeyPem: pem(pair.publicKey, 'spki'),
    privateKeyPem: pem(pair.privateKey, 'pkcs8'),
    certificatePem: null,
  };
}

/**
 * RSA 3072 (the certificate outlives 2030, after which NIST retires 2048-bit RSA) with a
 * self-signed certificate: CN=大连市人力资源和社会保障局 证书签章, SHA-256, ten years,
 * key usage digitalSignature + nonRepudiation. Readers show it as not trusted until the
 * center installs a CA-issued PKCS#12 (CERT_PDF_P12_FILE).
 */
export function generatePdfKey(now: Date): KeyMaterial {
  const pair = generateKeyPairSync('rsa', { modulusLength: RSA_BITS });
  const publicKeyPem = pem(pair.publicKey, 'spki');
  const privateKeyPem = pem(pair.privateKey, 'pkcs8');
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
  // Positive, 16 random bytes (RFC 5280: at most 20 octets).
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = now;
  const end = new Date(now);
  end.setUTCFullYear(end.getUTCFullYear() + VALIDITY_YEARS);
  cert.validity.notAfter = end;
  const utf8 = forge.asn1.Type.UTF8;
  const name = [
    { shortName: 'CN', value: CERT_COMMON_NAME, valueTagClass: utf8 },
    { shortName: 'O', value: ISSUER_NAME, valueTagClass: utf8 },
    { shortName: 'C', value: 'CN' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
  return { publicKeyPem, privateKeyPem, certificatePem: forge.pki.certificateToPem(cert) };
}

/** The key and certificate (with chain) of a PKCS#12 file from a CA; RSA only. */
export function readSuppliedP12(file: Buffer, password: string): KeyMaterial {
  const p12 = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(file.toString('binary')),
    false,
    password,
  );
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const keyBag = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag), ...bags(forge.pki.oids.keyBag)][0];
  const key = keyBag?.key;
  if (!key) throw new Error('PKCS#12 文件中没有 RSA 私钥');
  const certs = bags(forge.pki.oids.certBag).flatMap((b) => (b.cert ? [b.cert] : []));
  const matches = (c: forge.pki.Certificate) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) === true && pub.e?.equals(key.e) === true;
  };
  const leaf = certs.find(matches);
  if (!leaf) throw new Error('PKCS#12 文件中没有与私钥对应的证书');
  const chain = [leaf, ...certs.filter((c) => c !== leaf)];
  const privateKeyPem = pem(createPrivateKey(forge.pki.privateKeyToPem(key)), 'pkcs8');
  return {
    publicKeyPem: pem(createPublicKey(privateKeyPem), 'spki'),
    privateKeyPem,
    certificatePem: chain.map((c) => forge.pki.certificateToPem(c)).join(''),
  };
}

/** An SM2 private key in PEM (PKCS#8 or SEC1) from CERT_SM2_KEY_FILE. */
export function readSuppliedSm2(file: string): KeyMaterial {
  const key = sm2PrivateKey(file);
  const privateKeyPem = pem(key, 'pkcs8');
  const publicKeyPem = pem(createPublicKey(key), 'spki');
  sm2PublicKey(publicKeyPem);
  return { publicKeyPem, privateKeyPem, certificatePem: null };
}
