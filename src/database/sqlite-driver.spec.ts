import * as sqlite3 from 'sqlite3';
import { loadConfig } from '../config/app-config';
import { buildDataSourceOptions } from './data-source-options';
import { sqliteWithoutTrace } from './sqlite-driver';

describe('the sqlite3 module TypeORM gets', () => {
  it('is what the data source options hand to the SQLite driver', () => {
    const options = buildDataSourceOptions(loadConfig({ DB_PATH: ':memory:' }));
    expect(options).toMatchObject({ type: 'sqlite', driver: sqliteWithoutTrace });
  });

  it('answers verbose() with itself and leaves the statement methods unwrapped', () => {
    const all = sqlite3.Database.prototype.all;
    expect(sqliteWithoutTrace.verbose()).toBe(sqliteWithoutTrace);
    expect(sqlite3.Database.prototype.all).toBe(all);
    expect(sqliteWithoutTrace.Database).toBe(sqlite3.Database);
    expect(sqliteWithoutTrace.OPEN_READWRITE).toBe(sqlite3.OPEN_READWRITE);
  });
});
