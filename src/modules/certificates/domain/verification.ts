import type { Level } from '../../exam-sessions/domain/session-rules';
import { LEVEL_NAMES } from '../../exam-sessions/domain/session-rules';
import type { Mode } from '../../eligibility/domain/eligibility.types';
import type { CertificateStatus } from '../entities/certificate.entity';
import { maskIdNumber, maskName, ROUTE_NAMES } from './pass-list';

export type VerifyStatus = CertificateStatus | 'not-found';

export const VERIFY_STATUS_NAMES: Record<VerifyStatus, string> = {
  valid: '有效',
  revoked: '已吊销',
  replaced: '已补发替代',
  'not-found': '未查到',
};

export interface VerifiedFacts {
  number: string;
  name: string;
  idNumber: string;
  examYear: number;
  occupation: string;
  level: Level;
  mode: Mode;
  issueDate: string;
  status: CertificateStatus;
  revokedOn: string | null;
  replacedBy: string | null;
}

export interface Verification {
  status: VerifyStatus;
  statusName: string;
  number?: string;
  name?: string;
  idNumber?: string;
  examYear?: number;
  occupation?: string;
  levelName?: string;
  routeName?: string;
  issueDate?: string;
  revokedOn?: string;
  replacedBy?: string;
}

/** A name as typed by someone checking a certificate: width, spaces and the dot forgiven. */
export const comparableName = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[\s·•.]/g, '')
    .toUpperCase();

/**
 * What anyone may learn about a certificate from its number and the holder's name: nothing
 * unless both match (a wrong name answers exactly as an unknown number, so numbers cannot be
 * enumerated); then its status and what it certifies, with name and ID number masked.
 */
export function verification(found: VerifiedFacts | null, typedName: string): Verification {
  if (!found || comparableName(found.name) !== comparableName(typedName) || !typedName.trim())
    return { status: 'not-found', statusName: VERIFY_STATUS_NAMES['not-found'] };
  return {
    status: found.status,
    statusName: VERIFY_STATUS_NAMES[found.status],
    number: found.number,
    name: maskName(found.name),
    idNumber: maskIdNumber(found.idNumber),
    examYear: found.examYear,
    occupation: found.occupation,
    levelName: LEVEL_NAMES[found.level],
    routeName: ROUTE_NAMES[found.mode],
    issueDate: found.issueDate,
    ...(found.status === 'revoked' && found.revokedOn ? { revokedOn: found.revokedOn } : {}),
    ...(found.status === 'replaced' && found.replacedBy ? { replacedBy: found.replacedBy } : {}),
  };
}
