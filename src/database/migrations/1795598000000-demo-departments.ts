import { MigrationInterface, QueryRunner } from 'typeorm';

/** Demo departments (DEMO=1) are marked, so they act only in the demo session. */
export class DemoDepartments1795598000000 implements MigrationInterface {
  name = 'DemoDepartments1795598000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `ALTER TABLE "departments" ADD "is_demo" boolean NOT NULL DEFAULT false`,
      );
    } else {
      await queryRunner.query(
        `ALTER TABLE "departments" ADD COLUMN "is_demo" boolean NOT NULL DEFAULT (0)`,
      );
    }
    // Departments the demo seeded before they were marked: those with a demo unit account.
    await queryRunner.query(
      `UPDATE "departments" SET "is_demo" = ${queryRunner.connection.options.type === 'postgres' ? 'true' : '1'} WHERE "id" IN (SELECT "department_id" FROM "accounts" WHERE "username" LIKE 'demo-%' AND "department_id" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "departments" DROP COLUMN "is_demo"`);
  }
}
