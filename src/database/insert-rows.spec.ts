import {
  Column,
  DataSource,
  Entity,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { InstantColumn } from './columns';
import { insertRows } from './insert-rows';
import { SqliteDatabase } from './sqlite-driver';

@Entity('sample_rows')
class SampleRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 30 })
  name!: string;

  @Column({ type: 'boolean', default: true })
  active?: boolean;

  @Column({ type: 'simple-json', nullable: true })
  reasons?: string[] | null;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version?: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  note?: string | null;
}

@Entity('sample_logs')
class SampleLog {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id?: number;

  @Column({ type: 'varchar', length: 10 })
  text!: string;

  @VersionColumn()
  revision?: number;
}

@Entity('sample_keys')
class SampleKey {
  @PrimaryGeneratedColumn('uuid')
  id?: string;

  @Column({ type: 'varchar', length: 10 })
  text!: string;
}

describe('insertRows', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await new DataSource({
      type: 'better-sqlite3',
      driver: SqliteDatabase,
      database: ':memory:',
      entities: [SampleRow, SampleLog, SampleKey],
      synchronize: true,
    }).initialize();
  });
  afterAll(() => ds.destroy());

  const rows = (prefix: string, n: number): SampleRow[] =>
    Array.from({ length: n }, (_, i) =>
      Object.assign(new SampleRow(), {
        id: `${prefix}-${String(i).padStart(4, '0')}`,
        name: `张三${i}`,
        ...(i % 3 ? { active: i % 2 === 0 } : {}),
        ...(i % 4 ? { reasons: i % 5 ? ['二(一)', `第${i}条`] : null } : {}),
        createdAt: new Date(Date.UTC(2025, 6, 1, 0, 0, i)),
        ...(i % 2 ? { version: 3 } : {}),
        note: i % 7 ? null : '备注',
      }),
    );
  const stored = async (prefix: string) =>
    (
      await ds.query<Record<string, unknown>[]>(
        `SELECT * FROM sample_rows WHERE id LIKE ? ORDER BY id`,
        [`${prefix}-%`],
      )
    ).map((r) => ({ ...r, id: String(r.id).slice(prefix.length) }));

  it('stores exactly what TypeORM’s insert builder stores, defaults included, past one statement', async () => {
    await ds
      .createQueryBuilder()
      .insert()
      .into(SampleRow)
      .values(rows('builder', 250))
      .updateEntity(false)
      .execute();
    await ds.transaction((em) => insertRows(em, SampleRow, rows('plain', 250)));
    const plain = await stored('plain');
    expect(plain).toHaveLength(250);
    expect(plain).toEqual(await stored('builder'));
    const read = await ds.getRepository(SampleRow).findOneByOrFail({ id: 'plain-0006' });
    expect(read).toMatchObject({
      active: true,
      reasons: ['二(一)', '第6条'],
      version: 1,
      createdAt: new Date(Date.UTC(2025, 6, 1, 0, 0, 6)),
    });
  });

  it('leaves the objects passed in untouched', async () => {
    const input = rows('untouched', 3);
    const copy = structuredClone(input);
    await ds.transaction((em) => insertRows(em, SampleRow, input));
    expect(input).toEqual(copy);
  });

  it('lets the database number auto-increment keys, starts versions at 1, and makes UUID keys', async () => {
    await ds.transaction(async (em) => {
      await insertRows(em, SampleLog, [{ text: 'a' }, { text: 'b' }]);
      await insertRows(em, SampleKey, [{ text: 'a' }, { text: 'b' }]);
    });
    expect(await ds.query('SELECT id, text, revision FROM sample_logs ORDER BY id')).toEqual([
      { id: 1, text: 'a', revision: 1 },
      { id: 2, text: 'b', revision: 1 },
    ]);
    const keys = await ds.query<{ id: string }[]>('SELECT id FROM sample_keys');
    expect(keys).toHaveLength(2);
    for (const k of keys) expect(k.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[0].id).not.toBe(keys[1].id);
  });

  it('writes nothing for no rows', async () => {
    await expect(ds.transaction((em) => insertRows(em, SampleLog, []))).resolves.toBeUndefined();
  });
});
