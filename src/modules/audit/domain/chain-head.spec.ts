import { randomBytes } from 'node:crypto';
import { chainMessage, checkHead, formatHead, parseHead, signHead } from './chain-head';

const KEY = randomBytes(32);
const H5 = 'a'.repeat(64);

describe('signed chain head', () => {
  it('matches the last row it was signed for', () => {
    const head = parseHead(formatHead(signHead(KEY, 5, H5)));
    expect(checkHead(KEY, head, { lastId: 5, lastHash: H5 })).toBeNull();
  });

  it('is not needed for an empty chain, and missing for a non-empty one', () => {
    expect(checkHead(KEY, null, { lastId: 0, lastHash: '' })).toBeNull();
    expect(checkHead(KEY, null, { lastId: 5, lastHash: H5 })).toBe('HEAD_MISSING');
  });

  it('shows rows cut off the end (the chain alone would still be consistent)', () => {
    expect(checkHead(KEY, signHead(KEY, 5, H5), { lastId: 3, lastHash: 'b'.repeat(64) })).toBe(
      'TAIL_MISSING',
    );
    expect(checkHead(KEY, signHead(KEY, 5, H5), { lastId: 0, lastHash: '' })).toBe('TAIL_MISSING');
  });

  it.each([
    ['signed with another key', signHead(randomBytes(32), 3, H5)],
    ['moved back to an earlier row', { ...signHead(KEY, 5, H5), id: 3 }],
    ['not a head at all', parseHead('{"id":"x"}')],
    ['not JSON', parseHead('garbage')],
  ])('refuses a head %s', (_name, head) => {
    expect(checkHead(KEY, head, { lastId: 3, lastHash: H5 })).toBe('HEAD_INVALID');
  });

  it('refuses a genuine head that does not describe the last row', () => {
    expect(checkHead(KEY, signHead(KEY, 5, H5), { lastId: 5, lastHash: 'c'.repeat(64) })).toBe(
      'HEAD_MISMATCH',
    );
    expect(checkHead(KEY, signHead(KEY, 4, H5), { lastId: 5, lastHash: H5 })).toBe('HEAD_MISMATCH');
  });

  it('explains each outcome in Chinese', () => {
    const d = { checked: 7, brokenId: 4, headId: 9, lastId: 6 };
    expect(chainMessage(null, d)).toBe('审计日志完整：已核验 7 条记录');
    expect(chainMessage('TAIL_MISSING', d)).toBe(
      '审计日志末尾记录被删除：链头为第 9 条，现存最后一条为第 6 条',
    );
    expect(chainMessage('ROW_TAMPERED', d)).toContain('第 4 条');
  });
});
