import { LEVEL_NAMES } from '../exam-sessions/domain/session-rules';
import { maskIdNumber } from './domain/id-card';
import type { DocumentChecklist } from './domain/required-documents';
import { STATUS_NAMES, type Action } from './domain/registration-status';
import { ROUTE_NAMES } from './domain/route-names';
import type { RegistrationResponse } from './dto/registration.dto';
import type { PublicityEntity } from './entities/publicity.entity';
import type { RegistrationEntity } from './entities/registration.entity';

export interface MapContext {
  year: number;
  departmentName: string;
  unitName: string;
  publicity: PublicityEntity | null;
  /** The papers 三(二)2(2)(3) asks of it, present and missing */
  documents: DocumentChecklist;
  /** What the caller can do with it now (registration-actions.ts) */
  allowedActions: Action[];
}

/** Never the full ID number: that has its own audited endpoint (security-checklist #9). */
export function toRegistrationResponse(r: RegistrationEntity, c: MapContext): RegistrationResponse {
  return {
    id: r.id,
    examYear: c.year,
    department: { id: r.departmentId, name: c.departmentName },
    unit: { id: r.unitId, name: c.unitName },
    name: r.name,
    gender: r.gender,
    birthMonth: r.birthMonth,
    idNumber: maskIdNumber(r.idNumber),
    education: r.education,
    workStartDate: r.workStartDate,
    currentOccupation: r.currentOccupation,
    currentLevel: r.currentLevel,
    currentCertDate: r.currentCertDate,
    targetOccupation: r.targetOccupation,
    targetLevel: r.targetLevel,
    targetLevelName: LEVEL_NAMES[r.targetLevel],
    route: r.route,
    routeName: ROUTE_NAMES[r.route],
    mode: r.mode,
    paperCategory: r.paperCategory,
    clause: r.clause,
    reasons: r.reasons,
    confirmed: r.confirmed,
    professionalTitle: r.professionalTitle,
    yearsInOccupation: r.yearsInOccupation,
    nationalCertificate: r.nationalCertLevel
      ? {
          level: r.nationalCertLevel,
          occupation: r.nationalCertOccupation,
          number: r.nationalCertNumber,
          verified: r.nationalCertVerified,
          militaryCommitment: r.militaryCommitment,
        }
      : null,
    phone: r.phone,
    photoFileId: r.photoFileId,
    status: r.status,
    statusName: STATUS_NAMES[r.status],
    statusReason: r.statusReason,
    allowedActions: c.allowedActions,
    documents: c.documents,
    publicity: c.publicity
      ? { id: c.publicity.id, startDate: c.publicity.startDate, endDate: c.publicity.endDate }
      : null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
