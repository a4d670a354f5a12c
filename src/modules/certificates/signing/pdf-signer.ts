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
export async function signPdf(pdf: Buffer, input: PdfSigningInput): Promise<Buffer> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason: pdfTextString(SIGNATURE_REASON),
    contactInfo: pdfTextString(ISSUER_NAME),
    name: pdfTextString(ISSUER_NAME),
    location: pdfTextString(SIGNATURE_LOCATION),
    signingTime: input.signedAt,
    subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    appName: 'dalian-skill-exam',
  });
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  return signpdf.sign(prepared, new CenterKeySigner(input.key), input.signedAt);
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
  constructor(private readonly key: PdfSigningKey) {
    super();
  }

  override sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    const certs = splitPemCertificates(this.key.certificatePem).map((c) =>
      forge.pki.certificateFromPem(c),
    );
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdf.toString('binary'));
    certs.forEach((c) => p7.addCertificate(c));
    const [leaf] = certs;
    // valueTagClass holds the ASN.1 string type (12 = UTF8String); its typing says Class.
    const utf8 = Number(forge.asn1.Type.UTF8);
    const issuer = leaf.issuer.attributes.map((a) =>
      Number(a.valueTagClass) === utf8
        ? { ...a, value: forge.util.decodeUtf8(a.value as string) }
        : a,
    );
    p7.addSigner({
      key: forge.pki.privateKeyFromPem(this.key.privateKeyPem),
      issuer,
      serialNumber: leaf.serialNumber,
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
