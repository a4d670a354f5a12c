import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduling, second round: several sittings per paper category and component (the unique
 * index becomes a plain one); the 考场号 of each seat (one room at one time, numbered across the
 * session), filled for existing seats with the room's number, which their ticket numbers
 * already carry; the session's organizer, who issues the tickets (五: 市就业和人才服务中心),
 * filled for existing sessions from the notice.
 */
export class SharedRooms1795590000000 implements MigrationInterface {
  name = 'SharedRooms1795590000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`DROP INDEX "public"."uq_sittings_category_component"`);
      await queryRunner.query(
        `CREATE INDEX "ix_sittings_category_component" ON "sittings" ("session_id", "paper_category", "component") `,
      );
      await queryRunner.query(`ALTER TABLE "exam_sessions" ADD "organizer" character varying(100)`);
      await queryRunner.query(`ALTER TABLE "seat_assignments" ADD "exam_room" integer`);
      await queryRunner.query(
        `UPDATE "seat_assignments" SET "exam_room" = "rooms"."number" FROM "rooms" WHERE "rooms"."id" = "seat_assignments"."room_id"`,
      );
      await queryRunner.query(
        `ALTER TABLE "seat_assignments" ALTER COLUMN "exam_room" SET NOT NULL`,
      );
    } else {
      await queryRunner.query(`DROP INDEX "uq_sittings_category_component"`);
      await queryRunner.query(
        `CREATE INDEX "ix_sittings_category_component" ON "sittings" ("session_id", "paper_category", "component") `,
      );
      await queryRunner.query(`ALTER TABLE "exam_sessions" ADD COLUMN "organizer" varchar(100)`);
      await queryRunner.query(`DROP INDEX "uq_seat_assignments_candidate"`);
      await queryRunner.query(`DROP INDEX "uq_seat_assignments_seat"`);
      await queryRunner.query(`DROP INDEX "ix_seat_assignments_registration"`);
      await queryRunner.query(
        `CREATE TABLE "temporary_seat_assignments" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "sitting_id" varchar(36) NOT NULL, "registration_id" varchar(36) NOT NULL, "room_id" varchar(36) NOT NULL, "seat" integer NOT NULL, "exam_room" integer NOT NULL, CONSTRAINT "FK_a75e48d0bf952d4b438054b1568" FOREIGN KEY ("room_id") REFERENCES "rooms" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_4c66e3dd9257a5531ad51ee0124" FOREIGN KEY ("registration_id") REFERENCES "registrations" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_f1d032ed759232266f76baeccca" FOREIGN KEY ("sitting_id") REFERENCES "sittings" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "temporary_seat_assignments"("id", "session_id", "sitting_id", "registration_id", "room_id", "seat", "exam_room") SELECT "s"."id", "s"."session_id", "s"."sitting_id", "s"."registration_id", "s"."room_id", "s"."seat", "r"."number" FROM "seat_assignments" "s" INNER JOIN "rooms" "r" ON "r"."id" = "s"."room_id"`,
      );
      await queryRunner.query(`DROP TABLE "seat_assignments"`);
      await queryRunner.query(
        `ALTER TABLE "temporary_seat_assignments" RENAME TO "seat_assignments"`,
      );
      await queryRunner.query(
        `CREATE UNIQUE INDEX "uq_seat_assignments_candidate" ON "seat_assignments" ("sitting_id", "registration_id") `,
      );
      await queryRunner.query(
        `CREATE UNIQUE INDEX "uq_seat_assignments_seat" ON "seat_assignments" ("sitting_id", "room_id", "seat") `,
      );
      await queryRunner.query(
        `CREATE INDEX "ix_seat_assignments_registration" ON "seat_assignments" ("registration_id") `,
      );
    }
    // The notice's organizer (五), for sessions seeded before the column existed.
    await queryRunner.query(
      `UPDATE "exam_sessions" SET "organizer" = '大连市就业和人才服务中心' WHERE "organizer" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(`ALTER TABLE "seat_assignments" DROP COLUMN "exam_room"`);
      await queryRunner.query(`ALTER TABLE "exam_sessions" DROP COLUMN "organizer"`);
      await queryRunner.query(`DROP INDEX "public"."ix_sittings_category_component"`);
      await queryRunner.query(
        `CREATE UNIQUE INDEX "uq_sittings_category_component" ON "sittings" ("session_id", "paper_category", "component") `,
      );
    } else {
      await queryRunner.query(`DROP INDEX "ix_seat_assignments_registration"`);
      await queryRunner.query(`DROP INDEX "uq_seat_assignments_seat"`);
      await queryRunner.query(`DROP INDEX "uq_seat_assignments_candidate"`);
      await queryRunner.query(
        `ALTER TABLE "seat_assignments" RENAME TO "temporary_seat_assignments"`,
      );
      await queryRunner.query(
        `CREATE TABLE "seat_assignments" ("id" varchar(36) PRIMARY KEY NOT NULL, "session_id" varchar(36) NOT NULL, "sitting_id" varchar(36) NOT NULL, "registration_id" varchar(36) NOT NULL, "room_id" varchar(36) NOT NULL, "seat" integer NOT NULL, CONSTRAINT "FK_a75e48d0bf952d4b438054b1568" FOREIGN KEY ("room_id") REFERENCES "rooms" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_4c66e3dd9257a5531ad51ee0124" FOREIGN KEY ("registration_id") REFERENCES "registrations" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_f1d032ed759232266f76baeccca" FOREIGN KEY ("sitting_id") REFERENCES "sittings" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
      );
      await queryRunner.query(
        `INSERT INTO "seat_assignments"("id", "session_id", "sitting_id", "registration_id", "room_id", "seat") SELECT "id", "session_id", "sitting_id", "registration_id", "room_id", "seat" FROM "temporary_seat_assignments"`,
      );
      await queryRunner.query(`DROP TABLE "temporary_seat_assignments"`);
      await queryRunner.query(
        `CREATE INDEX "ix_seat_assignments_registration" ON "seat_assignments" ("registration_id") `,
      );
      await queryRunner.query(
        `CREATE UNIQUE INDEX "uq_seat_assignments_seat" ON "seat_assignments" ("sitting_id", "room_id", "seat") `,
      );
      await queryRunner.query(
        `CREATE UNIQUE INDEX "uq_seat_assignments_candidate" ON "seat_assignments" ("sitting_id", "registration_id") `,
      );
      await queryRunner.query(`ALTER TABLE "exam_sessions" DROP COLUMN "organizer"`);
      await queryRunner.query(`DROP INDEX "ix_sittings_category_component"`);
      await queryRunner.query(
        `CREATE UNIQUE INDEX "uq_sittings_category_component" ON "sittings" ("session_id", "paper_category", "component") `,
      );
    }
  }
}
