import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * On PostgreSQL uploaded files live in the database, so that every instance
 * of the service reaches them (README "More than one instance"). SQLite keeps
 * them in UPLOAD_DIR beside its file.
 */
export class FileContents1795599000000 implements MigrationInterface {
  name = 'FileContents1795599000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(
      `CREATE TABLE "file_contents" ("key" character varying(36) NOT NULL, "bytes" bytea NOT NULL, CONSTRAINT "PK_file_contents" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== 'postgres') return;
    await queryRunner.query(`DROP TABLE "file_contents"`);
  }
}
