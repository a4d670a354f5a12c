import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A publicity's and a batch's registrations are looked up by publicity_id and batch_id: without
 * these indexes every POST /publicities (its count), every batch submission, 备案, return and
 * batch detail scanned the whole registrations table (issue 12: 20,000 rows a scan at a season's
 * size, 600 publicities and 60 batches).
 */
export class RegistrationPublicityBatchIndexes1795614000000 implements MigrationInterface {
  name = 'RegistrationPublicityBatchIndexes1795614000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_registrations_publicity" ON "registrations" ("publicity_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_registrations_batch" ON "registrations" ("batch_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_registrations_batch"`);
    await queryRunner.query(`DROP INDEX "ix_registrations_publicity"`);
  }
}
