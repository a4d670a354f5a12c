import { Foundation1795560000000 } from './1795560000000-foundation';
import { Registrations1795570000000 } from './1795570000000-registrations';
import { Scheduling1795580000000 } from './1795580000000-scheduling';
import { DocumentRequirements1795592000000 } from './1795592000000-document-requirements';

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [
  Foundation1795560000000,
  Registrations1795570000000,
  Scheduling1795580000000,
  DocumentRequirements1795592000000,
];
