import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per account and day, how many ID numbers registered by other units it has been told of. */
export class DuplicateProbes1795597000000 implements MigrationInterface {
  name = 'DuplicateProbes1795597000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "duplicate_probes" ("account_id" character varying(36) NOT NULL, "day" character varying(10) NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_abfe737493c415072b3d234c0f2" PRIMARY KEY ("account_id", "day"))`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "duplicate_probes" ("account_id" varchar(36) NOT NULL, "day" varchar(10) NOT NULL, "count" integer NOT NULL, PRIMARY KEY ("account_id", "day"))`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "duplicate_probes"`);
  }
}
