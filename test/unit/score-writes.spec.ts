import type autocannon from 'autocannon';
import type { FixtureEntry } from '../../bench/http-fixture';
import { ScoreWriteLoad } from '../../bench/score-writes';

/**
 * The score-write case's bookkeeping: what each window sends, and the read-back check that must
 * find a lost update when there is one (and none when every acknowledged save is stored).
 */

const ROWS = ['r1', 'r2', 'r3'];
const entry: FixtureEntry = { sittingId: 's1', examRoom: 1, slot: 1, grader: 'g1', rows: ROWS };
const PATH = '/api/v1/score-sheets/s1/1/entries/1';

type Sent = {
  method: string;
  path: string;
  body: { version: number; rows: { mark: { score: number } }[] } | null;
};

/** A window (connection) of the load: `send` builds its next request, `answer` feeds the reply. */
function window(load: ScoreWriteLoad) {
  const [request] = load.requests(1);
  const setup = request.setupRequest as (r: autocannon.Request, c: object) => autocannon.Request;
  const onResponse = request.onResponse as (s: number, b: string, c: object) => void;
  const context = {};
  return {
    send(): Sent {
      const r = setup({}, context);
      return {
        method: r.method!,
        path: r.path!,
        body: r.body ? (JSON.parse(r.body as string) as Sent['body']) : null,
      };
    },
    answer(status: number, body: object) {
      onResponse(status, JSON.stringify(body), context);
    },
  };
}

const scoresOf = (s: Sent) => s.body!.rows.map((r) => r.mark.score);

/** The service's answer to reading the entry back. */
function stored(version: number, scores: (number | null)[]) {
  jest.spyOn(global, 'fetch').mockResolvedValue(
    new Response(
      JSON.stringify({
        version,
        rows: ROWS.map((registrationId, i) => ({
          registrationId,
          mark: scores[i] === null ? null : { kind: 'score', score: scores[i] },
        })),
      }),
    ),
  );
}

afterEach(() => jest.restoreAllMocks());

describe('score-write load', () => {
  const load = (windows = 1) =>
    new ScoreWriteLoad('/api/v1', [entry], new Map([['g1', 't']]), windows);

  it('carries the version each answer gave into the next save', () => {
    const l = load();
    const w = window(l);
    const first = w.send();
    expect(first).toMatchObject({ method: 'PUT', path: `${PATH}/marks`, body: { version: 0 } });
    w.answer(200, { version: 1 });
    expect(w.send().body!.version).toBe(1);
    expect(l.tally.saved).toBe(1);
  });

  it('counts a 409 apart, re-reads the entry and saves from the version read', () => {
    const l = load();
    const w = window(l);
    w.send();
    w.answer(409, { code: 'VERSION_CONFLICT' });
    expect(w.send()).toMatchObject({ method: 'GET', path: PATH });
    w.answer(200, { version: 7 });
    expect(w.send().body!.version).toBe(7);
    expect(l.tally).toMatchObject({ saved: 0, conflicts: 1, refreshes: 1 });
  });

  it('finds no loss when the entry holds the last acknowledged save', async () => {
    const l = load();
    const w = window(l);
    w.send();
    w.answer(200, { version: 1 });
    const second = w.send();
    w.answer(200, { version: 2 });
    stored(2, scoresOf(second));
    expect(await l.verify('http://x', 0)).toMatchObject({
      acknowledgedSaves: 2,
      lostUpdates: 0,
      versionGaps: 0,
    });
  });

  it('finds an acknowledged save that the entry does not hold', async () => {
    const l = load();
    const w = window(l);
    const first = w.send();
    w.answer(200, { version: 1 });
    w.send();
    w.answer(200, { version: 2 });
    stored(2, scoresOf(first));
    expect(await l.verify('http://x', 0)).toMatchObject({ mismatchedEntries: 1, lostUpdates: 1 });
  });

  it('finds two saves acknowledged from one version (one overwrote the other unseen)', async () => {
    const l = load(2);
    const [a, b] = [window(l), window(l)];
    a.send();
    const fromB = b.send();
    a.answer(200, { version: 1 });
    b.answer(200, { version: 1 });
    stored(1, scoresOf(fromB));
    expect(await l.verify('http://x', 0)).toMatchObject({ duplicateAcks: 1, lostUpdates: 1 });
  });

  it('accepts a save still in flight at the stop that went through, and counts it apart', async () => {
    const l = load();
    const w = window(l);
    w.send();
    w.answer(200, { version: 1 });
    const inFlight = w.send();
    stored(2, scoresOf(inFlight));
    expect(await l.verify('http://x', 0)).toMatchObject({
      appliedUnanswered: 1,
      lostUpdates: 0,
      versionGaps: 0,
    });
  });

  it('finds a version that moved without an acknowledged save', async () => {
    const l = load();
    const w = window(l);
    const first = w.send();
    w.answer(200, { version: 1 });
    stored(3, scoresOf(first));
    expect(await l.verify('http://x', 0)).toMatchObject({ versionGaps: 1, lostUpdates: 0 });
  });
});
