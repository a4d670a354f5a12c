import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit chain becomes keyed: each row records which hash it carries
 * (1: the unkeyed SHA-256 of the rows already written, 2: HMAC-SHA256 with
 * the installation's master key). On PostgreSQL the audit table also loses
 * every privilege but SELECT and INSERT for roles other than its owner: the
 * service, run as a non-owner role (SECURITY.md, scripts/postgres-roles.sql),
 * can then neither rewrite rows nor switch the append-only trigger off.
 */
export class AuditKeyedChain1795595000000 implements MigrationInterface {
  name = 'AuditKeyedChain1795595000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query(
        `ALTER TABLE "audit_log" ADD "hash_version" integer NOT NULL DEFAULT '1'`,
      );
      await queryRunner.query(`
        DO $$
        DECLARE r record;
        BEGIN
          FOR r IN
            SELECT DISTINCT a.grantee
            FROM pg_class c, aclexplode(c.relacl) a
            WHERE c.oid = '"audit_log"'::regclass
              AND a.grantee <> c.relowner
              AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES')
          LOOP
            EXECUTE format(
              'REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "audit_log" FROM %s',
              CASE WHEN r.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(r.grantee)) END
            );
          END LOOP;
        END $$`);
    } else {
      await queryRunner.query(
        `ALTER TABLE "audit_log" ADD COLUMN "hash_version" integer NOT NULL DEFAULT (1)`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Revoked privileges are not granted back: that is the role script's business.
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "hash_version"`);
  }
}
