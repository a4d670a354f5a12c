import { constants, createPrivateKey, KeyObject, privateEncrypt } from 'node:crypto';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import signpdf from '@signpdf/signpdf';
import { Signer, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import { ISSUER_NAME } from './key-material';

/** The PDF key as it crosses into the document worker (structured clone, never logged). */
export interface PdfSigningKey {
  /** PKCS#8 PEM */
  privateKeyPem: string;
  /** The signing certificate first, then its CA chain, PEM. */
  certificatePem: string;
}

export interface PdfSigningInput {
  key: PdfSigningKey;
  /** The signature's claimed time (/M and the CMS signing-time). */
  signedAt: Date;
}

export const SIGNATURE_REASON = '合格证明签章';
export const SIGNATURE_LOCATION = '大连';

/**
 * A PDF text string in UTF-16BE with its byte-order mark, as the one-byte "binary" string
 * pdf-lib's PDFString writes verbatim (it escapes nothing, so parentheses and backslashes
 * are escaped here); the placeholder library would otherwise cut Chinese to one byte a char.
 */
export function pdfTextString(text: string): string {
  let out = '\u00fe\u00ff';
  for (const unit of Buffer.from(text, 'utf16le').swap16()) {
    const ch = String.fromCharCode(unit);
    out += ch === '(' || ch === ')' || ch === '\\' ? `\\${ch}` : ch;
  }
  return out;
}

/**
 * Signs a whole PDF (one certificate or a batch) with the center's PDF key: an invisible
 * signature field, SubFilter adbe.pkcs7.detached (CMS, SHA-256 over the byte ranges).
 * Not ETSI.CAdES.detached: @signpdf's P12Signer writes no ESS signing-certificate-v2
 * attribute and does write signing-time, so the file would claim PAdES without meeting it.
 */
export function signPdf(pdf: Buffer, input: PdfSigningInput): Promise<Buffer> {
  return pdfSigner(input.key)(pdf, input.signedAt);
}

/** The same signature for many PDFs: the key and its chain are parsed once (a batch). */
export function pdfSigner(key: PdfSigningKey): (pdf: Buffer, signedAt: Date) => Promise<Buffer> {
  const signer = new CenterKeySigner(key);
  return async (pdf, signedAt) => {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    pdflibAddPlaceholder({
      pdfDoc: doc,
      reason: pdfTextString(SIGNATURE_REASON),
      contactInfo: pdfTextString(ISSUER_NAME),
      name: pdfTextString(ISSUER_NAME),
      location: pdfTextString(SIGNATURE_LOCATION),
      signingTime: signedAt,
      subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
      appName: 'dalian-skill-exam',
    });
    const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
    return signpdf.sign(prepared, signer, signedAt);
  };
}

export const splitPemCertificates = (pem: string): string[] =>
  pem.split(/(?=-----BEGIN CERTIFICATE-----)/).filter((c) => c.includes('BEGIN CERTIFICATE'));

/**
 * A detached CMS SignedData (SHA-256, RSA PKCS#1 v1.5) as @signpdf's P12Signer makes it,
 * with one fix: node-forge re-encodes the issuer's UTF-8 names when it writes the signer's
 * issuerAndSerialNumber, so a certificate with a Chinese issuer (ours, and most Chinese
 * CAs') came out with mojibake that matches no certificate, and poppler/NSS could not find
 * the signer ("Unknown Validation Failure"). The names are decoded once before forge
 * encodes them again.
 */
class CenterKeySigner extends Signer {
  private readonly certs: forge.pki.Certificate[];
  private readonly issuer: forge.pki.CertificateField[];
  private readonly key: ForgeRsaSigner;

  constructor(key: PdfSigningKey) {
    super();
    this.certs = splitPemCertificates(key.certificatePem).map((c) =>
      forge.pki.certificateFromPem(c),
    );
    // valueTagClass holds the ASN.1 string type (12 = UTF8String); its typing says Class.
    const utf8 = Number(forge.asn1.Type.UTF8);
    this.issuer = this.certs[0].issuer.attributes.map((a) =>
      Number(a.valueTagClass) === utf8
        ? { ...a, value: forge.util.decodeUtf8(a.value as string) }
        : a,
    );
    this.key = rsaPkcs1Signer(createPrivateKey(key.privateKeyPem));
  }

  override sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    this.certs.forEach((c) => p7.addCertificate(c));
    p7.addSigner({
      key: this.key,
      issuer: this.issuer,
      serialNumber: this.certs[0].serialNumber,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: signingTime ?? new Date() },
        { type: forge.pki.oids.messageDigest },
      ],
    } as unknown as Parameters<typeof p7.addSigner>[0]);
    p7.sign({ detached: true });
    return Promise.resolve(Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary'));
  }
}

/** What node-forge's PKCS#7 signer calls on its key: `sign(md)`, a binary string back. */
interface ForgeRsaSigner {
  sign(md: forge.md.MessageDigest): string;
}

/** DigestInfo of SHA-256 before the hash itself (RFC 8017 §9.2, note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/**
 * RSASSA-PKCS1-v1_5 over forge's SHA-256 digest, computed by OpenSSL: the same bytes as
 * forge's own `privateKey.sign(md)` (the scheme is deterministic), about 30 times faster
 * than forge's JavaScript big integers for a 3072-bit key.
 */
export function rsaPkcs1Signer(key: KeyObject): ForgeRsaSigner {
  return {
    sign(md) {
      if (md.algorithm !== 'sha256') throw new Error(`unexpected digest ${md.algorithm}`);
      const digest = Buffer.from(md.digest().getBytes(), 'binary');
      return privateEncrypt(
        { key, padding: constants.RSA_PKCS1_PADDING },
        Buffer.concat([SHA256_DIGEST_INFO, digest]),
      ).toString('binary');
    },
  };
}
