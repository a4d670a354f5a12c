import { MigrationInterface, QueryRunner } from 'typeorm';

/** Published results, the certificates (合格证明) issued from them, and the certificate ledger. */
export class Certificates1795607000000 implements MigrationInterface {
  name = 'Certificates1795607000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "result_publications" ("session_id" character varying(36) NOT NULL, "state" character varying(20) NOT NULL, "issue_date" character varying(10) NOT NULL, "published_by" character varying(64) NOT NULL, "published_at" character varying(24) NOT NULL, "reopened_by" character varying(64), "reopened_at" character varying(24), "reopen_reason" character varying(500), "round" integer NOT NULL DEFAULT '1', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_80f5ab7776c6ba4caaf599ba0b5" PRIMARY KEY ("session_id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "certificates" ("id" character varying(36) NOT NULL, "number" character varying(20) NOT NULL, "session_id" character varying(36) NOT NULL, "exam_year" integer NOT NULL, "level" character varying(20) NOT NULL, "sequence" integer NOT NULL, "registration_id" character varying(36) NOT NULL, "id_number" character varying(18) NOT NULL, "name" character varying(30) NOT NULL, "gender" character varying(1) NOT NULL, "department_id" character varying(36) NOT NULL, "department_name" character varying(100) NOT NULL, "unit_id" character varying(36) NOT NULL, "unit_name" character varying(100) NOT NULL, "occupation" character varying(100) NOT NULL, "mode" character varying(20) NOT NULL, "issue_date" character varying(10) NOT NULL, "status" character varying(20) NOT NULL, "revoked_at" character varying(24), "revoke_reason" character varying(500), "replaces_id" character varying(36), "reissue_reason" character varying(500), "replaced_by_id" character varying(36), "created_by" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id"))`,
      );
      await queryRunner.query(
        `CREATE TABLE "ledger_entries" ("id" character varying(36) NOT NULL, "id_number" character varying(18) NOT NULL, "name" character varying(30) NOT NULL, "occupation" character varying(100) NOT NULL, "level" character varying(20) NOT NULL, "cert_date" character varying(10) NOT NULL, "source" character varying(20) NOT NULL, "certificate_id" character varying(36), "certificate_number" character varying(40), "issuer" character varying(100), "evidence_file_id" character varying(36), "note" character varying(500), "active" boolean NOT NULL DEFAULT true, "created_by" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, "updated_at" character varying(24) NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_6efcb84411d3f08b08450ae75d5" PRIMARY KEY ("id"))`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "result_publications" ("session_id" varchar(36) PRIMARY KEY NOT NULL, "state" varchar(20) NOT NULL, "issue_date" varchar(10) NOT NULL, "published_by" varchar(64) NOT NULL, "published_at" varchar(24) NOT NULL, "reopened_by" varchar(64), "reopened_at" varchar(24), "reopen_reason" varchar(500), "round" integer NOT NULL DEFAULT (1), "version" integer NOT NULL DEFAULT (1))`,
      );
      await queryRunner.query(
        `CREATE TABLE "certificates" ("id" varchar(36) PRIMARY KEY NOT NULL, "number" varchar(20) NOT NULL, "session_id" varchar(36) NOT NULL, "exam_year" integer NOT NULL, "level" varchar(20) NOT NULL, "sequence" integer NOT NULL, "registration_id" varchar(36) NOT NULL, "id_number" varchar(18) NOT NULL, "name" varchar(30) NOT NULL, "gender" varchar(1) NOT NULL, "department_id" varchar(36) NOT NULL, "department_name" varchar(100) NOT NULL, "unit_id" varchar(36) NOT NULL, "unit_name" varchar(100) NOT NULL, "occupation" varchar(100) NOT NULL, "mode" varchar(20) NOT NULL, "issue_date" varchar(10) NOT NULL, "status" varchar(20) NOT NULL, "revoked_at" varchar(24), "revoke_reason" varchar(500), "replaces_id" varchar(36), "reissue_reason" varchar(500), "replaced_by_id" varchar(36), "created_by" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "version" integer NOT NULL DEFAULT (1))`,
      );
      await queryRunner.query(
        `CREATE TABLE "ledger_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "id_number" varchar(18) NOT NULL, "name" varchar(30) NOT NULL, "occupation" varchar(100) NOT NULL, "level" varchar(20) NOT NULL, "cert_date" varchar(10) NOT NULL, "source" varchar(20) NOT NULL, "certificate_id" varchar(36), "certificate_number" varchar(40), "issuer" varchar(100), "evidence_file_id" varchar(36), "note" varchar(500), "active" boolean NOT NULL DEFAULT (1), "created_by" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "updated_at" varchar(24) NOT NULL, "version" integer NOT NULL DEFAULT (1))`,
      );
    }
    for (const q of [
      `CREATE INDEX "ix_certificates_id_number" ON "certificates" ("id_number") `,
      `CREATE INDEX "ix_certificates_session_department" ON "certificates" ("session_id", "department_id", "status") `,
      `CREATE INDEX "ix_certificates_registration" ON "certificates" ("registration_id") `,
      `CREATE UNIQUE INDEX "uq_certificates_sequence" ON "certificates" ("session_id", "level", "sequence") `,
      `CREATE UNIQUE INDEX "uq_certificates_number" ON "certificates" ("number") `,
      `CREATE UNIQUE INDEX "uq_ledger_entries_certificate" ON "ledger_entries" ("certificate_id") `,
      `CREATE INDEX "ix_ledger_entries_person" ON "ledger_entries" ("id_number", "active") `,
    ])
      await queryRunner.query(q);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const ix of [
      'ix_ledger_entries_person',
      'uq_ledger_entries_certificate',
      'uq_certificates_number',
      'uq_certificates_sequence',
      'ix_certificates_registration',
      'ix_certificates_session_department',
      'ix_certificates_id_number',
    ])
      await queryRunner.query(`DROP INDEX "${ix}"`);
    await queryRunner.query(`DROP TABLE "ledger_entries"`);
    await queryRunner.query(`DROP TABLE "certificates"`);
    await queryRunner.query(`DROP TABLE "result_publications"`);
  }
}
