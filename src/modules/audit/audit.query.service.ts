import { Injectable } from '@nestjs/common';
import { Keyring } from '../../database/keyring';
import { AuditRepository } from './audit.repository';
import { CHAIN_START, ChainCursor, LinkProblem, walkChain } from './domain/audit-hash';
import { chainMessage, checkHead, parseHead } from './domain/chain-head';
import type { AuditEntryEntity } from './entities/audit-entry.entity';
import type {
  AuditEntryResponse,
  AuditPageResponse,
  AuditQueryDto,
  AuditVerifyResponse,
} from './dto/audit.dto';

const VERIFY_BATCH = 1000;

interface Walk {
  cursor: ChainCursor;
  lastId: number;
  checked: number;
}

interface Broken {
  brokenId: number;
  problem: LinkProblem;
  checked: number;
}

/** Read side of the audit trail: search and chain verification (no edits exist). */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly keyring: Keyring,
  ) {}

  async search(q: AuditQueryDto): Promise<AuditPageResponse> {
    const [rows, total] = await this.repo.search({
      ...q,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
    });
    return { items: rows.map(toResponse), total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * Walks the whole chain, then compares its end with the signed head. The
   * head is read after the rows: rows committed meanwhile are walked too, so
   * a genuine head is never ahead of what was seen unless rows were cut off.
   */
  async verify(): Promise<AuditVerifyResponse> {
    let walk: Walk = { cursor: CHAIN_START, lastId: 0, checked: 0 };
    for (;;) {
      const step = await this.walkFrom(walk);
      if ('brokenId' in step) {
        return this.answer(step.problem, step.checked, step.brokenId, null, walk.lastId);
      }
      const read = step.checked - walk.checked;
      walk = step;
      const head = parseHead(await this.repo.readHead());
      const problem = checkHead(this.keyring.key('audit-head'), head, {
        lastId: walk.lastId,
        lastHash: walk.cursor.prevHash,
      });
      // Rows committed after the walk and before the head was read: walk on.
      if (problem === 'TAIL_MISSING' && read > 0) continue;
      const headId = head && head !== 'invalid' ? head.id : null;
      return this.answer(problem, walk.checked, null, headId, walk.lastId);
    }
  }

  private async walkFrom(start: Walk): Promise<Walk | Broken> {
    const key = this.keyring.key('audit-chain');
    let walk = start;
    for (;;) {
      const batch = await this.repo.batchAfter(walk.lastId, VERIFY_BATCH);
      if (batch.length === 0) return walk;
      const rows = batch.map((r) => ({ ...r, at: r.at.toISOString() }));
      const result = walkChain(key, rows, walk.cursor);
      if (!result.ok) {
        const checked = walk.checked + rows.findIndex((r) => r.id === result.brokenId);
        return { brokenId: result.brokenId, problem: result.problem, checked };
      }
      walk = {
        cursor: result.cursor,
        lastId: batch[batch.length - 1].id,
        checked: walk.checked + batch.length,
      };
    }
  }

  private answer(
    problem: Parameters<typeof chainMessage>[0],
    checked: number,
    firstBrokenId: number | null,
    headId: number | null,
    lastId: number,
  ): AuditVerifyResponse {
    return {
      intact: problem === null,
      checked,
      firstBrokenId,
      problem,
      headId,
      message: chainMessage(problem, { checked, brokenId: firstBrokenId, headId, lastId }),
    };
  }
}

function toResponse(r: AuditEntryEntity): AuditEntryResponse {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorUsername: r.actorUsername,
    actorRole: r.actorRole,
    ip: r.ip,
    requestId: r.requestId,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    outcome: r.outcome,
    before: r.before ? (JSON.parse(r.before) as unknown) : null,
    after: r.after ? (JSON.parse(r.after) as unknown) : null,
  };
}
