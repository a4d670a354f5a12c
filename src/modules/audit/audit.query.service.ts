import { Injectable } from '@nestjs/common';
import { AuditRepository } from './audit.repository';
import { firstBrokenLink, GENESIS_HASH } from './domain/audit-hash';
import type { AuditEntryEntity } from './entities/audit-entry.entity';
import type {
  AuditEntryResponse,
  AuditPageResponse,
  AuditQueryDto,
  AuditVerifyResponse,
} from './dto/audit.dto';

const VERIFY_BATCH = 1000;

/** Read side of the audit trail: search and chain verification (no edits exist). */
@Injectable()
export class AuditQueryService {
  constructor(private readonly repo: AuditRepository) {}

  async search(q: AuditQueryDto): Promise<AuditPageResponse> {
    const [rows, total] = await this.repo.search({
      ...q,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
    });
    return { items: rows.map(toResponse), total, page: q.page, pageSize: q.pageSize };
  }

  async verify(): Promise<AuditVerifyResponse> {
    let prev = GENESIS_HASH;
    let lastId = 0;
    let checked = 0;
    for (;;) {
      const batch = await this.repo.batchAfter(lastId, VERIFY_BATCH);
      if (batch.length === 0) return { intact: true, checked, firstBrokenId: null };
      const rows = batch.map((r) => ({ ...r, at: r.at.toISOString() }));
      const broken = firstBrokenLink(rows, prev);
      if (broken !== null) return { intact: false, checked, firstBrokenId: broken };
      checked += batch.length;
      prev = batch[batch.length - 1].hash;
      lastId = batch[batch.length - 1].id;
    }
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
