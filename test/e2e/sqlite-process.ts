import { ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * Another process on the same SQLite file (a second instance, `npm run
 * unlock-account`, a backup), for tests: a Node child with its own
 * better-sqlite3 connection, which waits out a lock for up to 5 s as a CLI does.
 */
function child(
  dbPath: string,
  body: string,
): { process: ChildProcess; lines: AsyncIterator<string> } {
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(dbPath)}, { timeout: 5000 });
    const say = (line) => process.stdout.write(line + '\\n');
    ${body}`;
  const proc = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  return { process: proc, lines: createInterface({ input: proc.stdout })[Symbol.asyncIterator]() };
}

async function expectLine(lines: AsyncIterator<string>, want: string): Promise<void> {
  const { value } = await lines.next();
  if (value !== want) throw new Error(`the other process said "${value}", not "${want}"`);
}

/** Opens the file, says so, then inserts one row into `rate_windows` and commits. */
export function otherProcessInsert(dbPath: string): { opened: Promise<void>; done: Promise<void> } {
  const { lines } = child(
    dbPath,
    `say('open');
    db.prepare("INSERT INTO rate_windows VALUES ('other-process', '2025-07-01T00:00:00.000Z', 1, '2025-07-01T00:01:00.000Z')").run();
    db.close();
    say('committed');`,
  );
  const opened = expectLine(lines, 'open');
  return { opened, done: opened.then(() => expectLine(lines, 'committed')) };
}

/** Takes the write lock (BEGIN IMMEDIATE) and keeps it until `release()`. */
export async function holdWriteLock(dbPath: string): Promise<{ release: () => Promise<void> }> {
  const { process: proc, lines } = child(
    dbPath,
    `db.exec('BEGIN IMMEDIATE');
    say('locked');
    process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); say('released'); process.exit(0); });`,
  );
  await expectLine(lines, 'locked');
  return {
    release: async () => {
      proc.stdin!.write('release\n');
      await expectLine(lines, 'released');
    },
  };
}
