import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import type { RegistrationEntity } from '../registrations/entities/registration.entity';
import type { CandidateResult } from '../results/domain/candidate-result';
import { CandidateResultsService } from '../results/candidate-results.service';
import { LedgerEntryEntity } from '../ledger/entities/ledger-entry.entity';
import { certificateNumber } from './domain/certificate-number';
import { passList } from './domain/pass-list';
import {
  planIssuance,
  publicationBlockers,
  publishRefusal,
  reopenRefusal,
  type ReadinessFacts,
} from './domain/publication';
import { CertificatesRepository } from './certificates.repository';
import { notReadyToPublish, publicationRefused, publicationStale } from './certificates.errors';
import type { PublicationResponse, PublishDto, ReopenDto } from './dto/certificates.dto';
import { CertificateEntity } from './entities/certificate.entity';

type Standing = { registration: RegistrationEntity; result: CandidateResult };

/** Why a pending candidate is pending: the part of their result still missing. */
function readiness(standings: Standing[], unlockedSittings: number): ReadinessFacts {
  const facts: ReadinessFacts = {
    unlockedSittings,
    pendingMarks: 0,
    pendingReviews: 0,
    pendingExemptDecisions: 0,
    candidates: standings.length,
    passed: 0,
  };
  for (const { result } of standings) {
    if (result.outcome === 'passed') facts.passed++;
    if (result.outcome !== 'pending') continue;
    if (result.exempt) facts.pendingExemptDecisions++;
    else if (result.theory?.passed === null || result.practical?.passed === null)
      facts.pendingMarks++;
    else facts.pendingReviews++;
  }
  return facts;
}

/**
 * Publishing a session's results (三: 合格人员名单 and 合格证明): an explicit, audited act of
 * the center, once nothing is open. It issues a numbered certificate to each person on the
 * list and records it in the ledger, and freezes the results until the administrator
 * reopens them with a reason.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly sessions: ExamSessionsService,
    private readonly standings: CandidateResultsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async status(examYear?: number): Promise<PublicationResponse> {
    const session = await this.sessions.resolve(examYear);
    const [publication, standings, unlocked, counts] = await Promise.all([
      this.repo.publication(session.id),
      this.standings.standings(session.id),
      this.repo.unlockedSittings(session.id),
      this.repo.counts(session.id),
    ]);
    const facts = readiness(standings, unlocked);
    return {
      examYear: session.year,
      state: publication?.state ?? 'unpublished',
      issueDate: publication?.issueDate ?? null,
      publishedAt: publication?.publishedAt.toISOString() ?? null,
      publishedBy: publication?.publishedBy ?? null,
      reopenedAt: publication?.reopenedAt?.toISOString() ?? null,
      reopenedBy: publication?.reopenedBy ?? null,
      reopenReason: publication?.reopenReason ?? null,
      round: publication?.round ?? 0,
      version: publication?.version ?? 0,
      blockers: publication?.state === 'published' ? [] : publicationBlockers(facts),
      candidates: facts.candidates,
      passed: facts.passed,
      certificates: counts,
    };
  }

  /** load → domain → persist → audit, in one transaction. */
  async publish(p: Principal, dto: PublishDto): Promise<PublicationResponse> {
    const session = await this.sessions.resolve(dto.examYear);
    const standings = await this.standings.standings(session.id);
    const now = this.clock.now();
    const issueDate = chinaDateOf(now);
    await this.uow.run(async (em) => {
      const current = await this.repo.publication(session.id, em);
      const refusal = publishRefusal(current?.state ?? null);
      if (refusal) throw publicationRefused(refusal);
      if (dto.version !== undefined && dto.version !== (current?.version ?? 0))
        throw publicationStale();
      const blockers = publicationBlockers(
        readiness(standings, await this.repo.unlockedSittings(session.id, em)),
      );
      if (blockers.length > 0) throw notReadyToPublish(blockers);

      const { passed, certificates, plan } = await this.issue(
        em,
        p,
        session.id,
        session.year,
        standings,
        issueDate,
        now,
      );

      const changes = {
        state: 'published' as const,
        issueDate,
        publishedBy: p.username,
        publishedAt: now,
      };
      if (!current) {
        await this.repo.insertPublication(em, {
          sessionId: session.id,
          ...changes,
          reopenedAt: null,
          reopenedBy: null,
          reopenReason: null,
          round: 1,
          version: 1,
        });
      } else if (
        !(await this.repo.updatePublication(em, session.id, current.version, {
          ...changes,
          round: current.round + 1,
        }))
      ) {
        throw publicationStale();
      }
      await this.audit.record(em, actorOf(p), {
        action: 'results.published',
        entityType: 'exam-session',
        entityId: session.id,
        before: { state: current?.state ?? 'unpublished' },
        after: {
          state: 'published',
          round: (current?.round ?? 0) + 1,
          passed: passed.length,
          issued: certificates.length,
          revoked: plan.revoke.length,
          issueDate,
        },
      });
    });
    return this.status(session.year);
  }

  async reopen(p: Principal, dto: ReopenDto): Promise<PublicationResponse> {
    const session = await this.sessions.resolve(dto.examYear);
    await this.uow.run(async (em) => {
      const current = await this.repo.publication(session.id, em);
      const refusal = reopenRefusal(current?.state ?? null);
      if (refusal || !current) throw publicationRefused(refusal!);
      if (dto.version !== current.version) throw publicationStale();
      const now = this.clock.now();
      if (
        !(await this.repo.updatePublication(em, session.id, current.version, {
          state: 'reopened',
          reopenedAt: now,
          reopenedBy: p.username,
          reopenReason: dto.reason,
        }))
      )
        throw publicationStale();
      await this.audit.record(em, actorOf(p), {
        action: 'results.reopened',
        entityType: 'exam-session',
        entityId: session.id,
        before: { state: 'published', round: current.round },
        after: { state: 'reopened', reason: dto.reason },
      });
    });
    return this.status(session.year);
  }

  /**
   * Certificates for everyone passed who has none yet, numbered in the pass list's order, and
   * their ledger entries; the valid certificates of people no longer passing are revoked.
   */
  private async issue(
    em: EntityManager,
    p: Principal,
    sessionId: string,
    year: number,
    standings: Standing[],
    issueDate: string,
    now: Date,
  ) {
    const passed = standings.filter((s) => s.result.outcome === 'passed');
    const byId = new Map(passed.map((s) => [s.registration.id, s.registration]));
    const ordered = passList(
      passed.map(({ registration: r }) => ({
        departmentName: r.department?.name ?? '',
        unitName: r.unit?.name ?? '',
        occupation: r.targetOccupation,
        level: r.targetLevel,
        name: r.name,
        gender: r.gender,
        idNumber: r.idNumber,
        mode: r.mode,
        number: null,
        registrationId: r.id,
      })),
    ).flatMap((g) => g.rows.map((row) => byId.get(row.registrationId)!));
    const plan = planIssuance(
      ordered.map((r) => ({ registrationId: r.id, level: r.targetLevel })),
      await this.repo.issued(sessionId, em),
    );
    const certificates = plan.issue.map((i) =>
      this.certificate(p, byId.get(i.registrationId)!, year, i.sequence, issueDate, now),
    );
    await this.repo.insertCertificates(em, certificates);
    await this.repo.insertLedger(
      em,
      certificates.map((c) => ledgerEntryOf(c, p, now)),
    );
    await this.repo.revokeMany(em, plan.revoke, now, '结果重新发布：不再列入合格人员名单');

    return { passed, certificates, plan };
  }

  /**
   * DEMO=1 only: the demo season as published once and then reopened by the administrator, so
   * a newcomer can verify, download and look up real certificates today while the demo's open
   * items (reviews, 免考复核认定, disputed marks) stay workable. Certificates go to everyone
   * the results already pass; nothing about readiness is bypassed in the real path.
   */
  async seedDemo(p: Principal, examYear: number, reopenedBy: Principal): Promise<number> {
    const session = await this.sessions.resolve(examYear);
    const standings = await this.standings.standings(session.id);
    const now = this.clock.now();
    const issueDate = chinaDateOf(now);
    return this.uow.run(async (em) => {
      if (await this.repo.publication(session.id, em)) return 0;
      const { certificates } = await this.issue(
        em,
        p,
        session.id,
        session.year,
        standings,
        issueDate,
        now,
      );
      await this.repo.insertPublication(em, {
        sessionId: session.id,
        state: 'reopened',
        issueDate,
        publishedBy: p.username,
        publishedAt: now,
        reopenedAt: now,
        reopenedBy: reopenedBy.username,
        reopenReason: '演示：已发布首批合格人员，其余人员的评审和认定继续办理',
        round: 1,
        version: 2,
      });
      await this.audit.record(em, actorOf(p), {
        action: 'results.published',
        entityType: 'exam-session',
        entityId: session.id,
        after: { state: 'published', round: 1, issued: certificates.length, issueDate, demo: true },
      });
      return certificates.length;
    });
  }

  private certificate(
    p: Principal,
    r: RegistrationEntity,
    year: number,
    sequence: number,
    issueDate: string,
    now: Date,
  ): CertificateEntity {
    return {
      id: randomUUID(),
      number: certificateNumber(year, r.targetLevel, sequence),
      sessionId: r.sessionId,
      examYear: year,
      level: r.targetLevel,
      sequence,
      registrationId: r.id,
      idNumber: r.idNumber,
      name: r.name,
      gender: r.gender,
      departmentId: r.departmentId,
      departmentName: r.department?.name ?? '',
      unitId: r.unitId,
      unitName: r.unit?.name ?? '',
      occupation: r.targetOccupation,
      mode: r.mode,
      issueDate,
      status: 'valid',
      revokedAt: null,
      revokeReason: null,
      replacesId: null,
      reissueReason: null,
      replacedById: null,
      createdBy: p.username,
      createdAt: now,
      version: 1,
    };
  }
}

export function ledgerEntryOf(c: CertificateEntity, p: Principal, now: Date): LedgerEntryEntity {
  return {
    id: randomUUID(),
    idNumber: c.idNumber,
    name: c.name,
    occupation: c.occupation,
    level: c.level,
    certDate: c.issueDate,
    source: 'certificate',
    certificateId: c.id,
    certificateNumber: c.number,
    issuer: null,
    evidenceFileId: null,
    note: null,
    active: true,
    createdBy: p.username,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}
