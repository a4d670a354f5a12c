import type { Status } from '../../registrations/domain/registration-status';
import type { Mode } from '../../eligibility/domain/eligibility.types';
import type { ExemptDecision } from './pass-rule.types';

export const EXEMPT_STATES = ['pending', 'approved', 'rejected'] as const;
export type ExemptState = (typeof EXEMPT_STATES)[number];

export const EXEMPT_DECISION_NAMES: Record<ExemptDecision, string> = {
  approved: '认定通过',
  rejected: '不予认定',
};

/** Where a re-recognition may be decided: filed (备案) by the center, not cancelled. */
export const DECIDABLE_STATUS: Status = 'accepted';

export interface DecisionRequest {
  decision: ExemptDecision;
  reason: string | null;
}

export interface DecisionSubject {
  mode: Mode;
  status: Status;
  statusName: string;
  current: ExemptDecision | null;
}

export type DecisionRefusal =
  | { kind: 'conflict'; code: string; message: string }
  | { kind: 'validation'; code: string; field: string; message: string };

/**
 * 二(九): the center decides each 免考复核认定 once it is filed, against its evidence. A
 * rejection needs a reason (the candidate's unit must be told why), and so does changing a
 * decision already taken; repeating the current decision changes nothing and is refused.
 */
export function decisionRefusal(s: DecisionSubject, r: DecisionRequest): DecisionRefusal | null {
  if (s.mode !== 'exempt-review')
    return {
      kind: 'conflict',
      code: 'NOT_EXEMPT_REVIEW',
      message: '该报名参加考试，不是免考复核认定（二(九)），无需认定',
    };
  if (s.status !== DECIDABLE_STATUS)
    return {
      kind: 'conflict',
      code: 'EXEMPT_NOT_DECIDABLE',
      message: `报名当前状态为“${s.statusName}”，中心备案后方可作出免考复核认定`,
    };
  if (s.current === r.decision)
    return {
      kind: 'conflict',
      code: 'EXEMPT_DECISION_UNCHANGED',
      message: `该免考复核认定已是“${EXEMPT_DECISION_NAMES[r.decision]}”`,
    };
  if (!r.reason && r.decision === 'rejected')
    return {
      kind: 'validation',
      code: 'REASON_REQUIRED',
      field: 'reason',
      message: 'reason：不予认定须填写原因',
    };
  if (!r.reason && s.current !== null)
    return {
      kind: 'validation',
      code: 'REASON_REQUIRED',
      field: 'reason',
      message: `reason：更改已作出的认定（${EXEMPT_DECISION_NAMES[s.current]}）须填写原因`,
    };
  return null;
}

export interface EvidenceFacts {
  certNumber: string | null;
  certOccupation: string | null;
  certLevelName: string | null;
  verified: boolean | null;
  militaryCommitment: boolean | null;
  /** docTypes uploaded: national-certificate, national-verification, commitment … */
  docTypes: ReadonlySet<string>;
}

export interface EvidenceCheck {
  ok: boolean;
  text: string;
}

/**
 * What the center checks before deciding (二(九)): the certificate itself and its PDF, and
 * either the national query system's confirmation (with its result) or the veteran's
 * signed commitment for a military certificate the system cannot show.
 */
export function evidenceChecks(e: EvidenceFacts): EvidenceCheck[] {
  const cert = [e.certLevelName, e.certOccupation].filter(Boolean).join(' ');
  const checks: EvidenceCheck[] = [
    e.certNumber
      ? { ok: true, text: `证书编号 ${e.certNumber}${cert ? `（${cert}）` : ''}` }
      : { ok: false, text: '未填写证书编号' },
    e.docTypes.has('national-certificate')
      ? { ok: true, text: '已上传国家职业资格证书或职业技能等级证书（PDF）' }
      : { ok: false, text: '未上传证书（PDF）' },
  ];
  if (e.militaryCommitment) {
    checks.push(
      e.docTypes.has('commitment')
        ? { ok: true, text: '退役士兵部队所取得证书，已上传本人真实性承诺书' }
        : { ok: false, text: '退役士兵部队所取得证书，未上传真实性承诺书' },
    );
    return checks;
  }
  checks.push(
    e.verified
      ? { ok: true, text: '经全国联网查询系统核查确认有效' }
      : { ok: false, text: '未经全国联网查询系统核查确认' },
    e.docTypes.has('national-verification')
      ? { ok: true, text: '已上传全国联网查询系统核查结果' }
      : { ok: false, text: '未上传全国联网查询系统核查结果' },
  );
  return checks;
}
