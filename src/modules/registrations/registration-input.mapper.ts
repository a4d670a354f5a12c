import type { RegistrationInput, RegistrationPatch } from './domain/registration-input';
import type {
  RegistrationCertificateDto,
  RegistrationFieldsDto,
  UpdateRegistrationDto,
} from './dto/registration.dto';
import type { RegistrationEntity } from './entities/registration.entity';

/** The form as the checks read it. */
export function inputOf(dto: RegistrationFieldsDto): RegistrationInput {
  return {
    name: dto.name,
    gender: dto.gender,
    birthMonth: dto.birthMonth,
    idNumber: dto.idNumber,
    education: dto.education,
    workStartDate: dto.workStartDate,
    currentOccupation: dto.currentOccupation ?? null,
    currentLevel: dto.currentLevel ?? null,
    currentCertDate: dto.currentCertDate ?? null,
    targetOccupation: dto.targetOccupation,
    targetLevel: dto.targetLevel,
    route: dto.route,
    confirmed: dto.confirmed,
    professionalTitle: dto.professionalTitle ?? null,
    yearsInOccupation: dto.yearsInOccupation ?? null,
    nationalCertificate: certificateOf(dto.nationalCertificate),
    phone: dto.phone ?? null,
  };
}

/** A correction: the fields sent, nothing else (the version is the request's, not the record's). */
export function patchOf(dto: UpdateRegistrationDto): RegistrationPatch {
  const { version: _version, nationalCertificate, ...fields } = dto;
  const patch: RegistrationPatch = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  );
  if (nationalCertificate !== undefined)
    patch.nationalCertificate = certificateOf(nationalCertificate);
  return patch;
}

/** A stored registration as the checks read it, to be corrected and checked again. */
export function inputOfEntity(r: RegistrationEntity): RegistrationInput {
  return {
    name: r.name,
    gender: r.gender,
    birthMonth: r.birthMonth,
    idNumber: r.idNumber,
    education: r.education,
    workStartDate: r.workStartDate,
    currentOccupation: r.currentOccupation,
    currentLevel: r.currentLevel,
    currentCertDate: r.currentCertDate,
    targetOccupation: r.targetOccupation,
    targetLevel: r.targetLevel,
    route: r.route,
    confirmed: r.confirmed,
    professionalTitle: r.professionalTitle,
    yearsInOccupation: r.yearsInOccupation,
    nationalCertificate:
      r.nationalCertLevel && r.nationalCertOccupation && r.nationalCertNumber
        ? {
            level: r.nationalCertLevel,
            occupation: r.nationalCertOccupation,
            number: r.nationalCertNumber,
            verified: r.nationalCertVerified ?? false,
            militaryCommitment: r.militaryCommitment ?? false,
          }
        : null,
    phone: r.phone,
  };
}

function certificateOf(
  c: RegistrationCertificateDto | null | undefined,
): RegistrationInput['nationalCertificate'] {
  return c ? { ...c, militaryCommitment: c.militaryCommitment ?? false } : null;
}
