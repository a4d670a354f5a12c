import { createHash, createPublicKey, verify } from 'node:crypto';
import forge from 'node-forge';

export type PdfSignatureCheck =
  | { valid: true; signerCommonName: string; subFilter: string }
  | {
      valid: false;
      reason:
        'unsigned' | 'not-whole-file' | 'digest-mismatch' | 'unknown-signer' | 'bad-signature';
    };

interface SignedDataCapture {
  authenticatedAttributes: forge.asn1.Asn1[];
  signature: string;
  issuer: forge.asn1.Asn1;
  serial: string;
}

const der = (a: forge.asn1.Asn1) => forge.asn1.toDer(a).getBytes();

/** The certificate named by the signer's issuerAndSerialNumber, byte for byte. */
function signerCertificate(p7: forge.pkcs7.PkcsSignedData, raw: SignedDataCapture) {
  return p7.certificates.find((c) => {
    const tbs = (c as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate;
    const fields = tbs.value as forge.asn1.Asn1[];
    const [serial, issuer] =
      fields[0].tagClass === forge.asn1.Class.CONTEXT_SPECIFIC
        ? [fields[1], fields[3]]
        : [fields[0], fields[2]];
    return serial.value === raw.serial && der(issuer) === der(raw.issuer);
  });
}

/**
 * The DER value at the start of `bytes` (tag, definite length, contents), without the zeros
 * that pad a signature placeholder after it.
 */
export function derValue(bytes: Buffer): Buffer {
  if (bytes.length < 2) return bytes;
  const first = bytes[1];
  if (first < 0x80) return bytes.subarray(0, 2 + first);
  const n = first & 0x7f;
  if (n === 0 || n > 4 || bytes.length < 2 + n) return bytes;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + bytes[2 + i];
  return bytes.subarray(0, Math.min(bytes.length, 2 + n + length));
}

/**
 * Checks the (last) signature of a PDF in JavaScript alone, as a reader would: the byte
 * ranges cover the whole file but the signature's hex, their SHA-256 equals the CMS
 * messageDigest, and the signed attributes verify under the embedded certificate's key.
 * The signer's certificate must be the one its issuerAndSerialNumber names. It does not
 * judge trust in the certificate.
 */
export function checkPdfSignature(pdf: Buffer): PdfSignatureCheck {
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].pop();
  if (!ranges) return { valid: false, reason: 'unsigned' };
  const [a, b, c, d] = ranges.slice(1).map(Number);
  if (a !== 0 || c + d !== pdf.length || pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) {
    return { valid: false, reason: 'not-whole-file' };
  }
  const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  // The placeholder is padded with zeros after the DER; the DER's own length says where it
  // ends (stripping trailing "00"s would also cut a signature whose last byte is 0x00).
  const cms = derValue(Buffer.from(text.slice(b + 1, c - 1), 'hex'));
  try {
    const p7 = forge.pkcs7.messageFromAsn1(
      forge.asn1.fromDer(cms.toString('binary')),
    ) as forge.pkcs7.PkcsSignedData & { rawCapture: SignedDataCapture };
    const attrs = p7.rawCapture.authenticatedAttributes;
    const digestAttr = attrs.find(
      (attr) =>
        forge.asn1.derToOid((attr.value as forge.asn1.Asn1[])[0].value as string) ===
        forge.pki.oids.messageDigest,
    );
    const digest = ((digestAttr?.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[])[0]
      .value as string;
    if (Buffer.from(digest, 'binary').compare(createHash('sha256').update(signed).digest()) !== 0) {
      return { valid: false, reason: 'digest-mismatch' };
    }
    const set = forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attrs);
    const cert = signerCertificate(p7, p7.rawCapture);
    if (!cert) return { valid: false, reason: 'unknown-signer' };
    const ok = verify(
      'sha256',
      Buffer.from(forge.asn1.toDer(set).getBytes(), 'binary'),
      createPublicKey(forge.pki.publicKeyToPem(cert.publicKey)),
      Buffer.from(p7.rawCapture.signature, 'binary'),
    );
    if (!ok) return { valid: false, reason: 'bad-signature' };
    const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(text)?.[1] ?? '';
    const cn = cert.subject.getField('CN') as { value: string } | null;
    return { valid: true, signerCommonName: forge.util.decodeUtf8(cn?.value ?? ''), subFilter };
  } catch {
    return { valid: false, reason: 'bad-signature' };
  }
}
