import { LEVEL_NAMES } from '../exam-sessions/domain/session-rules';
import { maskIdNumber, ROUTE_NAMES } from './domain/pass-list';
import type { CertificateResponse } from './dto/certificates.dto';
import type { CertificateEntity, CertificateStatus } from './entities/certificate.entity';

export const STATUS_NAMES: Record<CertificateStatus, string> = {
  valid: '有效',
  revoked: '已吊销',
  replaced: '已补发替代',
};

export function certificateView(
  c: CertificateEntity,
  numbers: Map<string, string>,
): CertificateResponse {
  return {
    id: c.id,
    number: c.number,
    examYear: c.examYear,
    name: c.name,
    gender: c.gender,
    idNumber: maskIdNumber(c.idNumber),
    departmentId: c.departmentId,
    departmentName: c.departmentName,
    unitId: c.unitId,
    unitName: c.unitName,
    occupation: c.occupation,
    level: c.level,
    levelName: LEVEL_NAMES[c.level],
    mode: c.mode,
    routeName: ROUTE_NAMES[c.mode],
    issueDate: c.issueDate,
    status: c.status,
    statusName: STATUS_NAMES[c.status],
    revokedAt: c.revokedAt?.toISOString() ?? null,
    revokeReason: c.revokeReason,
    replacesNumber: c.replacesId ? (numbers.get(c.replacesId) ?? null) : null,
    reissueReason: c.reissueReason,
    replacedByNumber: c.replacedById ? (numbers.get(c.replacedById) ?? null) : null,
    version: c.version,
  };
}

/** The ids of the certificates a view names besides itself. */
export const linkedIds = (rows: CertificateEntity[]): string[] =>
  rows.flatMap((c) => [c.replacesId, c.replacedById].filter((x): x is string => !!x));
