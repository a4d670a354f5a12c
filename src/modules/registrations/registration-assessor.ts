import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import type {
  EligibilityContext,
  EligibilityResult,
} from '../eligibility/domain/eligibility.types';
import { evaluateEligibility, isInvalid } from '../eligibility/domain/evaluate-eligibility';
import { factDateProblems } from '../eligibility/domain/fact-dates';
import type { Profile } from '../eligibility/domain/open-options';
import { EligibilityService } from '../eligibility/eligibility.service';
import type { CurrentFacts, Reconciled } from '../ledger/domain/reconcile';
import { LedgerService } from '../ledger/ledger.service';
import { normalizeIdNumber } from './domain/id-card';
import { FieldProblem, personProblems } from './domain/person-checks';
import { applicationOf, RegistrationInput } from './domain/registration-input';
import type { RegistrationEntity } from './entities/registration.entity';

export type AssessedFields = Omit<
  RegistrationEntity,
  | 'id'
  | 'sessionId'
  | 'departmentId'
  | 'unitId'
  | 'status'
  | 'statusReason'
  | 'publicityId'
  | 'batchId'
  | 'photoFileId'
  | 'version'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'session'
  | 'department'
  | 'unit'
>;

export type Assessment =
  | { ok: true; fields: AssessedFields }
  | { ok: false; problems: FieldProblem[]; refusal?: string[]; ledgerMismatch?: boolean };

/**
 * Checks one registration the same way for the form and for each 附件2 row:
 * the person's data (ID number, dates), then eligibility under section 二.
 * Returns problems as values, so an import can collect them all. What the person holds is
 * taken from the certificate ledger when it has a record (domain/reconcile.ts in the ledger):
 * eligibility, 二(八) included, is then decided on recorded fact, not on what was typed.
 */
@Injectable()
export class RegistrationAssessor {
  constructor(
    private readonly eligibility: EligibilityService,
    private readonly ledger: LedgerService,
    private readonly clock: Clock,
  ) {}

  async assess(session: ExamSessionEntity, typed: RegistrationInput): Promise<Assessment> {
    return (await this.prepare(session, [typed.idNumber]))(typed);
  }

  /**
   * assess for many rows of one session (an import): what they need from the ledger (these
   * people's entries) and the catalog is read up front, then each row is decided in memory by
   * the same rules, in the same order, with the same results.
   */
  async prepare(
    session: ExamSessionEntity,
    idNumbers: readonly string[],
  ): Promise<(typed: RegistrationInput) => Assessment> {
    const today = chinaDateOf(this.clock.now());
    const reconcile = await this.ledger.reconcilerFor(idNumbers, session.certCutoffDate);
    const contextOf = await this.eligibility.contextsIn(session);
    return (typed) => decide(session, typed, { today, reconcile, contextOf });
  }
}

interface Prefetched {
  today: string;
  reconcile: (idNumber: string, typed: CurrentFacts) => Reconciled;
  contextOf: (p: Profile) => EligibilityContext;
}

function decide(session: ExamSessionEntity, typed: RegistrationInput, x: Prefetched): Assessment {
  const { today } = x;
  const idNumber = normalizeIdNumber(typed.idNumber);
  const problems = [
    ...personProblems({ ...typed, idNumber }, today),
    ...factDateProblems(typed, { today, sessionCountingDate: session.certCutoffDate }).filter(
      (p) => p.code === 'DATE_AFTER_SESSION',
    ),
  ];
  if (problems.length) return { ok: false, problems };
  const recorded = x.reconcile(idNumber, typed);
  if (!recorded.ok) return { ok: false, problems: recorded.problems, ledgerMismatch: true };
  const input: RegistrationInput = { ...typed, ...recorded.facts };
  const app = applicationOf(input);
  const ctx = x.contextOf(app);
  const result = evaluateEligibility(app, ctx);
  if (isInvalid(result)) {
    return { ok: false, problems: result.invalid.map((i) => ({ ...i, code: 'INVALID' })) };
  }
  if (!result.eligible) {
    const message = `不符合申报条件：${result.reasons.join('；')}`;
    const problems = [{ field: 'eligibility', code: 'NOT_ELIGIBLE', message }];
    return { ok: false, problems, refusal: result.reasons };
  }
  return { ok: true, fields: fieldsOf(idNumber, input, ctx, result) };
}

function fieldsOf(
  idNumber: string,
  input: RegistrationInput,
  ctx: EligibilityContext,
  result: EligibilityResult,
): AssessedFields {
  const c = input.nationalCertificate;
  return {
    name: input.name.trim(),
    gender: input.gender,
    birthMonth: input.birthMonth,
    idNumber,
    education: input.education,
    workStartDate: input.workStartDate,
    currentOccupation: ctx.current?.name ?? null,
    currentLevel: input.currentLevel,
    currentCertDate: input.currentCertDate,
    targetOccupation: ctx.target.name,
    targetLevel: input.targetLevel,
    route: input.route,
    mode: result.mode,
    confirmed: input.confirmed,
    professionalTitle: input.professionalTitle,
    yearsInOccupation: input.yearsInOccupation,
    nationalCertLevel: c?.level ?? null,
    nationalCertOccupation: c?.occupation ?? null,
    nationalCertNumber: c?.number ?? null,
    nationalCertVerified: c ? c.verified : null,
    militaryCommitment: c ? c.militaryCommitment : null,
    paperCategory: result.paperCategory,
    clause: result.clause!,
    reasons: result.reasons,
    phone: input.phone,
  };
}
