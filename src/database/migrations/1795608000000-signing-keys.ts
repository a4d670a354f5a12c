import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The certificate signing keys (QR code SM2, PDF RSA), active and retired; at most one
 * active key per purpose through a unique index on a column that is NULL once retired.
 */
export class SigningKeys1795608000000 implements MigrationInterface {
  name = 'SigningKeys1795608000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `CREATE TABLE "signing_keys" ("id" character varying(16) NOT NULL, "purpose" character varying(10) NOT NULL, "active_purpose" character varying(10), "public_key_pem" text NOT NULL, "certificate_pem" text, "private_key_sealed" text NOT NULL, "source" character varying(10) NOT NULL, "created_at" character varying(24) NOT NULL, "retired_at" character varying(24), CONSTRAINT "PK_ab7d78cf6e61dc3904133b4cd55" PRIMARY KEY ("id"))`,
      );
    } else {
      await queryRunner.query(
        `CREATE TABLE "signing_keys" ("id" varchar(16) PRIMARY KEY NOT NULL, "purpose" varchar(10) NOT NULL, "active_purpose" varchar(10), "public_key_pem" text NOT NULL, "certificate_pem" text, "private_key_sealed" text NOT NULL, "source" varchar(10) NOT NULL, "created_at" varchar(24) NOT NULL, "retired_at" varchar(24))`,
      );
    }
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_signing_keys_active_purpose" ON "signing_keys" ("active_purpose") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ux_signing_keys_active_purpose"`);
    await queryRunner.query(`DROP TABLE "signing_keys"`);
  }
}
