import * as sqlite3 from 'sqlite3';

/**
 * The sqlite3 module as TypeORM's SQLite driver gets it. TypeORM calls
 * `verbose()` on the module it loads, which wraps every statement call to
 * capture a stack and `util.inspect` its arguments (SQL and parameters, so
 * personal data would end up in an error's stack) for longer stack traces:
 * about a tenth of a small read's time (issue 12). Here `verbose()` returns
 * the module untouched; everything else is the module itself.
 */
export const sqliteWithoutTrace: typeof sqlite3 = Object.create(sqlite3, {
  verbose: { value: () => sqliteWithoutTrace },
}) as typeof sqlite3;
