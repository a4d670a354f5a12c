import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { certificateNumber } from './domain/certificate-number';
import { nextSequence } from './domain/publication';
import { certificateView, linkedIds } from './certificate-views';
import { CertificatesRepository } from './certificates.repository';
import {
  certificateNotFound,
  certificateNotValid,
  certificateStale,
  sameName,
} from './certificates.errors';
import type {
  CertificatePageResponse,
  CertificateQueryDto,
  CertificateResponse,
  ReissueCertificateDto,
  RevokeCertificateDto,
} from './dto/certificates.dto';
import type { CertificateEntity } from './entities/certificate.entity';

/**
 * The certificates issued: lists within the caller's scope, and the center's revocation
 * (fraud found later, 四(三)) and reissue (lost, name corrected), each with a reason.
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(p: Principal, q: CertificateQueryDto): Promise<CertificatePageResponse> {
    const session = await this.sessions.resolve(q.examYear);
    const [rows, total] = await this.repo.page(
      p.scope,
      { ...q, sessionId: session.id },
      q.page,
      q.pageSize,
    );
    const numbers = await this.repo.numbersOf(linkedIds(rows));
    return {
      items: rows.map((c) => certificateView(c, numbers)),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  async get(p: Principal, id: string, em?: EntityManager): Promise<CertificateResponse> {
    const c = await this.repo.find(p.scope, id, em);
    if (!c) throw certificateNotFound();
    return certificateView(c, await this.repo.numbersOf(linkedIds([c]), em));
  }

  revoke(p: Principal, id: string, dto: RevokeCertificateDto): Promise<CertificateResponse> {
    return this.uow.run(async (em) => {
      const c = await this.repo.find(p.scope, id, em);
      if (!c) throw certificateNotFound();
      if (c.status !== 'valid') throw certificateNotValid(c.status);
      if (c.version !== dto.version) throw certificateStale();
      const now = this.clock.now();
      const changes = { status: 'revoked' as const, revokedAt: now, revokeReason: dto.reason };
      if (!(await this.repo.updateCertificate(em, c.id, c.version, changes)))
        throw certificateStale();
      await this.repo.deactivateLedger(em, [c.id], now);
      await this.audit.record(em, actorOf(p), {
        action: 'certificate.revoked',
        entityType: 'certificate',
        entityId: c.id,
        before: { number: c.number, status: c.status },
        after: { status: 'revoked', reason: dto.reason },
      });
      return this.get(p, c.id, em);
    });
  }

  /**
   * A new certificate with the next number of its level replaces the old one, which then
   * shows as replaced; a corrected name goes on the new one only (the old says what it said).
   */
  reissue(p: Principal, id: string, dto: ReissueCertificateDto): Promise<CertificateResponse> {
    return this.uow.run(async (em) => {
      const old = await this.repo.find(p.scope, id, em);
      if (!old) throw certificateNotFound();
      if (old.status !== 'valid') throw certificateNotValid(old.status);
      if (old.version !== dto.version) throw certificateStale();
      const name = dto.name?.trim() || old.name;
      if (dto.name && name === old.name) throw sameName();
      const now = this.clock.now();
      const sequence = nextSequence(await this.repo.issued(old.sessionId, em), old.level);
      const fresh: CertificateEntity = {
        ...old,
        id: randomUUID(),
        number: certificateNumber(old.examYear, old.level, sequence),
        sequence,
        name,
        status: 'valid',
        revokedAt: null,
        revokeReason: null,
        replacesId: old.id,
        reissueReason: dto.reason,
        replacedById: null,
        createdBy: p.username,
        createdAt: now,
        version: 1,
      };
      await this.repo.insertCertificates(em, [fresh]);
      if (
        !(await this.repo.updateCertificate(em, old.id, old.version, {
          status: 'replaced',
          replacedById: fresh.id,
        }))
      )
        throw certificateStale();
      await this.repo.moveLedger(em, old, fresh, now);
      await this.audit.record(em, actorOf(p), {
        action: 'certificate.reissued',
        entityType: 'certificate',
        entityId: old.id,
        before: { number: old.number, name: old.name, status: old.status },
        after: { status: 'replaced', replacedBy: fresh.number, name, reason: dto.reason },
      });
      return this.get(p, fresh.id, em);
    });
  }
}
