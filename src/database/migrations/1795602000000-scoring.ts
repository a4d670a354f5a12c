import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scoring (issue 10): grader assignments, the two entries of each score sheet and their rows,
 * the final marks with their discrepancies, and the sittings locked by the center. No foreign
 * keys: rows name sittings and registrations by id, as the audit does. Generated with the
 * schema builder against each database.
 */
export class Scoring1795602000000 implements MigrationInterface {
  name = 'Scoring1795602000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "grader_assignments" ("id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "sitting_id" character varying(36) NOT NULL, "exam_room" integer NOT NULL, "grader_id" character varying(36) NOT NULL, "created_by" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_88b7f7ee9866f68183c7a01ca39" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "score_entry_marks" ("entry_id" character varying(36) NOT NULL, "registration_id" character varying(36) NOT NULL, "kind" character varying(20) NOT NULL, "score_tenths" integer, "violation_type" character varying(30), "violation_void" character varying(20), "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_7653167c52198e26ce420fb2c33" PRIMARY KEY ("entry_id", "registration_id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "score_entries" ("id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "sitting_id" character varying(36) NOT NULL, "exam_room" integer NOT NULL, "slot" integer NOT NULL, "grader_id" character varying(36) NOT NULL, "status" character varying(20) NOT NULL, "source" character varying(20) NOT NULL, "version" integer NOT NULL, "submitted_at" character varying(24), "created_at" character varying(24) NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "PK_8d6e130b9fad0d1b058535632d6" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "score_locks" ("sitting_id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "locked_by" character varying(64) NOT NULL, "locked_at" character varying(24) NOT NULL, CONSTRAINT "PK_cda9d05b7f9ae138c5f2042a17a" PRIMARY KEY ("sitting_id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "score_results" ("id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "sitting_id" character varying(36) NOT NULL, "exam_room" integer NOT NULL, "registration_id" character varying(36) NOT NULL, "component" character varying(20) NOT NULL, "status" character varying(20) NOT NULL, "disputed" boolean NOT NULL DEFAULT false, "kind" character varying(20), "score_tenths" integer, "violation_type" character varying(30), "violation_void" character varying(20), "source" character varying(20), "note" character varying(500), "decided_by" character varying(64), "decided_at" character varying(24), "version" integer NOT NULL, "created_at" character varying(24) NOT NULL, CONSTRAINT "PK_420ad8ff4bb8abc76c84329b172" PRIMARY KEY ("id"))`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "grader_assignments" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "sitting_id" varchar(36) NOT NULL, "exam_room" integer NOT NULL, "grader_id" varchar(36) NOT NULL, "created_by" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE TABLE "score_entry_marks" ("entry_id" varchar(36) NOT NULL, "registration_id" varchar(36) NOT NULL, "kind" varchar(20) NOT NULL, "score_tenths" integer, "violation_type" varchar(30), "violation_void" varchar(20), "updated_at" varchar(24) NOT NULL, PRIMARY KEY ("entry_id", "registration_id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "score_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "sitting_id" varchar(36) NOT NULL, "exam_room" integer NOT NULL, "slot" integer NOT NULL, "grader_id" varchar(36) NOT NULL, "status" varchar(20) NOT NULL, "source" varchar(20) NOT NULL, "version" integer NOT NULL, "submitted_at" varchar(24), "created_at" varchar(24) NOT NULL, "updated_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE TABLE "score_locks" ("sitting_id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "locked_by" varchar(64) NOT NULL, "locked_at" varchar(24) NOT NULL)`,
      );
      await queryRunner.query(
        `CREATE TABLE "score_results" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "sitting_id" varchar(36) NOT NULL, "exam_room" integer NOT NULL, "registration_id" varchar(36) NOT NULL, "component" varchar(20) NOT NULL, "status" varchar(20) NOT NULL, "disputed" boolean NOT NULL DEFAULT (0), "kind" varchar(20), "score_tenths" integer, "violation_type" varchar(30), "violation_void" varchar(20), "source" varchar(20), "note" varchar(500), "decided_by" varchar(64), "decided_at" varchar(24), "version" integer NOT NULL, "created_at" varchar(24) NOT NULL)`,
      );
    }
    await queryRunner.query(
      `CREATE INDEX "ix_grader_assignments_grader" ON "grader_assignments" ("grader_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_grader_assignments" ON "grader_assignments" ("sitting_id", "exam_room", "grader_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_score_entries_grader" ON "score_entries" ("sitting_id", "exam_room", "grader_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_score_entries_slot" ON "score_entries" ("sitting_id", "exam_room", "slot")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_score_results_sheet" ON "score_results" ("sitting_id", "exam_room")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_score_results_registration" ON "score_results" ("registration_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_score_results_candidate" ON "score_results" ("sitting_id", "registration_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'score_locks',
      'score_results',
      'score_entry_marks',
      'score_entries',
      'grader_assignments',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
