import { randomBytes } from 'node:crypto';
import {
  ChainRow,
  firstBrokenLink,
  GENESIS_HASH,
  HashedAuditFields,
  KEYED_HASH,
  keyedHash,
  LEGACY_HASH,
  legacyHash,
  walkChain,
} from './audit-hash';

const KEY = randomBytes(32);

const row = (over: Partial<HashedAuditFields> = {}): HashedAuditFields => ({
  at: '2025-07-01T01:00:00.000Z',
  actorId: 'a',
  actorUsername: 'admin',
  actorRole: 'center-admin',
  ip: '127.0.0.1',
  requestId: 'r',
  action: 'department.create',
  entityType: 'department',
  entityId: 'd1',
  outcome: 'success',
  before: null,
  after: '{"name":"市教育局"}',
  ...over,
});

/** Chains rows the way the service writes them; `versions` per row (default keyed). */
function chain(rows: HashedAuditFields[], versions: number[] = [], key = KEY): ChainRow[] {
  let prev = GENESIS_HASH;
  return rows.map((r, i) => {
    const hashVersion = versions[i] ?? KEYED_HASH;
    const hash = hashVersion === KEYED_HASH ? keyedHash(key, prev, r) : legacyHash(prev, r);
    const out = { ...r, id: i + 1, prevHash: prev, hash, hashVersion };
    prev = hash;
    return out;
  });
}

/** What someone holding the database but not the key can do: recompute every hash after an edit. */
function rehashWithoutKey(rows: ChainRow[], guess: (prev: string, r: ChainRow) => string) {
  let prev = GENESIS_HASH;
  return rows.map((r) => {
    const hash = guess(prev, r);
    const out = { ...r, prevHash: prev, hash };
    prev = hash;
    return out;
  });
}

const three = () => [row(), row({ entityId: 'd2' }), row({ entityId: 'd3' })];

describe('audit hash chain', () => {
  it('accepts an untouched keyed chain', () => {
    expect(firstBrokenLink(KEY, chain(three()))).toBeNull();
  });

  it('names the first row whose content was edited', () => {
    const rows = chain(three());
    rows[1] = { ...rows[1], after: '{"name":"篡改"}' };
    expect(firstBrokenLink(KEY, rows)).toBe(2);
  });

  it('names the row after a deleted one', () => {
    const rows = chain(three());
    expect(firstBrokenLink(KEY, [rows[0], rows[2]])).toBe(3);
  });

  it('catches an edit re-hashed without the key, as plain SHA-256 or as keyed with a guessed key', () => {
    const edited = chain(three()).map((r, i) => (i === 1 ? { ...r, after: '{"name":"篡改"}' } : r));
    const asKeyed = rehashWithoutKey(edited, (prev, r) => keyedHash(randomBytes(32), prev, r));
    expect(firstBrokenLink(KEY, asKeyed)).toBe(1);
    const asLegacy = rehashWithoutKey(edited, (prev, r) => legacyHash(prev, r)).map((r) => ({
      ...r,
      hashVersion: LEGACY_HASH,
    }));
    // A fully unkeyed chain is internally consistent: only the signed head can show it (chain-head.spec).
    expect(firstBrokenLink(KEY, asLegacy)).toBeNull();
    // Downgrading rows after a keyed one is refused outright.
    const mixed = [chain(three())[0], ...asLegacy.slice(1)];
    expect(walkChain(KEY, mixed)).toMatchObject({ ok: false, brokenId: 2 });
  });

  it('still verifies rows written with the old unkeyed hash before the keyed ones', () => {
    const rows = chain(three(), [LEGACY_HASH, LEGACY_HASH, KEYED_HASH]);
    expect(walkChain(KEY, rows)).toMatchObject({ ok: true, cursor: { keyedSeen: true } });
  });

  it('refuses an unkeyed row after a keyed one, even if its hash is right', () => {
    const rows = chain(three(), [KEYED_HASH, LEGACY_HASH, KEYED_HASH]);
    expect(walkChain(KEY, rows)).toEqual({
      ok: false,
      brokenId: 2,
      problem: 'UNKEYED_AFTER_KEYED',
    });
  });

  it('refuses an unknown hash version', () => {
    const rows = chain(three()).map((r, i) => (i === 2 ? { ...r, hashVersion: 3 } : r));
    expect(firstBrokenLink(KEY, rows)).toBe(3);
  });

  it('depends on the previous hash and on the key', () => {
    expect(keyedHash(KEY, GENESIS_HASH, row())).not.toBe(keyedHash(KEY, 'f'.repeat(64), row()));
    expect(keyedHash(KEY, GENESIS_HASH, row())).not.toBe(
      keyedHash(randomBytes(32), GENESIS_HASH, row()),
    );
  });

  it('continues across batches from a cursor', () => {
    const rows = chain([...three(), row({ entityId: 'd4' })]);
    const first = walkChain(KEY, rows.slice(0, 2));
    expect(first.ok).toBe(true);
    if (first.ok) expect(firstBrokenLink(KEY, rows.slice(2), first.cursor)).toBeNull();
  });
});
