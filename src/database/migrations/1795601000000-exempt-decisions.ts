import { MigrationInterface, QueryRunner } from 'typeorm';

/** The center's decisions on 免考复核认定 (二(九)) registrations: one current decision each. */
export class ExemptDecisions1795601000000 implements MigrationInterface {
  name = 'ExemptDecisions1795601000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "exempt_decisions" ("registration_id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "decision" character varying(20) NOT NULL, "reason" character varying(500), "decided_by" character varying(64) NOT NULL, "decided_at" character varying(24) NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_2dbff559107c6bdea09913d340c" PRIMARY KEY ("registration_id"))`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "exempt_decisions" ("registration_id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "decision" varchar(20) NOT NULL, "reason" varchar(500), "decided_by" varchar(64) NOT NULL, "decided_at" varchar(24) NOT NULL, "version" integer NOT NULL DEFAULT (1))`,
      );
    }
    await queryRunner.query(
      `CREATE INDEX "ix_exempt_decisions_session" ON "exempt_decisions" ("session_id", "decision") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_exempt_decisions_session"`);
    await queryRunner.query(`DROP TABLE "exempt_decisions"`);
  }
}
