import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The discrepancy list reads a session's disputed rows (1 in 200) by sitting: without this index
 * it walked every result of every sitting to find them (issue 12: 40,000 rows at 20,000
 * candidates for about 160 disputes).
 */
export class ScoreResultsDisputedIndex1795615000000 implements MigrationInterface {
  name = 'ScoreResultsDisputedIndex1795615000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_score_results_disputed" ON "score_results" ("sitting_id", "disputed") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_score_results_disputed"`);
  }
}
