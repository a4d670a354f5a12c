import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { sortByZh } from '../common/text/collation';

/**
 * One page of a query's rows ordered by a Chinese text column in the zh-CN collation
 * (pinyin, `compareZh`), ties by id, with the total. SQLite orders text by code point and
 * PostgreSQL by its server's locale, so neither ORDER BY gives pinyin on both: the keys of
 * every matching row are read and sorted here, then only the page's rows are loaded. Meant
 * for lists of hundreds to a few thousand rows (departments, units, occupations).
 */
export async function pageInZhOrder<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  column: keyof T & string,
  page: number,
  pageSize: number,
): Promise<[T[], number]> {
  const alias = qb.alias;
  const keys = await qb
    .clone()
    .select([`${alias}.id`, `${alias}.${column}`])
    .getMany();
  const ordered = sortByZh(
    keys,
    (r) => String(r[column]),
    (r) => r.id,
  );
  const ids = ordered.slice((page - 1) * pageSize, page * pageSize).map((r) => r.id);
  if (!ids.length) return [[], keys.length];
  const rows = await qb
    .clone()
    .andWhere(`${alias}.id IN (:...zhPageIds)`, { zhPageIds: ids })
    .getMany();
  const position = new Map(ids.map((id, i) => [id, i]));
  return [rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!), keys.length];
}
