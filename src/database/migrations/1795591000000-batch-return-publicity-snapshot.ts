import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The center returns a department batch with a reason (returned_by/_at, return_reason);
 * a publicity keeps the list it published (snapshot, JSON text). Nullable columns
 * added in place on both SQLite and PostgreSQL.
 */
export class BatchReturnPublicitySnapshot1795591000000 implements MigrationInterface {
  name = 'BatchReturnPublicitySnapshot1795591000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const pg = queryRunner.connection.options.type === 'postgres';
    const text = (n: number) => (pg ? `character varying(${n})` : `varchar(${n})`);
    await queryRunner.query(
      `ALTER TABLE "department_batches" ADD COLUMN "returned_by" ${text(64)}`,
    );
    await queryRunner.query(
      `ALTER TABLE "department_batches" ADD COLUMN "returned_at" ${text(24)}`,
    );
    await queryRunner.query(
      `ALTER TABLE "department_batches" ADD COLUMN "return_reason" ${text(500)}`,
    );
    await queryRunner.query(`ALTER TABLE "publicities" ADD COLUMN "snapshot" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "publicities" DROP COLUMN "snapshot"`);
    await queryRunner.query(`ALTER TABLE "department_batches" DROP COLUMN "return_reason"`);
    await queryRunner.query(`ALTER TABLE "department_batches" DROP COLUMN "returned_at"`);
    await queryRunner.query(`ALTER TABLE "department_batches" DROP COLUMN "returned_by"`);
  }
}
