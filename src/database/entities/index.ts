import { AccountEntity } from '../../modules/accounts/entities/account.entity';
import { AuditEntryEntity } from '../../modules/audit/entities/audit-entry.entity';
import { CalendarOverrideEntity } from '../../modules/calendar/entities/calendar-override.entity';
import { CalendarYearEntity } from '../../modules/calendar/entities/calendar-year.entity';
import { OccupationEntity } from '../../modules/catalog/entities/occupation.entity';
import { PaperCategoryEntity } from '../../modules/catalog/entities/paper-category.entity';
import { ExamSessionEntity } from '../../modules/exam-sessions/entities/exam-session.entity';
import { DepartmentEntity } from '../../modules/organizations/entities/department.entity';
import { UnitEntity } from '../../modules/organizations/entities/unit.entity';
import { DepartmentBatchEntity } from '../../modules/registrations/entities/department-batch.entity';
import { DuplicateProbeEntity } from '../../modules/registrations/entities/duplicate-probe.entity';
import { ObjectionEntity } from '../../modules/registrations/entities/objection.entity';
import { PublicityEntity } from '../../modules/registrations/entities/publicity.entity';
import { RegistrationExtensionEntity } from '../../modules/registrations/entities/registration-extension.entity';
import { RegistrationEntity } from '../../modules/registrations/entities/registration.entity';
import { StoredFileEntity } from '../../modules/registrations/entities/stored-file.entity';
import { RoomEntity } from '../../modules/scheduling/entities/room.entity';
import { ScheduleStateEntity } from '../../modules/scheduling/entities/schedule-state.entity';
import { SeatAssignmentEntity } from '../../modules/scheduling/entities/seat-assignment.entity';
import { SittingEntity } from '../../modules/scheduling/entities/sitting.entity';
import { TicketPrintExtensionEntity } from '../../modules/scheduling/entities/ticket-print-extension.entity';
import { TicketEntity } from '../../modules/scheduling/entities/ticket.entity';
import { VenueEntity } from '../../modules/scheduling/entities/venue.entity';
import { LoginHoldEntity } from '../../modules/login-protection/entities/login-hold.entity';
import { RateWindowEntity } from '../../modules/login-protection/entities/rate-window.entity';
import { ExemptDecisionEntity } from '../../modules/results/entities/exempt-decision.entity';
import { TechnicianReviewEntity } from '../../modules/reviews/entities/technician-review.entity';
import { GraderAssignmentEntity } from '../../modules/scoring/entities/grader-assignment.entity';
import { ScoreEntryMarkEntity } from '../../modules/scoring/entities/score-entry-mark.entity';
import { ScoreEntryEntity } from '../../modules/scoring/entities/score-entry.entity';
import { ScoreLockEntity } from '../../modules/scoring/entities/score-lock.entity';
import { ScoreResultEntity } from '../../modules/scoring/entities/score-result.entity';
import { SigningKeyEntity } from '../../modules/certificates/signing/signing-key.entity';
import { AppSettingEntity } from './app-setting.entity';
import { ResultPublicationEntity } from '../../modules/certificates/entities/result-publication.entity';
import { CertificateEntity } from '../../modules/certificates/entities/certificate.entity';
import { LedgerEntryEntity } from '../../modules/ledger/entities/ledger-entry.entity';

export const ENTITIES = [
  AppSettingEntity,
  ExamSessionEntity,
  PaperCategoryEntity,
  OccupationEntity,
  CalendarOverrideEntity,
  CalendarYearEntity,
  DepartmentEntity,
  UnitEntity,
  AccountEntity,
  AuditEntryEntity,
  RegistrationEntity,
  PublicityEntity,
  ObjectionEntity,
  DepartmentBatchEntity,
  RegistrationExtensionEntity,
  StoredFileEntity,
  DuplicateProbeEntity,
  VenueEntity,
  RoomEntity,
  SittingEntity,
  SeatAssignmentEntity,
  TicketEntity,
  ScheduleStateEntity,
  TicketPrintExtensionEntity,
  LoginHoldEntity,
  RateWindowEntity,
  ExemptDecisionEntity,
  TechnicianReviewEntity,
  GraderAssignmentEntity,
  ScoreEntryEntity,
  ScoreEntryMarkEntity,
  ScoreResultEntity,
  ScoreLockEntity,
  ResultPublicationEntity,
  CertificateEntity,
  LedgerEntryEntity,
  SigningKeyEntity,
];
