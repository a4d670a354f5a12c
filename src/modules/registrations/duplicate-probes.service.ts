import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { DomainError } from '../../common/errors/domain-error';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import {
  ledgerLookupDecision,
  probeDecision,
  probeGate,
  type ProbeDecision,
} from './domain/duplicate-probes';
import { DuplicateProbeEntity } from './entities/duplicate-probe.entity';

export type ProbeSource =
  'form' | 'import' | 'import-dry-run' | 'ledger-holdings' | 'ledger-mismatch';

const limitReached = (d: ProbeDecision) =>
  d.ok ? null : new DomainError('rate-limited', 'DUPLICATE_PROBE_LIMIT', d.message);

/**
 * Counts, audits and bounds what an account learns about other units'
 * registrations (issue 8, finding 6). The count and its audit row commit in
 * a transaction of their own, so a refused request still leaves its trace.
 */
@Injectable()
export class DuplicateProbesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Before a person is entered: 429 for an account past the day's allowance. */
  async guard(p: Principal): Promise<void> {
    const row = await this.dataSource.manager.findOne(DuplicateProbeEntity, {
      where: this.key(p),
    });
    const refused = limitReached(probeGate(row?.count ?? 0));
    if (refused) throw refused;
  }

  /** Records `found` findings; 429, revealing nothing, when they pass the day's allowance. */
  async admit(p: Principal, found: number, source: ProbeSource): Promise<void> {
    return this.count(
      p,
      found,
      source,
      { action: 'registration.duplicate-found', entityType: 'registration' },
      probeDecision,
    );
  }

  /**
   * Records `found` answers from the certificate ledger about people the account's scope never
   * registered (the same daily allowance); 429, revealing nothing, past it.
   */
  async admitLedgerLookups(p: Principal, found: number, source: ProbeSource): Promise<void> {
    return this.count(
      p,
      found,
      source,
      { action: 'ledger.holdings-lookup', entityType: 'ledger-entry' },
      ledgerLookupDecision,
    );
  }

  private async count(
    p: Principal,
    found: number,
    source: ProbeSource,
    event: { action: string; entityType: string },
    decide: (counted: number, found: number) => ProbeDecision,
  ): Promise<void> {
    if (found === 0) return;
    const key = this.key(p);
    const decision = await this.uow.run(async (em) => {
      const row = await em.findOne(DuplicateProbeEntity, { where: key });
      const counted = row?.count ?? 0;
      if (row) await em.update(DuplicateProbeEntity, key, { count: counted + found });
      else await em.insert(DuplicateProbeEntity, { ...key, count: found });
      const d = decide(counted, found);
      await this.audit.record(em, actorOf(p), {
        ...event,
        entityId: null,
        outcome: d.ok ? 'success' : 'denied',
        after: { found, source, countedToday: counted + found },
      });
      return d;
    });
    const refused = limitReached(decision);
    if (refused) throw refused;
  }

  private key(p: Principal) {
    return { accountId: p.accountId, day: chinaDateOf(this.clock.now()) };
  }
}
