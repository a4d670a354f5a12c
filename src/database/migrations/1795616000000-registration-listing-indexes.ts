import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registration lists are ordered by created_at (newest first). The scope indexes end with it
 * now, and the center's list by state has one of its own: the center's list of a season's
 * 20,000 accepted registrations sorted every match for each page (~30 ms a page), and now reads
 * the page from the index (issue 12). The unit's and department's indexes carry created_at too:
 * with equal prefixes SQLite's planner, which keeps no statistics here, would otherwise take
 * the center's index for their lists and walk the whole session. No index on (session_id,
 * created_at) alone, for the same reason. The old indexes are prefixes of the new ones.
 */
export class RegistrationListingIndexes1795616000000 implements MigrationInterface {
  name = 'RegistrationListingIndexes1795616000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_registrations_unit_listing" ON "registrations" ("session_id", "unit_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_registrations_department_listing" ON "registrations" ("session_id", "department_id", "status", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_registrations_status_listing" ON "registrations" ("session_id", "status", "created_at") `,
    );
    await queryRunner.query(`DROP INDEX "ix_registrations_unit_status"`);
    await queryRunner.query(`DROP INDEX "ix_registrations_department_status"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_registrations_department_status" ON "registrations" ("session_id", "department_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_registrations_unit_status" ON "registrations" ("session_id", "unit_id", "status") `,
    );
    await queryRunner.query(`DROP INDEX "ix_registrations_status_listing"`);
    await queryRunner.query(`DROP INDEX "ix_registrations_department_listing"`);
    await queryRunner.query(`DROP INDEX "ix_registrations_unit_listing"`);
  }
}
