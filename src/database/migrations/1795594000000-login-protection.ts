import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in protection in the database, shared by every instance: wrong
 * passwords per user name and client address (`login_holds`) and fixed-window
 * counters (`rate_windows`: login attempts per address and minute, wrong
 * passwords per account and hour). The per-account lock columns of
 * `accounts` go: one attacker's address no longer locks the account for all.
 * Generated with `typeorm migration:generate` against each database; on
 * SQLite (3.35 or later) the columns are dropped in place, not by copying
 * the table.
 */
export class LoginProtection1795594000000 implements MigrationInterface {
  name = 'LoginProtection1795594000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "login_holds" ("username" character varying(64) NOT NULL, "source" character varying(64) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "held_until" character varying(24), "last_success_at" character varying(24), "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_198e4562e7c982fe438c0733678" PRIMARY KEY ("username", "source"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "rate_windows" ("bucket" character varying(100) NOT NULL, "window_start" character varying(24) NOT NULL, "hits" integer NOT NULL DEFAULT '0', "expires_at" character varying(24) NOT NULL, CONSTRAINT "PK_ac3100eb852e4a6f6f932132cc1" PRIMARY KEY ("bucket", "window_start"))`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "login_holds" ("username" varchar(64) NOT NULL, "source" varchar(64) NOT NULL, "failures" integer NOT NULL DEFAULT (0), "held_until" varchar(24), "last_success_at" varchar(24), "updated_at" varchar(24) NOT NULL, PRIMARY KEY ("username", "source"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "rate_windows" ("bucket" varchar(100) NOT NULL, "window_start" varchar(24) NOT NULL, "hits" integer NOT NULL DEFAULT (0), "expires_at" varchar(24) NOT NULL, PRIMARY KEY ("bucket", "window_start"))`,
      );
    }
    await queryRunner.query(
      `CREATE INDEX "ix_login_holds_updated_at" ON "login_holds" ("updated_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_rate_windows_expires_at" ON "rate_windows" ("expires_at") `,
    );
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "failed_attempts"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "locked_until"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "accounts" ADD "locked_until" character varying(24)`);
      await queryRunner.query(
        `ALTER TABLE "accounts" ADD "failed_attempts" integer NOT NULL DEFAULT '0'`,
      );
    } else {
      await queryRunner.query(`ALTER TABLE "accounts" ADD "locked_until" varchar(24)`);
      await queryRunner.query(
        `ALTER TABLE "accounts" ADD "failed_attempts" integer NOT NULL DEFAULT (0)`,
      );
    }
    await queryRunner.query(`DROP INDEX "ix_rate_windows_expires_at"`);
    await queryRunner.query(`DROP TABLE "rate_windows"`);
    await queryRunner.query(`DROP INDEX "ix_login_holds_updated_at"`);
    await queryRunner.query(`DROP TABLE "login_holds"`);
  }
}
