import { MigrationInterface, QueryRunner } from 'typeorm';

const LISTINGS = [
  ['ix_registrations_unit_listing', '"session_id", "unit_id", "status"'],
  ['ix_registrations_department_listing', '"session_id", "department_id", "status"'],
  ['ix_registrations_status_listing', '"session_id", "status"'],
] as const;

/** The same orders for lists of every state: a unit's, a department's, a session's. */
const LISTS = [
  ['ix_registrations_unit_all', '"session_id", "unit_id"'],
  ['ix_registrations_department_all', '"session_id", "department_id"'],
  ['ix_registrations_session_all', '"session_id"'],
] as const;

/**
 * A registration list is ordered by created_at, newest first, then by id (issue 12). The listing
 * indexes ended with created_at, so each page sorted the rows sharing a created_at by id. An
 * import writes all its rows at one instant, so in a season most rows share theirs with many
 * others, and the center's list of 20,000 accepted registrations sorted nearly all of them for
 * every page (a deep page ~100 ms). The indexes now hold the whole order, created_at descending
 * and id ascending, so a page with a state filter is read from the index in order and the rows
 * before it are skipped in the index alone.
 *
 * A list of every state sorted all the scope's registrations for every page: the center's list
 * of a whole session, 20,000 of them in a season. Each scope has an index for it too, in the same
 * order. A unit's or a department's list must have its own: SQLite's planner, which keeps no
 * statistics here, would take the session's index for their lists (it spares the sort) and walk
 * the whole session (`registration-list-plans.e2e-spec.ts`). A state change moves no entry of
 * these three.
 */
export class RegistrationListOrders1795617000000 implements MigrationInterface {
  name = 'RegistrationListOrders1795617000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, scope] of LISTINGS) {
      await queryRunner.query(`DROP INDEX "${name}"`);
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "registrations" (${scope}, "created_at" DESC, "id" ASC) `,
      );
    }
    for (const [name, scope] of LISTS)
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "registrations" (${scope}, "created_at" DESC, "id" ASC) `,
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of LISTS) await queryRunner.query(`DROP INDEX "${name}"`);
    for (const [name, scope] of LISTINGS) {
      await queryRunner.query(`DROP INDEX "${name}"`);
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "registrations" (${scope}, "created_at") `,
      );
    }
  }
}
