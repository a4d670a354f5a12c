import { createPrivateKey, X509Certificate } from 'node:crypto';
import signpdf from '@signpdf/signpdf';
import {
  DEFAULT_BYTE_RANGE_PLACEHOLDER,
  DEFAULT_SIGNATURE_LENGTH,
  SIG_FLAGS as SIG_FLAGS_BITS,
  Signer,
  SUBFILTER_ADOBE_PKCS7_DETACHED,
} from '@signpdf/utils';
import { type CmsSigner, detachedSignedData } from './cms';
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

/** The /SigFlags of the form: SignaturesExist | AppendOnly (ISO 32000-1, table 219). */
const SIG_FLAGS = SIG_FLAGS_BITS.SIGNATURES_EXIST | SIG_FLAGS_BITS.APPEND_ONLY;

/** The parts of pdfkit's document a signature field needs that its typings leave out. */
interface PdfkitInternals {
  _root: { data: { AcroForm: { data: Record<string, unknown> } } };
  _acroform?: unknown;
  page: { dictionary: PDFKit.PDFKitReference; annotations: PDFKit.PDFKitReference[] };
}

/**
 * Adds an invisible signature field with its placeholder to a document pdfkit is still
 * writing (before `end()`): the /Sig dictionary (adbe.pkcs7.detached, empty /Contents and a
 * /ByteRange to fill in), its widget on the last page and the AcroForm. The file then goes
 * to `signPdf` as written, with no second parse and save (with pdf-lib's placeholder a
 * certificate's signature took 6.7 ms, now 2.8; issue 12). The same objects as @signpdf/placeholder-pdfkit writes
 * (its peer range stops at pdfkit 0.11; pdfmake brings 0.19). pdfkit writes a text with
 * characters past ASCII as UTF-16BE with its byte-order mark, so Chinese needs no help.
 */
export function signaturePlaceholder(signedAt: Date): (doc: PDFKit.PDFDocument) => void {
  return (doc) => {
    const signature = doc.ref({
      Type: 'Sig',
      Filter: 'Adobe.PPKLite',
      SubFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
      ByteRange: [
        0,
        DEFAULT_BYTE_RANGE_PLACEHOLDER,
        DEFAULT_BYTE_RANGE_PLACEHOLDER,
        DEFAULT_BYTE_RANGE_PLACEHOLDER,
      ],
      Contents: Buffer.alloc(DEFAULT_SIGNATURE_LENGTH),
      Reason: new String(SIGNATURE_REASON),
      M: signedAt,
      ContactInfo: new String(ISSUER_NAME),
      Name: new String(ISSUER_NAME),
      Location: new String(SIGNATURE_LOCATION),
      Prop_Build: { Filter: { Name: 'Adobe.PPKLite' }, App: { Name: 'dalian-skill-exam' } },
    });
    const internals = doc as unknown as PdfkitInternals;
    if (!internals._acroform) doc.initForm();
    const page = internals.page;
    const form = internals._root.data.AcroForm;
    const fields = form.data.Fields as PDFKit.PDFKitReference[];
    const widget = doc.ref({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: [0, 0, 0, 0],
      V: signature,
      T: new String(`Signature${fields.length + 1}`),
      P: page.dictionary,
    });
    form.data = { Type: 'AcroForm', SigFlags: SIG_FLAGS, Fields: fields, DR: form.data.DR };
    page.annotations.push(widget);
    fields.push(widget);
    (signature as unknown as { end(): void }).end();
    (widget as unknown as { end(): void }).end();
  };
}

/**
 * Signs a whole PDF (one certificate or a batch) rendered with `signaturePlaceholder`, with the
 * center's PDF key: SubFilter adbe.pkcs7.detached (CMS, SHA-256 over the byte ranges).
 * Not ETSI.CAdES.detached: @signpdf's P12Signer writes no ESS signing-certificate-v2
 * attribute and does write signing-time, so the file would claim PAdES without meeting it.
 */
export function signPdf(pdf: Buffer, input: PdfSigningInput): Promise<Buffer> {
  return pdfSigner(input.key)(pdf, input.signedAt);
}

/** The same signature for many PDFs: the key and its chain are parsed once (a batch). */
export function pdfSigner(key: PdfSigningKey): (pdf: Buffer, signedAt: Date) => Promise<Buffer> {
  const signer = new CenterKeySigner(key);
  return (pdf, signedAt) => signpdf.sign(pdf, signer, signedAt);
}

export const splitPemCertificates = (pem: string): string[] =>
  pem.split(/(?=-----BEGIN CERTIFICATE-----)/).filter((c) => c.includes('BEGIN CERTIFICATE'));

/**
 * The center key as @signpdf's signer: a detached CMS SignedData (SHA-256, RSA PKCS#1 v1.5)
 * over the byte ranges, as its P12Signer makes it (`cms.ts`). The chain and key are read once,
 * so one signer serves a whole batch.
 */
class CenterKeySigner extends Signer {
  private readonly signer: CmsSigner;

  constructor(key: PdfSigningKey) {
    super();
    const privateKey = createPrivateKey(key.privateKeyPem);
    if (privateKey.asymmetricKeyType !== 'rsa') throw new Error('PDF 签名密钥应为 RSA 密钥');
    this.signer = {
      chain: splitPemCertificates(key.certificatePem).map((c) => new X509Certificate(c).raw),
      key: privateKey,
    };
  }

  override sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
    return Promise.resolve(detachedSignedData(pdf, signingTime ?? new Date(), this.signer));
  }
}
