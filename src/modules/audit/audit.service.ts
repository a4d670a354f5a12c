import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import type { Principal } from '../../common/auth/principal';
import { currentRequestContext } from '../../common/context/request-context';
import { AuditRepository } from './audit.repository';
import { auditHash, GENESIS_HASH } from './domain/audit-hash';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  outcome?: 'success' | 'denied' | 'failure';
  before?: unknown;
  after?: unknown;
}

export interface AuditActor {
  id: string | null;
  username: string | null;
  role: string | null;
}

export const actorOf = (p: Principal | undefined): AuditActor =>
  p ? { id: p.accountId, username: p.username, role: p.role } : SYSTEM_ACTOR;

export const SYSTEM_ACTOR: AuditActor = { id: null, username: 'system', role: null };

/**
 * Writes the audit trail. `record` takes the EntityManager of the business
 * transaction, so the row commits or rolls back with the change it describes.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async record(em: EntityManager, actor: AuditActor, event: AuditEvent): Promise<void> {
    await this.recordMany(em, actor, [event]);
  }

  /** Many events of one request (bulk review): one chain read, one batched insert. */
  async recordMany(em: EntityManager, actor: AuditActor, events: AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.repo.lockChain(em);
    let prevHash = (await this.repo.lastHash(em)) ?? GENESIS_HASH;
    const at = this.clock.now().toISOString();
    const rows = events.map((event) => {
      const fields = this.fieldsOf(actor, event, at);
      const row = { ...fields, prevHash, hash: auditHash(prevHash, fields) };
      prevHash = row.hash;
      return row;
    });
    await this.repo.insert(em, rows);
  }

  private fieldsOf(actor: AuditActor, event: AuditEvent, at: string) {
    const ctx = currentRequestContext();
    return {
      at,
      actorId: actor.id,
      actorUsername: actor.username,
      actorRole: actor.role,
      ip: ctx?.ip ?? '',
      requestId: ctx?.requestId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      outcome: event.outcome ?? 'success',
      before: serialize(event.before),
      after: serialize(event.after),
    };
  }
}

function serialize(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
