import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { currentRequestContext } from '../../common/context/request-context';
import { AppConfig } from '../../config/app-config';
import { UnitOfWork } from '../../database/unit-of-work';
import { MINUTE_MS } from '../login-protection/domain/login-limits';
import { RateWindows } from '../login-protection/rate-windows.service';
import { normalizeCertificateNumber } from './domain/certificate-number';
import { verification, type Verification } from './domain/verification';
import { CertificatesRepository } from './certificates.repository';
import { tooManyVerifications } from './certificates.errors';
import { verificationPage } from './domain/verification-page';
import { CertificateSigner } from './signing/certificate-signer';

const DAY_MS = 24 * 60 * MINUTE_MS;

const QR_REFUSALS = {
  malformed: '内容不完整或格式不对',
  'unknown-key': '签名密钥不是本中心发布的',
  'bad-signature': '签名不符，内容可能被改动',
} as const;

/**
 * Public verification of a certificate by number and name (CONTRACT.md), for holders and
 * hiring desks, without an account. Each query is counted per client address per minute and
 * per day in the database (shared by every instance), so numbers cannot be enumerated.
 */
@Injectable()
export class CertificateVerificationService {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly windows: RateWindows,
    private readonly uow: UnitOfWork,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly signer: CertificateSigner,
  ) {}

  async verify(number: string, name: string): Promise<Verification> {
    await this.count();
    return this.lookUp(number, name);
  }

  /**
   * A scanned QR code (the certificate's page link): its SM2 signature is checked against the
   * published keys, then the certificate's current status is looked up by the signed number
   * and name. The page shows both.
   */
  async scanned(c: unknown, s: unknown): Promise<string> {
    await this.count();
    const qr = await this.signer.verifyQr(c, s);
    if (!qr.ok)
      return verificationPage({
        number: '',
        name: '',
        result: null,
        qr: {
          ok: false,
          message: `二维码无效：${QR_REFUSALS[qr.reason]}。请核对证书，或输入证书编号和姓名查询。`,
        },
      });
    const result = await this.lookUp(qr.payload.n, qr.payload.nm);
    return verificationPage({
      number: qr.payload.n,
      name: qr.payload.nm,
      result,
      qr: { ok: true, message: '二维码签名有效（SM2），内容未被改动。' },
    });
  }

  /** The look-up alone, for a QR code whose signature was checked already (still counted). */
  async lookUp(number: string, name: string): Promise<Verification> {
    const canonical = normalizeCertificateNumber(number);
    const found = canonical ? await this.repo.byNumber(canonical) : null;
    const replacedBy =
      found?.replacedById &&
      (await this.repo.numbersOf([found.replacedById])).get(found.replacedById);
    return verification(
      found && {
        number: found.number,
        name: found.name,
        idNumber: found.idNumber,
        examYear: found.examYear,
        occupation: found.occupation,
        level: found.level,
        mode: found.mode,
        issueDate: found.issueDate,
        status: found.status,
        revokedOn: found.revokedAt ? chinaDateOf(found.revokedAt) : null,
        replacedBy: replacedBy || null,
      },
      name,
    );
  }

  /** Counts one query of the caller's address; 429 past either limit. */
  async count(): Promise<void> {
    const address = (currentRequestContext()?.ip ?? '').slice(0, 64);
    const now = this.clock.now();
    const allowed = await this.uow.run(async (em) => {
      const minute = await this.windows.hit(
        em,
        `verify-minute:${address}`,
        now,
        MINUTE_MS,
        this.config.VERIFY_RATE_PER_MINUTE,
      );
      if (!minute) return false;
      const day = await this.windows.hit(
        em,
        `verify-day:${address}`,
        now,
        DAY_MS,
        this.config.VERIFY_RATE_PER_DAY,
      );
      if (!day) await this.windows.unhit(em, `verify-minute:${address}`, minute);
      return day !== null;
    });
    if (!allowed) throw tooManyVerifications();
  }
}
