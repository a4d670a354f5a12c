import { Injectable } from '@nestjs/common';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { decidePass, passInputProblems } from './domain/pass-rule';
import type { ComponentResult, PassDecision, PassInput, PassRules } from './domain/pass-rule.types';
import type { ComponentResultDto, EvaluatePassDto } from './dto/pass-decision.dto';
import { passInputInvalid } from './results.errors';

/** The session's pass rule (三, 二(九)) applied to one candidate's results; stores nothing. */
@Injectable()
export class PassRuleService {
  constructor(private readonly sessions: ExamSessionsService) {}

  async evaluate(dto: EvaluatePassDto): Promise<PassDecision> {
    const session = await this.sessions.resolve(dto.examYear);
    return this.decideIn(session, {
      level: dto.level,
      mode: dto.mode,
      theory: componentOf(dto.theory),
      practical: componentOf(dto.practical),
      review: dto.review ?? null,
      exemptDecision: dto.exemptDecision ?? null,
    });
  }

  /** For other modules (pass lists): the decision under a resolved session. */
  decideIn(session: ExamSessionEntity, input: PassInput): PassDecision {
    const rules = rulesOf(session);
    const problems = passInputProblems(input, rules);
    if (problems.length) throw passInputInvalid(problems);
    return decidePass(input, rules);
  }
}

export function rulesOf(session: ExamSessionEntity): PassRules {
  return {
    passMark: session.passMark,
    fullMark: session.fullMark,
    levels: session.levels,
    exemptClause: session.rules.exemptReview.clause,
  };
}

function componentOf(dto: ComponentResultDto | null | undefined): ComponentResult {
  if (!dto) return null;
  return dto.mark !== undefined ? { mark: dto.mark } : { score: dto.score as number };
}
