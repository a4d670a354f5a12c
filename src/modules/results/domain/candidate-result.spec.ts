import type { LevelDefinition } from '../../exam-sessions/domain/session-rules';
import { candidateResult, type CandidateFacts } from './candidate-result';
import type { PassRules } from './pass-rule.types';

const RULES: PassRules = {
  passMark: 60,
  fullMark: 100,
  exemptClause: '二(九)',
  levels: [
    { code: 'senior', name: '高级工', rank: 3, components: ['theory', 'practical'] },
    { code: 'technician', name: '技师', rank: 4, components: ['theory', 'practical', 'review'] },
  ] as unknown as LevelDefinition[],
};
const locked = (score: number) => ({ mark: { score }, locked: true });
const base: CandidateFacts = {
  level: 'senior',
  mode: 'exam',
  marks: { theory: locked(72.5), practical: locked(60) },
  review: null,
  exemptDecision: null,
};

describe('candidateResult (a filed candidate under the pass rule)', () => {
  it('passes a 高级工 with both locked components at or above 60', () => {
    const r = candidateResult(base, RULES);
    expect(r.outcome).toBe('passed');
    expect(r.theory).toEqual({ text: '72.5', passed: true });
    expect(r.review).toBeNull();
  });

  it('waits while a sitting is not locked', () => {
    const r = candidateResult(
      { ...base, marks: { ...base.marks, practical: { mark: { score: 90 }, locked: false } } },
      RULES,
    );
    expect(r.outcome).toBe('pending');
    expect(r.practical).toEqual({ text: '—', passed: null });
  });

  it('fails on 缺考 and shows it as such, not as 0', () => {
    const r = candidateResult(
      { ...base, marks: { ...base.marks, theory: { mark: { mark: 'absent' }, locked: true } } },
      RULES,
    );
    expect(r.outcome).toBe('failed');
    expect(r.theory).toEqual({ text: '缺考', passed: false });
  });

  it('needs the 综合评审 for a 技师', () => {
    const tech = { ...base, level: 'technician' as const };
    expect(candidateResult(tech, RULES).outcome).toBe('pending');
    expect(candidateResult({ ...tech, review: 'pass' }, RULES).outcome).toBe('passed');
    const failed = candidateResult({ ...tech, review: 'fail' }, RULES);
    expect(failed.outcome).toBe('failed');
    expect(failed.review).toEqual({ text: '不合格', passed: false });
  });

  it('decides a 免考复核认定 on the decision alone', () => {
    const exempt = {
      ...base,
      mode: 'exempt-review' as const,
      marks: { theory: null, practical: null },
    };
    expect(candidateResult(exempt, RULES)).toMatchObject({
      outcome: 'pending',
      theory: null,
      exempt: { text: '待认定' },
    });
    expect(candidateResult({ ...exempt, exemptDecision: 'approved' }, RULES).outcome).toBe(
      'passed',
    );
    expect(candidateResult({ ...exempt, exemptDecision: 'rejected' }, RULES).outcome).toBe(
      'failed',
    );
  });
});
