import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { isCenter } from '../../common/auth/scope';
import type { SittingEntity } from '../scheduling/entities/sitting.entity';
import { graderMayOpen } from './domain/entry-claim';
import { ScoringRepository, type SheetKey } from './scoring.repository';
import { scoresLocked, sheetNotFound } from './scoring.errors';

export interface OpenSheet {
  key: SheetKey;
  sitting: SittingEntity;
  locked: boolean;
}

/**
 * The one place that decides who reaches a score sheet: the center every sheet, a grader the
 * sheets of the sittings or rooms assigned to them. Anything else is 404 (and audited as a
 * denied attempt by the interceptor), never the sheet.
 */
@Injectable()
export class SheetAccess {
  constructor(private readonly repo: ScoringRepository) {}

  async open(p: Principal, key: SheetKey, em?: EntityManager): Promise<OpenSheet> {
    const found = await this.repo.sittingWithLock(key.sittingId, em);
    if (!found || !(await this.repo.sheetExists(key))) throw sheetNotFound();
    if (!isCenter(p.scope)) {
      const mine = p.role === 'grader' ? await this.repo.assignmentsOfSheet(key, em) : [];
      if (
        !graderMayOpen(
          mine.filter((a) => a.graderId === p.accountId),
          key,
        )
      )
        throw sheetNotFound();
    }
    return { key, ...found };
  }

  /**
   * As `open`, for a grader's write: a locked sitting takes no more entries (409). Without a
   * transaction it is the early check of a write that will check again inside its own.
   */
  async openForEntry(p: Principal, key: SheetKey, em?: EntityManager): Promise<OpenSheet> {
    const sheet = await this.open(p, key, em);
    if (sheet.locked) throw scoresLocked();
    return sheet;
  }
}
