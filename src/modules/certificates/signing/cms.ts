import { createHash, sign, type KeyObject } from 'node:crypto';

/**
 * A detached CMS SignedData (RFC 5652) over a PDF's signed byte ranges: SHA-256, RSA PKCS#1
 * v1.5, the signed attributes content-type, signing-time and message-digest, the certificate
 * chain, one signer named by issuer and serial number. It is the structure node-forge's
 * `pkcs7.createSignedData().sign({ detached: true })` writes, byte for byte (`cms.spec.ts`
 * compares them), written here from DER pieces with Node's own SHA-256 and RSA:
 *  - forge hashed the whole PDF with its JavaScript SHA-256 (~0.7 ms of a certificate's CPU)
 *    and copied it twice as a binary string (issue 12);
 *  - the signer's issuer is the certificate's own bytes: forge re-encoded the issuer's UTF-8
 *    names from its parsed form, which garbled our Chinese issuer until it was worked around.
 */

/** DER tags used here. */
const SEQUENCE = 0x30;
const SET = 0x31;
const CONTEXT_0 = 0xa0; // [0], constructed
const OCTET_STRING = 0x04;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

/** Whole DER elements: tag, length, contents (prefix). */
const der = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex');
const VERSION_1 = der('020101');
const OID_SIGNED_DATA = der('06092a864886f70d010702'); // 1.2.840.113549.1.7.2
const OID_DATA = der('06092a864886f70d010701'); // 1.2.840.113549.1.7.1
const OID_CONTENT_TYPE = der('06092a864886f70d010903'); // 1.2.840.113549.1.9.3
const OID_MESSAGE_DIGEST = der('06092a864886f70d010904'); // 1.2.840.113549.1.9.4
const OID_SIGNING_TIME = der('06092a864886f70d010905'); // 1.2.840.113549.1.9.5
/** AlgorithmIdentifier sha256 (2.16.840.1.101.3.4.2.1) with NULL parameters. */
const SHA256 = der('300d 0609608648016503040201 0500');
/** AlgorithmIdentifier rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
const RSA_ENCRYPTION = der('300d 06092a864886f70d010101 0500');

/** One DER element: its tag, its definite length, then its contents. */
export function tlv(tag: number, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents);
  const length: number[] = [];
  for (let n = body.length; n > 0; n = Math.floor(n / 256)) length.unshift(n % 256);
  const head = body.length < 0x80 ? [tag, body.length] : [tag, 0x80 | length.length, ...length];
  return Buffer.concat([Buffer.from(head), body]);
}

/** The elements inside a constructed DER element (`element` starts with its tag). */
export function children(element: Buffer): Buffer[] {
  const { start, end } = extent(element, 0);
  const out: Buffer[] = [];
  for (let at = start; at < end;) {
    const child = extent(element, at);
    out.push(element.subarray(at, child.end));
    at = child.end;
  }
  return out;
}

/** Where the contents of the DER element at `at` start and where the element ends. */
function extent(bytes: Buffer, at: number): { start: number; end: number } {
  const first = bytes[at + 1];
  if (first === undefined) throw new Error('DER: element cut short');
  let length = first;
  let start = at + 2;
  if (first >= 0x80) {
    const n = first & 0x7f;
    if (n === 0 || n > 4) throw new Error('DER: indefinite or oversized length');
    if (start + n > bytes.length) throw new Error('DER: element cut short');
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + bytes[start + i];
    start += n;
  }
  const end = start + length;
  if (end > bytes.length) throw new Error('DER: element cut short');
  return { start, end };
}

/** The issuer Name and serialNumber INTEGER of a certificate, as its DER has them. */
export function issuerAndSerial(certificate: Buffer): Buffer {
  const tbs = children(certificate)[0];
  const fields = children(tbs);
  // [0] version is there for v2 and v3 certificates; then serial, signature, issuer
  const [serial, , issuer] = fields[0][0] === CONTEXT_0 ? fields.slice(1) : fields;
  return tlv(SEQUENCE, issuer, serial);
}

/**
 * signing-time as RFC 5652 §11.3 (RFC 2985) asks: UTCTime for 1950–2049, GeneralizedTime
 * otherwise, in UTC with seconds.
 */
function time(at: Date): Buffer {
  const iso = at.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = iso.slice(0, 19).replace(/[-T:]/g, '');
  const year = at.getUTCFullYear();
  return year >= 1950 && year < 2050
    ? tlv(UTC_TIME, Buffer.from(`${digits.slice(2)}Z`, 'latin1'))
    : tlv(GENERALIZED_TIME, Buffer.from(`${digits}Z`, 'latin1'));
}

const attribute = (type: Buffer, value: Buffer) => tlv(SEQUENCE, type, tlv(SET, value));

export interface CmsSigner {
  /** The signer's certificate first, then its CA chain, DER. */
  chain: Buffer[];
  /** The signer's RSA private key. */
  key: KeyObject;
}

/** The DER of a detached SignedData ContentInfo over `content`. */
export function detachedSignedData(content: Buffer, signingTime: Date, signer: CmsSigner): Buffer {
  const attributes = [
    attribute(OID_CONTENT_TYPE, OID_DATA),
    attribute(OID_SIGNING_TIME, time(signingTime)),
    attribute(OID_MESSAGE_DIGEST, tlv(OCTET_STRING, createHash('sha256').update(content).digest())),
  ];
  // The signature is over the attributes as a SET OF (RFC 5652 §5.4), in the order forge wrote.
  const signature = sign('sha256', tlv(SET, ...attributes), signer.key);
  const signerInfo = tlv(
    SEQUENCE,
    VERSION_1,
    issuerAndSerial(signer.chain[0]),
    SHA256,
    tlv(CONTEXT_0, ...attributes),
    RSA_ENCRYPTION,
    tlv(OCTET_STRING, signature),
  );
  const signedData = tlv(
    SEQUENCE,
    VERSION_1,
    tlv(SET, SHA256),
    tlv(SEQUENCE, OID_DATA),
    tlv(CONTEXT_0, ...signer.chain),
    tlv(SET, signerInfo),
  );
  return tlv(SEQUENCE, OID_SIGNED_DATA, tlv(CONTEXT_0, signedData));
}
