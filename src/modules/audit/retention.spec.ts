import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AuditRepository } from './audit.repository';

/**
 * Retention (security-checklist #37: at least 180 days): audit rows are kept
 * for good. The database refuses UPDATE and DELETE (test/e2e/organizations),
 * and no code path asks: this spec reads every source file.
 */
const ROOT = join(__dirname, '..', '..');

const DESTRUCTIVE = [
  /\b(DELETE\s+FROM|TRUNCATE(\s+TABLE)?|DROP\s+TABLE|UPDATE)\s+"?audit_log"?/i,
  /\b(DROP|DISABLE)\s+TRIGGER\b/i,
  /\.(delete|remove|softDelete|softRemove|update|clear)\(\s*AuditEntryEntity\b/,
  /getRepository\(\s*AuditEntryEntity\s*\)\s*\.\s*(delete|remove|softDelete|softRemove|update|clear)\b/,
  /\.delete\(\)[\s\S]{0,80}\.from\(\s*(AuditEntryEntity|'audit_log')/,
];

const isDestructive = (code: string) => DESTRUCTIVE.some((re) => re.test(code));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** A migration may drop what it created only in its own down(). */
const codeThatRuns = (path: string, text: string) =>
  path.includes(join('database', 'migrations')) ? text.split(/public async down\(/)[0] : text;

describe('audit retention: no code path deletes or rewrites audit rows', () => {
  it.each([
    'await em.query(`DELETE FROM audit_log WHERE at < ?`)',
    'TRUNCATE TABLE "audit_log"',
    'ALTER TABLE audit_log DISABLE TRIGGER USER',
    'DROP TRIGGER audit_log_no_delete',
    'em.delete(AuditEntryEntity, { id })',
    'm.getRepository(AuditEntryEntity).delete({})',
    'qb.delete()\n  .from(AuditEntryEntity)',
  ])('the check recognises %s', (code) => {
    expect(isDestructive(code)).toBe(true);
  });

  it('finds no such statement in src (migrations: outside down())', () => {
    const offenders = sources(ROOT)
      .filter((p) => isDestructive(codeThatRuns(p, readFileSync(p, 'utf8'))))
      .map((p) => relative(ROOT, p));
    expect(offenders).toEqual([]);
  });

  it('gives the audit repository no method to delete, update or purge', () => {
    const methods = Object.getOwnPropertyNames(AuditRepository.prototype);
    expect(
      methods.filter((m) => /delete|remove|purge|update|clear|truncate|prune/i.test(m)),
    ).toEqual([]);
  });
});
