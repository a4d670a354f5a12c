import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import type { HoldingsResponse } from '../ledger/dto/ledger.dto';
import { LedgerService } from '../ledger/ledger.service';
import { isIdProblem, normalizeIdNumber, parseIdNumber } from './domain/id-card';
import { DuplicateProbesService, type ProbeSource } from './duplicate-probes.service';
import { invalidPerson } from './registrations.errors';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { RegistrationsRepository } from './registrations.repository';

/**
 * What a registration form takes from the certificate ledger. A unit (or department) learns
 * its own people's holdings freely; an answer about anyone its scope never registered is
 * counted, audited and bounded per account and day like the duplicate findings (issue 8,
 * finding 6), so the ledger is no directory of the city's certificate holders.
 */
@Injectable()
export class LedgerLookupsService {
  constructor(
    private readonly ledger: LedgerService,
    private readonly repo: RegistrationsRepository,
    private readonly probes: DuplicateProbesService,
    private readonly sessions: ExamSessionsService,
  ) {}

  async holdings(p: Principal, raw: string, examYear?: number): Promise<HoldingsResponse> {
    const idNumber = normalizeIdNumber(raw);
    const id = parseIdNumber(idNumber);
    if (isIdProblem(id)) {
      throw invalidPerson([
        { field: 'idNumber', code: 'ID_NUMBER_INVALID', message: `idNumber：${id.problem}` },
      ]);
    }
    const session = await this.sessions.resolve(examYear);
    await this.admit(p, [idNumber], 'ledger-holdings');
    return this.ledger.holdingsOf(idNumber, session.certCutoffDate);
  }

  /** Counts the people of `idNumbers` the caller's scope never registered (center: none). */
  async admit(p: Principal, idNumbers: string[], source: ProbeSource): Promise<void> {
    if (p.scope.kind === 'center' || !idNumbers.length) return;
    const own = await this.repo.knownInScope(p.scope, idNumbers);
    const strangers = new Set(idNumbers.filter((id) => !own.has(id)));
    await this.probes.admitLedgerLookups(p, strangers.size, source);
  }
}
