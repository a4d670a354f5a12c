import { LEVEL_NAMES } from '../exam-sessions/domain/session-rules';
import { maskIdNumber } from '../registrations/domain/id-card';
import { DOC_TYPE_NAMES, type DocType } from '../registrations/domain/document-types';
import type { RegistrationEntity } from '../registrations/entities/registration.entity';
import type { StoredFileEntity } from '../registrations/entities/stored-file.entity';
import { EXEMPT_DECISION_NAMES, evidenceChecks } from './domain/exempt-decision';
import type { ExemptCandidateResponse } from './dto/exempt-decision.dto';
import type { ExemptDecisionEntity } from './entities/exempt-decision.entity';
import { EVIDENCE_DOC_TYPES } from './exempt-decisions.repository';

/** The certificate first, then what confirms it; each type in upload order. */
const byEvidenceOrder = (a: StoredFileEntity, b: StoredFileEntity): number =>
  EVIDENCE_DOC_TYPES.indexOf(a.docType ?? '') - EVIDENCE_DOC_TYPES.indexOf(b.docType ?? '') ||
  a.uploadedAt.getTime() - b.uploadedAt.getTime();

/** One filed re-recognition with its evidence beside the decision (二(九)). */
export function toExemptCandidate(
  r: RegistrationEntity,
  d: ExemptDecisionEntity | undefined,
  files: StoredFileEntity[],
): ExemptCandidateResponse {
  const certLevelName = r.nationalCertLevel ? LEVEL_NAMES[r.nationalCertLevel] : null;
  return {
    id: r.id,
    name: r.name,
    idNumber: maskIdNumber(r.idNumber),
    department: { id: r.departmentId, name: r.department?.name ?? '' },
    unit: { id: r.unitId, name: r.unit?.name ?? '' },
    targetOccupation: r.targetOccupation,
    targetLevel: r.targetLevel,
    targetLevelName: LEVEL_NAMES[r.targetLevel],
    clause: r.clause,
    certificate: {
      number: r.nationalCertNumber,
      occupation: r.nationalCertOccupation,
      level: r.nationalCertLevel,
      levelName: certLevelName,
      verified: r.nationalCertVerified,
      militaryCommitment: r.militaryCommitment,
    },
    documents: [...files].sort(byEvidenceOrder).map((f) => ({
      id: f.id,
      docType: f.docType ?? '',
      docTypeName: DOC_TYPE_NAMES[f.docType as DocType] ?? f.docType ?? '',
      originalName: f.originalName,
      size: f.size,
      uploadedAt: f.uploadedAt.toISOString(),
    })),
    checks: evidenceChecks({
      certNumber: r.nationalCertNumber,
      certOccupation: r.nationalCertOccupation,
      certLevelName,
      verified: r.nationalCertVerified,
      militaryCommitment: r.militaryCommitment,
      docTypes: new Set(files.map((f) => f.docType ?? '')),
    }),
    state: d?.decision ?? 'pending',
    decision: d
      ? {
          decision: d.decision,
          decisionName: EXEMPT_DECISION_NAMES[d.decision],
          reason: d.reason,
          decidedBy: d.decidedBy,
          decidedAt: d.decidedAt.toISOString(),
          version: d.version,
        }
      : null,
  };
}
