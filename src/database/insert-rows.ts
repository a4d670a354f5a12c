import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

const CHUNK = 100;

/**
 * Inserts rows without TypeORM re-reading them into the objects passed in.
 * On SQLite, TypeORM 0.3 re-reads a multi-row insert and assigns the primary
 * keys back in a different order (seen here: ids sorted, so each object got
 * another row's id), which silently corrupted every reference built from
 * those objects afterwards. `updateEntity(false)` leaves the objects alone.
 */
export async function insertRows<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + CHUNK))
      .updateEntity(false)
      .execute();
  }
}
