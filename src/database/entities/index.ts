import { AccountEntity } from '../../modules/accounts/entities/account.entity';
import { AuditEntryEntity } from '../../modules/audit/entities/audit-entry.entity';
import { CalendarOverrideEntity } from '../../modules/calendar/entities/calendar-override.entity';
import { CalendarYearEntity } from '../../modules/calendar/entities/calendar-year.entity';
import { OccupationEntity } from '../../modules/catalog/entities/occupation.entity';
import { PaperCategoryEntity } from '../../modules/catalog/entities/paper-category.entity';
import { ExamSessionEntity } from '../../modules/exam-sessions/entities/exam-session.entity';
import { DepartmentEntity } from '../../modules/organizations/entities/department.entity';
import { UnitEntity } from '../../modules/organizations/entities/unit.entity';
import { AppSettingEntity } from './app-setting.entity';

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
];
