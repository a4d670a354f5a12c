import type autocannon from 'autocannon';
import type { FixtureEntry } from './http-fixture';

/**
 * The score-write case (issue 12): graders keying their own entries of the score sheets, each
 * save a PUT of the whole sheet carrying the version its last answer gave. Some graders work in
 * two windows on the same entries, so a save can carry a stale version: the service must refuse
 * it (409), and the window re-reads the entry and goes on. Afterwards every entry is read back
 * and checked against the saves that were acknowledged.
 */

interface Ack {
  /** The version the save carried; the entry moved from it to from + 1. */
  from: number;
  scores: number[];
}

interface EntryLoad {
  entry: FixtureEntry;
  path: string;
  token: string;
  acks: Ack[];
  /** Saves sent but not answered when the run stopped: the service may have applied them. */
  unanswered: Ack[];
}

/** One browser window of a grader: its own idea of each entry's version. */
interface Tab {
  entries: EntryLoad[];
  versions: Map<EntryLoad, number>;
  cursor: number;
  saves: number;
  refresh: boolean;
  pending:
    | { kind: 'put'; e: EntryLoad; from: number; scores: number[] }
    | { kind: 'get'; e: EntryLoad }
    | null;
}

export interface WriteTally {
  saved: number;
  conflicts: number;
  refreshes: number;
  otherStatus: number;
}

export interface WriteVerification {
  entries: number;
  acknowledgedSaves: number;
  /** Two saves acknowledged from one version: one of them was overwritten unseen. */
  duplicateAcks: number;
  /** Entries whose stored marks differ from their last acknowledged save. */
  mismatchedEntries: number;
  /** Saves in flight when the run stopped that the service applied (answered to nobody). */
  appliedUnanswered: number;
  /** Entries whose version is not their count of acknowledged (and applied unanswered) saves. */
  versionGaps: number;
  lostUpdates: number;
}

export class ScoreWriteLoad {
  readonly tally: WriteTally = { saved: 0, conflicts: 0, refreshes: 0, otherStatus: 0 };
  private readonly loads: EntryLoad[];
  private readonly tabs: Tab[];
  private nextTab = 0;

  /**
   * `windows` connections over the graders in turn: with more windows than graders the first
   * graders have two windows on the same entries.
   */
  constructor(
    api: string,
    entries: FixtureEntry[],
    tokens: Map<string, string>,
    readonly windows: number,
  ) {
    this.loads = entries.map((entry) => ({
      entry,
      path: `${api}/score-sheets/${entry.sittingId}/${entry.examRoom}/entries/${entry.slot}`,
      token: tokens.get(entry.grader)!,
      acks: [],
      unanswered: [],
    }));
    const graders = [...new Set(entries.map((e) => e.grader))];
    this.tabs = Array.from({ length: windows }, (_, i) => ({
      entries: this.loads.filter((l) => l.entry.grader === graders[i % graders.length]),
      versions: new Map(),
      cursor: 0,
      saves: 0,
      refresh: false,
      pending: null,
    }));
  }

  /**
   * The request of every connection. autocannon resets a connection's context when its sequence
   * of requests wraps around, so the sequence is longer than any run: the context (the window)
   * lives as long as the connection.
   */
  requests(length = 100_000): autocannon.Request[] {
    const request: autocannon.Request = {
      setupRequest: (req, context: { tab?: Tab }) => this.setup(req, context),
      onResponse: (status, body, context) =>
        this.answer(status, body, (context as { tab: Tab }).tab),
    };
    return Array.from({ length }, () => request);
  }

  private setup(req: autocannon.Request, context: { tab?: Tab }): autocannon.Request {
    context.tab ??= this.tabs[this.nextTab++ % this.tabs.length];
    const tab = context.tab;
    const e = tab.entries[tab.cursor % tab.entries.length];
    const auth = { authorization: `Bearer ${e.token}` };
    if (tab.refresh) {
      tab.pending = { kind: 'get', e };
      return { ...req, method: 'GET', path: e.path, headers: auth, body: undefined };
    }
    const from = tab.versions.get(e) ?? 0;
    const saves = ++tab.saves;
    const scores = e.entry.rows.map((_, i) => (saves * 7 + i * 3) % 101);
    tab.pending = { kind: 'put', e, from, scores };
    return {
      ...req,
      method: 'PUT',
      path: `${e.path}/marks`,
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        version: from,
        rows: e.entry.rows.map((registrationId, i) => ({
          registrationId,
          mark: { kind: 'score', score: scores[i] },
        })),
      }),
    };
  }

  private answer(status: number, body: string, tab: Tab): void {
    const p = tab.pending;
    tab.pending = null;
    if (!p) return;
    if (status === 200) {
      const version = (JSON.parse(body) as { version: number }).version;
      tab.versions.set(p.e, version);
      if (p.kind === 'put') {
        p.e.acks.push({ from: p.from, scores: p.scores });
        this.tally.saved++;
        tab.cursor++;
      } else {
        this.tally.refreshes++;
        tab.refresh = false;
      }
      return;
    }
    if (status === 409) this.tally.conflicts++;
    else this.tally.otherStatus++;
    tab.refresh = true;
  }

  /**
   * Reads every entry back (as its grader) and compares it with the acknowledged saves: the
   * stored marks are those of the last one, or of a save still in flight at the end that went
   * through from the last acknowledged version; the version counts exactly those saves.
   */
  async verify(base: string, settleMs = 2000): Promise<WriteVerification> {
    for (const tab of this.tabs)
      if (tab.pending?.kind === 'put') tab.pending.e.unanswered.push(tab.pending);
    // What was in flight when autocannon stopped still reaches the service: let it finish.
    await new Promise((r) => setTimeout(r, settleMs));
    const v: WriteVerification = {
      entries: this.loads.length,
      acknowledgedSaves: 0,
      duplicateAcks: 0,
      mismatchedEntries: 0,
      appliedUnanswered: 0,
      versionGaps: 0,
      lostUpdates: 0,
    };
    for (const l of this.loads) {
      const res = await fetch(`${base}${l.path}`, {
        headers: { authorization: `Bearer ${l.token}` },
      });
      if (!res.ok) throw new Error(`read back ${l.path}: ${res.status}`);
      const stored = (await res.json()) as {
        version: number;
        rows: { registrationId: string; mark: { score: number | null } | null }[];
      };
      v.acknowledgedSaves += l.acks.length;
      const froms = new Set(l.acks.map((a) => a.from));
      v.duplicateAcks += l.acks.length - froms.size;
      const last = l.acks.reduce<Ack | null>((m, a) => (!m || a.from > m.from ? a : m), null);
      const byId = new Map(stored.rows.map((r) => [r.registrationId, r.mark?.score ?? null]));
      const holds = (a: Ack | null) =>
        l.entry.rows.every((id, i) => byId.get(id) === (a ? a.scores[i] : null));
      const applied = l.unanswered.find((a) => a.from === l.acks.length && holds(a));
      if (applied) v.appliedUnanswered++;
      if (stored.version !== l.acks.length + (applied ? 1 : 0)) v.versionGaps++;
      if (!applied && !holds(last)) v.mismatchedEntries++;
    }
    v.lostUpdates = v.duplicateAcks + v.mismatchedEntries;
    return v;
  }
}
