/** What the service's database role may do to the audit table (PostgreSQL only). */
export interface TablePowers {
  role: string;
  owner: boolean;
  superuser: boolean;
  privileges: readonly string[];
}

/**
 * A role that owns the audit table (or is a superuser) can switch its
 * append-only trigger off; one with UPDATE/DELETE/TRUNCATE/TRIGGER can act
 * on rows behind the application. Either way the keyed chain still shows the
 * edit, but the database should refuse it in the first place (SECURITY.md,
 * "PostgreSQL roles"). Null: nothing to warn about.
 */
export function privilegeWarning(p: TablePowers | null): string | null {
  if (!p) return null;
  const powers = [
    ...(p.superuser ? ['超级用户'] : []),
    ...(p.owner ? ['表属主（可停用触发器）'] : []),
    ...p.privileges,
  ];
  if (powers.length === 0) return null;
  return `数据库账号 ${p.role} 对 audit_log 拥有 ${powers.join('、')} 权限：生产环境请以独立属主账号执行迁移，应用账号只授予 SELECT、INSERT（见 SECURITY.md 与 scripts/postgres-roles.sql）`;
}
