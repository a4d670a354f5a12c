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

const DAY_MS = 24 * 60 * MINUTE_MS;

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
  ) {}

  async verify(number: string, name: string): Promise<Verification> {
    await this.count();
    return this.lookUp(number, name);
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
