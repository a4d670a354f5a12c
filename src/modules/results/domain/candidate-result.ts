import type { Level } from '../../exam-sessions/domain/session-rules';
import type { Mode } from '../../eligibility/domain/eligibility.types';
import { officialMarks, type KeptMark } from './official-marks';
import { decidePass, formatScore, scoredVerdict } from './pass-rule';
import type { ComponentResult, ExemptDecision, PassRules, ReviewResult } from './pass-rule.types';

export interface Shown {
  text: string;
  passed: boolean | null;
}

export interface CandidateResult {
  theory: Shown | null;
  practical: Shown | null;
  review: Shown | null;
  exempt: Shown | null;
  outcome: 'passed' | 'failed' | 'pending';
  reasons: string[];
}

export interface CandidateFacts {
  level: Level;
  mode: Mode;
  marks: { theory: KeptMark | null; practical: KeptMark | null };
  review: ReviewResult | null;
  exemptDecision: ExemptDecision | null;
}

const markText = (r: ComponentResult): string =>
  r === null ? '—' : 'score' in r ? formatScore(r.score) : r.mark === 'absent' ? '缺考' : '违纪';

/**
 * One filed candidate's standing under the pass rule (三, 二(九)), from what is on record:
 * locked final marks (officialMarks), the 综合评审 result the center recorded, the 免考复核认定
 * decision. The rule itself is decidePass; this only gathers its input and words each part.
 */
export function candidateResult(c: CandidateFacts, rules: PassRules): CandidateResult {
  const exempt = c.mode === 'exempt-review';
  const technician = c.level === 'technician';
  const marks = exempt ? { theory: null, practical: null } : officialMarks(c.marks);
  const decision = decidePass(
    {
      level: c.level,
      mode: c.mode,
      theory: marks.theory,
      practical: marks.practical,
      review: !exempt && technician ? c.review : null,
      exemptDecision: exempt ? c.exemptDecision : null,
    },
    rules,
  );
  const scored = (component: 'theory' | 'practical'): Shown | null =>
    exempt
      ? null
      : {
          text: markText(marks[component]),
          passed: scoredVerdict(component, marks[component], rules.passMark).passed,
        };
  return {
    theory: scored('theory'),
    practical: scored('practical'),
    review:
      exempt || !technician
        ? null
        : {
            text: c.review === 'pass' ? '合格' : c.review === 'fail' ? '不合格' : '—',
            passed: c.review === null ? null : c.review === 'pass',
          },
    exempt: exempt
      ? {
          text:
            c.exemptDecision === 'approved'
              ? '认定通过'
              : c.exemptDecision === 'rejected'
                ? '不予认定'
                : '待认定',
          passed: c.exemptDecision === null ? null : c.exemptDecision === 'approved',
        }
      : null,
    outcome: decision.passed === true ? 'passed' : decision.passed === false ? 'failed' : 'pending',
    reasons: decision.reasons,
  };
}
