import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/auth/principal';
import { Clock } from '../../../common/clock/clock';
import { AppConfig } from '../../../config/app-config';
import { actorOf } from '../../audit/audit.service';
import type { CertificateView } from '../../documents/pdf/certificate.pdf';
import { DocumentJobs } from '../../documents/workers/document-jobs';
import {
  CertificateQrFacts,
  parseAndVerifyQr,
  QrVerification,
  qrUrl,
  signQr,
} from '../domain/certificate-qr';
import type { SigningPurpose } from './key-material';
import { PublicSigningKey, SigningKeysService } from './signing-keys.service';

/**
 * What the certificates module uses to make certificates verifiable: the signed QR text,
 * its check, the signed PDF and the public keys. Nothing private leaves it.
 */
@Injectable()
export class CertificateSigner {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly jobs: DocumentJobs,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** The service's public address (PUBLIC_BASE_URL, default http://localhost:PORT). */
  get baseUrl(): string {
    return (this.config.PUBLIC_BASE_URL ?? `http://localhost:${this.config.PORT}`).replace(
      /\/+$/,
      '',
    );
  }

  /** The page a reader types in to check a certificate by number and name. */
  get verifyUrl(): string {
    return `${this.baseUrl}/api/v1/public/certificates/page`;
  }

  /** The QR code's text: the verification page's link with the SM2-signed facts. */
  async qrTextFor(facts: CertificateQrFacts): Promise<string> {
    return qrUrl(this.baseUrl, signQr(facts, await this.keys.activeQrKey()));
  }

  /** The QR texts of many certificates, in order, with one read of the active key. */
  async qrTextsFor(facts: CertificateQrFacts[]): Promise<string[]> {
    const key = await this.keys.activeQrKey();
    return facts.map((f) => qrUrl(this.baseUrl, signQr(f, key)));
  }

  /** A scanned code's `c` and `s` (any input): the facts, or why not. Never throws on input. */
  async verifyQr(c: unknown, s: unknown): Promise<QrVerification> {
    return parseAndVerifyQr(c, s, await this.keys.qrVerifyKeys());
  }

  /** Certificates rendered (one page each) and signed as one PDF, in the document workers. */
  async renderSigned(views: CertificateView[]): Promise<Buffer> {
    return this.jobs.certificatePdf(views, await this.keys.activePdfKey(), this.clock.now());
  }

  /** Each certificate as its own signed PDF, in order: one task in the document workers. */
  async renderSignedEach(views: CertificateView[]): Promise<Buffer[]> {
    return this.jobs.certificatePdfs(views, await this.keys.activePdfKey(), this.clock.now());
  }

  publicKeys(): Promise<PublicSigningKey[]> {
    return this.keys.publicKeys();
  }

  rotate(p: Principal, purpose?: SigningPurpose): Promise<PublicSigningKey[]> {
    return this.keys.rotate(actorOf(p), purpose);
  }
}
