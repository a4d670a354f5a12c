import { MigrationInterface, QueryRunner } from 'typeorm';

/** 技师综合评审: the 附件4 form of each technician candidate and the center's result. */
export class TechnicianReviews1795603000000 implements MigrationInterface {
  name = 'TechnicianReviews1795603000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "technician_reviews" ("registration_id" character varying(36) NOT NULL, "session_id" character varying(36) NOT NULL, "department_id" character varying(36) NOT NULL, "unit_id" character varying(36) NOT NULL, "status" character varying(20) NOT NULL, "resume" text NOT NULL, "awards" text NOT NULL, "achievements" text NOT NULL, "teaching" text NOT NULL, "work_summary" text NOT NULL, "unit_result" character varying(10), "department_opinion" text NOT NULL, "center_note" character varying(500), "submitted_by" character varying(64), "submitted_at" character varying(24), "decided_by" character varying(64), "decided_at" character varying(24), "version" integer NOT NULL DEFAULT '1', "updated_by" character varying(64) NOT NULL, "created_at" character varying(24) NOT NULL, "updated_at" character varying(24) NOT NULL, CONSTRAINT "REL_d33ad61b5150e23b429798d91d" UNIQUE ("registration_id"), CONSTRAINT "PK_d33ad61b5150e23b429798d91d8" PRIMARY KEY ("registration_id"))`,
      );
      await queryRunner.query(
        `CREATE INDEX "ix_technician_reviews_department" ON "technician_reviews" ("session_id", "department_id", "status") `,
      );
      await queryRunner.query(
        `ALTER TABLE "technician_reviews" ADD CONSTRAINT "FK_d33ad61b5150e23b429798d91d8" FOREIGN KEY ("registration_id") REFERENCES "registrations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "technician_reviews" ("registration_id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "department_id" varchar(36) NOT NULL, "unit_id" varchar(36) NOT NULL, "status" varchar(20) NOT NULL, "resume" text NOT NULL, "awards" text NOT NULL, "achievements" text NOT NULL, "teaching" text NOT NULL, "work_summary" text NOT NULL, "unit_result" varchar(10), "department_opinion" text NOT NULL, "center_note" varchar(500), "submitted_by" varchar(64), "submitted_at" varchar(24), "decided_by" varchar(64), "decided_at" varchar(24), "version" integer NOT NULL DEFAULT (1), "updated_by" varchar(64) NOT NULL, "created_at" varchar(24) NOT NULL, "updated_at" varchar(24) NOT NULL, CONSTRAINT "FK_d33ad61b5150e23b429798d91d8" FOREIGN KEY ("registration_id") REFERENCES "registrations" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `CREATE INDEX "ix_technician_reviews_department" ON "technician_reviews" ("session_id", "department_id", "status") `,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "technician_reviews"`);
  }
}
