import { Foundation1795560000000 } from './1795560000000-foundation';
import { Registrations1795570000000 } from './1795570000000-registrations';
import { Scheduling1795580000000 } from './1795580000000-scheduling';
import { SharedRooms1795590000000 } from './1795590000000-shared-rooms';
import { BatchReturnPublicitySnapshot1795591000000 } from './1795591000000-batch-return-publicity-snapshot';
import { DocumentRequirements1795592000000 } from './1795592000000-document-requirements';
import { TitleGrades1795593000000 } from './1795593000000-title-grades';
import { LoginProtection1795594000000 } from './1795594000000-login-protection';
import { AuditKeyedChain1795595000000 } from './1795595000000-audit-keyed-chain';
import { DuplicateProbes1795597000000 } from './1795597000000-duplicate-probes';
import { DemoDepartments1795598000000 } from './1795598000000-demo-departments';
import { FileContents1795599000000 } from './1795599000000-file-contents';
import { ExemptDecisions1795601000000 } from './1795601000000-exempt-decisions';
import { TechnicianReviews1795603000000 } from './1795603000000-technician-reviews';
import { Scoring1795602000000 } from './1795602000000-scoring';
import { Certificates1795607000000 } from './1795607000000-certificates';
import { SigningKeys1795608000000 } from './1795608000000-signing-keys';
import { SeatAssignmentSheetIndex1795612000000 } from './1795612000000-seat-assignment-sheet-index';
import { RegistrationPublicityBatchIndexes1795614000000 } from './1795614000000-registration-publicity-batch-indexes';
import { ScoreResultsDisputedIndex1795615000000 } from './1795615000000-score-results-disputed-index';
import { RegistrationListingIndexes1795616000000 } from './1795616000000-registration-listing-indexes';
import { RegistrationListOrders1795617000000 } from './1795617000000-registration-list-orders';

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [
  Foundation1795560000000,
  Registrations1795570000000,
  Scheduling1795580000000,
  SharedRooms1795590000000,
  BatchReturnPublicitySnapshot1795591000000,
  DocumentRequirements1795592000000,
  TitleGrades1795593000000,
  LoginProtection1795594000000,
  AuditKeyedChain1795595000000,
  DuplicateProbes1795597000000,
  DemoDepartments1795598000000,
  FileContents1795599000000,
  ExemptDecisions1795601000000,
  TechnicianReviews1795603000000,
  Scoring1795602000000,
  Certificates1795607000000,
  SigningKeys1795608000000,
  SeatAssignmentSheetIndex1795612000000,
  RegistrationPublicityBatchIndexes1795614000000,
  ScoreResultsDisputedIndex1795615000000,
  RegistrationListingIndexes1795616000000,
  RegistrationListOrders1795617000000,
];
