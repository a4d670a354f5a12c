import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether missing required documents (三(二)2(2)(3)) block a department's submission to the
 * center: the center's choice per session, off by default (the gaps are shown as warnings).
 */
export class DocumentRequirements1795592000000 implements MigrationInterface {
  name = 'DocumentRequirements1795592000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const falsy = queryRunner.connection.options.type === 'postgres' ? 'false' : '(0)';
    await queryRunner.query(
      `ALTER TABLE "exam_sessions" ADD "block_incomplete_documents" boolean NOT NULL DEFAULT ${falsy}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exam_sessions" DROP COLUMN "block_incomplete_documents"`);
  }
}
