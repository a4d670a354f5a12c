import { LEVEL_NAMES } from '../exam-sessions/domain/session-rules';
import { maskIdNumber } from '../registrations/domain/id-card';
import type { Holding } from './domain/holding';
import type { HoldingResponse, LedgerEntryResponse } from './dto/ledger.dto';
import type { LedgerEntryEntity } from './entities/ledger-entry.entity';

/** The ID number masked, as on every list (security-checklist #9); a search takes the full one. */
export function toEntryResponse(e: LedgerEntryEntity): LedgerEntryResponse {
  return {
    id: e.id,
    idNumber: maskIdNumber(e.idNumber),
    name: e.name,
    occupation: e.occupation,
    level: e.level,
    levelName: LEVEL_NAMES[e.level],
    certDate: e.certDate,
    source: e.source,
    certificateId: e.certificateId,
    certificateNumber: e.certificateNumber,
    issuer: e.issuer,
    note: e.note,
    hasEvidence: e.evidenceFileId !== null,
    active: e.active,
    createdBy: e.createdBy,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    version: e.version,
  };
}

export const holdingOf = (e: LedgerEntryEntity): Holding & { active: boolean } => ({
  occupation: e.occupation,
  level: e.level,
  certDate: e.certDate,
  source: e.source,
  certificateNumber: e.certificateNumber,
  active: e.active,
});

export const toHoldingResponse = (h: Holding): HoldingResponse => ({
  occupation: h.occupation,
  level: h.level,
  levelName: LEVEL_NAMES[h.level],
  certDate: h.certDate,
  source: h.source,
  certificateNumber: h.certificateNumber,
});

/** What the audit trail keeps of an entry: no full ID number, no file key. */
export function auditView(e: LedgerEntryEntity) {
  return {
    name: e.name,
    idNumber: `${e.idNumber.slice(0, 4)}…${e.idNumber.slice(-4)}`,
    occupation: e.occupation,
    level: e.level,
    certDate: e.certDate,
    source: e.source,
    certificateNumber: e.certificateNumber,
    issuer: e.issuer,
    note: e.note,
    active: e.active,
  };
}
