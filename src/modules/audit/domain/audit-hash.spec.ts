import { auditHash, firstBrokenLink, GENESIS_HASH, HashedAuditFields } from './audit-hash';

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

function chain(rows: HashedAuditFields[]) {
  let prev = GENESIS_HASH;
  return rows.map((r, i) => {
    const hash = auditHash(prev, r);
    const out = { ...r, id: i + 1, prevHash: prev, hash };
    prev = hash;
    return out;
  });
}

describe('audit hash chain', () => {
  it('accepts an untouched chain', () => {
    expect(
      firstBrokenLink(chain([row(), row({ entityId: 'd2' }), row({ entityId: 'd3' })])),
    ).toBeNull();
  });

  it('names the first row whose content was edited', () => {
    const rows = chain([row(), row({ entityId: 'd2' }), row({ entityId: 'd3' })]);
    rows[1] = { ...rows[1], after: '{"name":"篡改"}' };
    expect(firstBrokenLink(rows)).toBe(2);
  });

  it('names the row after a deleted one', () => {
    const rows = chain([row(), row({ entityId: 'd2' }), row({ entityId: 'd3' })]);
    expect(firstBrokenLink([rows[0], rows[2]])).toBe(3);
  });

  it('depends on the previous hash', () => {
    expect(auditHash(GENESIS_HASH, row())).not.toBe(auditHash('f'.repeat(64), row()));
  });
});
