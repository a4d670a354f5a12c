import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The chain's latest (id, hash), signed with a key that is not in the
 * database and rewritten in the transaction of every append. Cutting rows
 * off the end leaves the chain itself consistent; the head then names a row
 * that is gone.
 */
export interface ChainHead {
  id: number;
  hash: string;
  mac: string;
}

export type HeadProblem = 'HEAD_MISSING' | 'HEAD_INVALID' | 'TAIL_MISSING' | 'HEAD_MISMATCH';

const macOf = (key: Buffer, id: number, hash: string) =>
  createHmac('sha256', key).update(`audit-head:${id}:${hash}`, 'utf8').digest('hex');

export function signHead(key: Buffer, id: number, hash: string): ChainHead {
  return { id, hash, mac: macOf(key, id, hash) };
}

export const formatHead = (head: ChainHead): string => JSON.stringify(head);

/** The stored head, null when there is none, 'invalid' when it is not a head at all. */
export function parseHead(text: string | null): ChainHead | null | 'invalid' {
  if (text === null) return null;
  try {
    const h = JSON.parse(text) as Partial<ChainHead>;
    if (Number.isSafeInteger(h.id) && typeof h.hash === 'string' && typeof h.mac === 'string') {
      return { id: h.id!, hash: h.hash, mac: h.mac };
    }
  } catch {
    // fall through: not JSON
  }
  return 'invalid';
}

export function headIsGenuine(key: Buffer, head: ChainHead): boolean {
  const expected = Buffer.from(macOf(key, head.id, head.hash), 'hex');
  const given = Buffer.from(head.mac, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Compares the head with the last row of a chain walked up to `tail`
 * (lastId 0: no rows). The head is read after the rows, so a genuine one
 * never names a row before the last one seen.
 */
export function checkHead(
  key: Buffer,
  head: ChainHead | null | 'invalid',
  tail: { lastId: number; lastHash: string },
): HeadProblem | null {
  if (head === null) return tail.lastId === 0 ? null : 'HEAD_MISSING';
  if (head === 'invalid' || !headIsGenuine(key, head)) return 'HEAD_INVALID';
  if (head.id > tail.lastId) return 'TAIL_MISSING';
  if (head.id < tail.lastId || head.hash !== tail.lastHash) return 'HEAD_MISMATCH';
  return null;
}

/** What verification tells the administrator, in Chinese. */
export function chainMessage(
  problem: HeadProblem | 'ROW_TAMPERED' | 'UNKEYED_AFTER_KEYED' | null,
  detail: { checked: number; brokenId: number | null; headId: number | null; lastId: number },
): string {
  switch (problem) {
    case null:
      return `审计日志完整：已核验 ${detail.checked} 条记录`;
    case 'ROW_TAMPERED':
      return `第 ${detail.brokenId} 条审计记录被改动、插入或其前一条被删除`;
    case 'UNKEYED_AFTER_KEYED':
      return `第 ${detail.brokenId} 条审计记录使用了未加密钥的旧式哈希，但其前已有加密钥记录`;
    case 'HEAD_MISSING':
      return '审计日志链头记录缺失（可能被删除）';
    case 'HEAD_INVALID':
      return '审计日志链头记录的签名无效（可能被伪造）';
    case 'TAIL_MISSING':
      return `审计日志末尾记录被删除：链头为第 ${detail.headId} 条，现存最后一条为第 ${detail.lastId} 条`;
    case 'HEAD_MISMATCH':
      return `审计日志链头（第 ${detail.headId} 条）与现存最后一条（第 ${detail.lastId} 条）不符`;
  }
}
