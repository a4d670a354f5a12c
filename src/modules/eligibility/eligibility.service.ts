import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { DomainError } from '../../common/errors/domain-error';
import { CatalogService } from '../catalog/catalog.service';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import type {
  Application,
  EligibilityContext,
  EligibilityResult,
} from './domain/eligibility.types';
import { evaluateEligibility, isInvalid } from './domain/evaluate-eligibility';
import { factDateProblems } from './domain/fact-dates';
import { openOptions, Profile } from './domain/open-options';
import type {
  EligibilityOptionsResponse,
  EligibilityProfileDto,
  EvaluateEligibilityDto,
} from './dto/eligibility.dto';

/** Evaluates applications against a session's rules; stores nothing. */
@Injectable()
export class EligibilityService {
  constructor(
    private readonly sessions: ExamSessionsService,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  async evaluate(dto: EvaluateEligibilityDto): Promise<EligibilityResult> {
    if (dto.targetLevel === 'junior' && dto.confirmed === undefined) {
      throw invalid([
        { field: 'confirmed', code: 'isDefined', message: 'confirmed：申报初级工须说明是否已转正' },
      ]);
    }
    const session = await this.sessions.resolve(dto.examYear);
    return this.evaluateIn(session, {
      ...this.profileOf(dto),
      targetLevel: dto.targetLevel,
      route: dto.route,
    });
  }

  /** For other modules (registrations): the decision on a resolved session. */
  async evaluateIn(session: ExamSessionEntity, app: Application): Promise<EligibilityResult> {
    this.assertPlausible(session, app);
    const result = evaluateEligibility(app, await this.contextFor(session, app));
    if (isInvalid(result)) {
      throw invalid(result.invalid.map((i) => ({ ...i, message: `${i.field}：${i.message}` })));
    }
    return result;
  }

  async options(dto: EligibilityProfileDto): Promise<EligibilityOptionsResponse> {
    const session = await this.sessions.resolve(dto.examYear);
    const profile = this.profileOf(dto);
    this.assertPlausible(session, profile);
    const ctx = await this.contextFor(session, profile);
    return { paperCategory: ctx.target.paperCategory, options: openOptions(profile, ctx) };
  }

  private profileOf(dto: EligibilityProfileDto): Profile {
    const cert = dto.nationalCertificate;
    return {
      targetOccupation: dto.targetOccupation,
      workStartDate: dto.workStartDate,
      confirmed: dto.confirmed ?? false,
      currentOccupation: dto.currentOccupation ?? null,
      currentLevel: dto.currentLevel ?? null,
      currentCertDate: dto.currentCertDate ?? null,
      professionalTitle: dto.professionalTitle ?? null,
      yearsInOccupation: dto.yearsInOccupation ?? null,
      nationalCertificate: cert
        ? { ...cert, militaryCommitment: cert.militaryCommitment ?? false }
        : null,
    };
  }

  /** The session's rules and what the catalog says of the occupations involved. */
  async contextFor(session: ExamSessionEntity, p: Profile): Promise<EligibilityContext> {
    return (await this.contextsIn(session))(p);
  }

  /** contextFor for many profiles of one session (an import's rows): the catalog taken once. */
  async contextsIn(session: ExamSessionEntity): Promise<(p: Profile) => EligibilityContext> {
    const lookup = await this.catalog.lookupsIn(session);
    return (p) => ({
      certCutoffDate: session.certCutoffDate,
      rules: session.rules,
      levels: session.levels,
      target: lookup(p.targetOccupation),
      current: p.currentOccupation ? lookup(p.currentOccupation) : null,
    });
  }

  /** Dates after today or after the session's counting date cannot be facts of it. */
  private assertPlausible(session: ExamSessionEntity, p: Profile): void {
    const problems = factDateProblems(p, {
      today: chinaDateOf(this.clock.now()),
      sessionCountingDate: session.certCutoffDate,
    });
    if (problems.length)
      throw invalid(problems.map((i) => ({ ...i, message: `${i.field}：${i.message}` })));
  }
}

function invalid(details: { field?: string; message: string; code?: string }[]): DomainError {
  return new DomainError(
    'validation',
    'VALIDATION_FAILED',
    '请求参数校验失败',
    details.map((d) => ({ code: 'INVALID', ...d })),
  );
}
