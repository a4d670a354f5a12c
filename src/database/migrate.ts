import dataSource from './data-source';

/**
 * `npm run migration:run`: applies pending migrations and exits. On
 * PostgreSQL with separate roles (SECURITY.md) this runs as the owner role
 * (DATABASE_URL of the owner); the service then runs as the app role, which
 * finds nothing pending and needs no DDL rights.
 */
async function main(): Promise<void> {
  await dataSource.initialize();
  try {
    const ran = await dataSource.runMigrations();
    console.log(
      ran.length ? `已执行迁移：${ran.map((m) => m.name).join(', ')}` : '没有待执行的迁移',
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(`迁移失败：${(e as Error).message}`);
  process.exit(1);
});
