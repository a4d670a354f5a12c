import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import type { Principal } from '../../common/auth/principal';
import { currentRequestContext } from '../../common/context/request-context';
import { Keyring } from '../../database/keyring';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditRepository } from './audit.repository';
import { GENESIS_HASH, KEYED_HASH, keyedHash } from './domain/audit-hash';
import { formatHead, signHead } from './domain/chain-head';
import { privilegeWarning } from './domain/table-powers';

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
 * transaction, so the row commits or rolls back with the change it describes;
 * the signed chain head is rewritten in that same transaction.
 */
@Injectable()
export class AuditService implements OnModuleInit {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
    private readonly keyring: Keyring,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.uow.run((em) => this.keyLegacyChain(em));
    const warning = privilegeWarning(await this.repo.tablePowers());
    if (warning) this.logger.warn(warning);
  }

  /**
   * A chain written before the key existed (rows of hash version 1, no head)
   * is taken over once: a keyed row linking to its end, and the first head.
   * A chain that already holds keyed rows is never taken over again: its
   * head missing means it was deleted, which verification reports.
   */
  async keyLegacyChain(em: EntityManager): Promise<void> {
    await this.repo.lockChain(em);
    const last = await this.repo.lastLink(em);
    if (!last || (await this.repo.readHead(em)) !== null || (await this.repo.hasKeyedRows(em))) {
      return;
    }
    await this.append(em, SYSTEM_ACTOR, [
      {
        action: 'audit.chain-keyed',
        entityType: 'audit',
        after: { legacyRows: await this.repo.countRows(em), lastLegacyId: last.id },
      },
    ]);
  }

  async record(em: EntityManager, actor: AuditActor, event: AuditEvent): Promise<void> {
    await this.recordMany(em, actor, [event]);
  }

  /** Many events of one request (bulk review): one chain read, one batched insert. */
  async recordMany(em: EntityManager, actor: AuditActor, events: AuditEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.repo.lockChain(em);
    await this.append(em, actor, events);
  }

  /** Appends under the chain lock, then signs the new end as the head. */
  private async append(em: EntityManager, actor: AuditActor, events: AuditEvent[]) {
    const key = this.keyring.key('audit-chain');
    let prevHash = (await this.repo.lastLink(em))?.hash ?? GENESIS_HASH;
    const at = this.clock.now().toISOString();
    const rows = events.map((event) => {
      const fields = this.fieldsOf(actor, event, at);
      const hash = keyedHash(key, prevHash, fields);
      const row = { ...fields, prevHash, hash, hashVersion: KEYED_HASH };
      prevHash = hash;
      return row;
    });
    await this.repo.insert(em, rows);
    const last = await this.repo.lastLink(em);
    if (last?.hash !== prevHash) throw new Error('audit chain moved during an append');
    await this.repo.writeHead(
      em,
      formatHead(signHead(this.keyring.key('audit-head'), last.id, last.hash)),
    );
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
