import { Foundation1795560000000 } from './1795560000000-foundation';
import { Registrations1795570000000 } from './1795570000000-registrations';
import { Scheduling1795580000000 } from './1795580000000-scheduling';
import { SharedRooms1795590000000 } from './1795590000000-shared-rooms';

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [
  Foundation1795560000000,
  Registrations1795570000000,
  Scheduling1795580000000,
  SharedRooms1795590000000,
];
