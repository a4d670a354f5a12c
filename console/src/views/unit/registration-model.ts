import type { Schemas } from '@/api/client';
import type { Level, RouteCode } from '@/dict';

type Registration = Schemas['RegistrationResponse'];
type Create = Schemas['CreateRegistrationDto'];
type Update = Schemas['UpdateRegistrationDto'];
type Evaluate = Schemas['EvaluateEligibilityDto'];

/** The registration form's state: strings for inputs, '' for "not given". */
export interface RegistrationModel {
  name: string;
  gender: '男' | '女' | '';
  birthMonth: string;
  idNumber: string;
  education: Create['education'] | '';
  workStartDate: string;
  phone: string;
  currentOccupation: string;
  currentLevel: Level | '';
  currentCertDate: string;
  targetOccupation: string;
  targetLevel: Level | '';
  route: RouteCode;
  confirmed: boolean;
  professionalTitle: string;
  yearsInOccupation: number | null;
  exempt: boolean;
  certLevel: Level | '';
  certOccupation: string;
  certNumber: string;
  certVerified: boolean;
  certMilitaryCommitment: boolean;
}

export const FIELDS = [
  'name',
  'gender',
  'birthMonth',
  'idNumber',
  'education',
  'workStartDate',
  'phone',
  'currentOccupation',
  'currentLevel',
  'currentCertDate',
  'targetOccupation',
  'targetLevel',
  'route',
  'confirmed',
  'professionalTitle',
  'yearsInOccupation',
  'nationalCertificate',
  'nationalCertificate.level',
  'nationalCertificate.occupation',
  'nationalCertificate.number',
  'nationalCertificate.verified',
  'nationalCertificate.militaryCommitment',
] as const;
export type Field = (typeof FIELDS)[number];

export function emptyModel(): RegistrationModel {
  return {
    name: '',
    gender: '',
    birthMonth: '',
    idNumber: '',
    education: '',
    workStartDate: '',
    phone: '',
    currentOccupation: '',
    currentLevel: '',
    currentCertDate: '',
    targetOccupation: '',
    targetLevel: '',
    route: 'standard',
    confirmed: true,
    professionalTitle: '',
    yearsInOccupation: null,
    exempt: false,
    certLevel: '',
    certOccupation: '',
    certNumber: '',
    certVerified: false,
    certMilitaryCommitment: false,
  };
}

/** A loaded registration in the form (the ID number stays masked and is not resent unless typed). */
export function fromRegistration(r: Registration): RegistrationModel {
  const cert = (r.nationalCertificate ?? null) as {
    level?: Level;
    occupation?: string;
    number?: string;
    verified?: boolean;
    militaryCommitment?: boolean;
  } | null;
  return {
    name: r.name,
    gender: r.gender === '女' ? '女' : '男',
    birthMonth: r.birthMonth,
    idNumber: '',
    education: r.education as Create['education'],
    workStartDate: r.workStartDate,
    phone: r.phone ?? '',
    currentOccupation: r.currentOccupation ?? '',
    currentLevel: r.currentLevel ?? '',
    currentCertDate: r.currentCertDate ?? '',
    targetOccupation: r.targetOccupation,
    targetLevel: r.targetLevel,
    route: r.route,
    confirmed: r.confirmed,
    professionalTitle: r.professionalTitle ?? '',
    yearsInOccupation: r.yearsInOccupation ?? null,
    exempt: !!cert,
    certLevel: cert?.level ?? '',
    certOccupation: cert?.occupation ?? '',
    certNumber: cert?.number ?? '',
    certVerified: cert?.verified ?? false,
    certMilitaryCommitment: cert?.militaryCommitment ?? false,
  };
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

function certificate(m: RegistrationModel) {
  if (!m.exempt) return null;
  return {
    level: m.certLevel as Level,
    occupation: m.certOccupation.trim(),
    number: m.certNumber.trim(),
    verified: m.certVerified,
    ...(m.certMilitaryCommitment ? { militaryCommitment: true } : {}),
  };
}

/** The body of POST /registrations. Missing required values are sent as they are, for the service to name. */
export function toCreate(m: RegistrationModel): Create {
  const cert = certificate(m);
  const body: Record<string, unknown> = {
    name: m.name.trim(),
    gender: m.gender || undefined,
    birthMonth: m.birthMonth || undefined,
    idNumber: m.idNumber.trim().toUpperCase() || undefined,
    education: m.education || undefined,
    workStartDate: m.workStartDate || undefined,
    targetOccupation: m.targetOccupation.trim() || undefined,
    targetLevel: m.targetLevel || undefined,
    route: m.route,
    confirmed: m.confirmed,
  };
  if (m.phone.trim()) body.phone = m.phone.trim();
  if (m.currentOccupation.trim()) body.currentOccupation = m.currentOccupation.trim();
  if (m.currentLevel) body.currentLevel = m.currentLevel;
  if (m.currentCertDate) body.currentCertDate = m.currentCertDate;
  if (m.professionalTitle.trim()) body.professionalTitle = m.professionalTitle.trim();
  if (m.yearsInOccupation !== null) body.yearsInOccupation = m.yearsInOccupation;
  if (cert) body.nationalCertificate = cert;
  return body as unknown as Create;
}

/** The body of PATCH: the version read and only what changed (null clears an optional field). */
export function toUpdate(
  m: RegistrationModel,
  before: RegistrationModel,
  version: number,
): Update & { version: number } {
  const now = toComparable(m);
  const was = toComparable(before);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(now) as (keyof typeof now)[]) {
    if (JSON.stringify(now[key]) !== JSON.stringify(was[key])) changes[key] = now[key];
  }
  if (m.idNumber.trim()) changes.idNumber = m.idNumber.trim().toUpperCase();
  return { ...(changes as Update), version };
}

function toComparable(m: RegistrationModel) {
  return {
    name: m.name.trim(),
    gender: m.gender,
    birthMonth: m.birthMonth,
    education: m.education,
    workStartDate: m.workStartDate,
    phone: orNull(m.phone),
    currentOccupation: orNull(m.currentOccupation),
    currentLevel: m.currentLevel || null,
    currentCertDate: m.currentCertDate || null,
    targetOccupation: m.targetOccupation.trim(),
    targetLevel: m.targetLevel,
    route: m.route,
    confirmed: m.confirmed,
    professionalTitle: orNull(m.professionalTitle),
    yearsInOccupation: m.yearsInOccupation,
    nationalCertificate: certificate(m),
  };
}

/** What the eligibility check needs, or null while the essentials are missing. */
export function toEvaluate(m: RegistrationModel): Evaluate | null {
  if (!m.targetOccupation.trim() || !m.workStartDate || !m.targetLevel) return null;
  const cert = certificate(m);
  const body: Evaluate = {
    targetOccupation: m.targetOccupation.trim(),
    workStartDate: m.workStartDate,
    targetLevel: m.targetLevel,
    route: m.route,
    confirmed: m.confirmed,
  };
  if (m.currentOccupation.trim()) body.currentOccupation = m.currentOccupation.trim();
  if (m.currentLevel) body.currentLevel = m.currentLevel;
  if (m.currentCertDate) body.currentCertDate = m.currentCertDate;
  if (m.professionalTitle.trim()) body.professionalTitle = m.professionalTitle.trim();
  if (m.yearsInOccupation !== null) body.yearsInOccupation = m.yearsInOccupation;
  if (cert)
    body.nationalCertificate = {
      level: cert.level,
      occupation: cert.occupation,
      verified: cert.verified,
      ...(cert.militaryCommitment ? { militaryCommitment: true } : {}),
    };
  return body;
}
