import type { Level } from '../../exam-sessions/domain/session-rules';
import type { Application, Route } from '../../eligibility/domain/eligibility.types';

/** A registration as a unit enters it (form or 附件2 row), already parsed. */
export interface RegistrationInput {
  name: string;
  gender: string;
  birthMonth: string;
  idNumber: string;
  education: string;
  workStartDate: string;
  currentOccupation: string | null;
  currentLevel: Level | null;
  currentCertDate: string | null;
  targetOccupation: string;
  targetLevel: Level;
  route: Route;
  confirmed: boolean;
  professionalTitle: string | null;
  yearsInOccupation: number | null;
  nationalCertificate: {
    level: Level;
    occupation: string;
    number: string;
    verified: boolean;
    militaryCommitment: boolean;
  } | null;
  phone: string | null;
}

export function applicationOf(i: RegistrationInput): Application {
  const c = i.nationalCertificate;
  return {
    targetOccupation: i.targetOccupation,
    targetLevel: i.targetLevel,
    route: i.route,
    workStartDate: i.workStartDate,
    confirmed: i.confirmed,
    currentOccupation: i.currentOccupation,
    currentLevel: i.currentLevel,
    currentCertDate: i.currentCertDate,
    professionalTitle: i.professionalTitle,
    yearsInOccupation: i.yearsInOccupation,
    nationalCertificate: c
      ? {
          level: c.level,
          occupation: c.occupation,
          verified: c.verified,
          militaryCommitment: c.militaryCommitment,
        }
      : null,
  };
}

/** A correction (PATCH): only the fields it holds change; `null` clears an optional one. */
export type RegistrationPatch = Partial<RegistrationInput>;

/**
 * The record as it will stand after a correction, to be checked again as a whole: a change to
 * one field (the route, a date) can change what the others must be.
 */
export function applyPatch(base: RegistrationInput, patch: RegistrationPatch): RegistrationInput {
  const sent = Object.entries(patch).filter(([, v]) => v !== undefined);
  return { ...base, ...(Object.fromEntries(sent) as RegistrationPatch) };
}
