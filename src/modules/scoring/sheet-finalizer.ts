import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { actorOf, AuditService } from '../audit/audit.service';
import { COMPONENT_NAMES } from '../scheduling/domain/component-names';
import type { SittingEntity } from '../scheduling/entities/sitting.entity';
import { compareEntries } from './domain/compare-entries';
import { describeMark, markFromColumns, markToColumns, type Mark } from './domain/marks';
import { ScoreResultEntity } from './entities/score-result.entity';
import { ScoringRepository, type RosterRow, type SheetKey } from './scoring.repository';

/**
 * When the second entry of a sheet is submitted, the two are compared row by row (双录入):
 * agreeing rows become final, the others wait on the discrepancy list for the center.
 */
@Injectable()
export class SheetFinalizer {
  constructor(
    private readonly repo: ScoringRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async afterSubmit(
    em: EntityManager,
    p: Principal,
    sitting: SittingEntity,
    key: SheetKey,
    roster: RosterRow[],
  ): Promise<void> {
    const entries = await this.repo.entriesOfSheet(key, em);
    if (entries.length < 2 || entries.some((e) => e.status !== 'submitted')) return;
    const marks = await this.repo.marksOf(
      entries.map((e) => e.id),
      em,
    );
    const of = (entryId: string) =>
      new Map<string, Mark>(
        marks
          .filter((m) => m.entryId === entryId)
          .map((m) => [m.registrationId, markFromColumns(m)!]),
      );
    const [first, second] = entries.sort((a, b) => a.slot - b.slot);
    const cmp = compareEntries(
      roster.map((r) => r.registrationId),
      of(first.id),
      of(second.id),
    );
    const now = this.clock.now();
    const base = {
      sessionId: sitting.sessionId,
      ...key,
      component: sitting.component,
      version: 0,
      createdAt: now,
      note: null,
    };
    const rows: ScoreResultEntity[] = [
      ...cmp.agreed.map((a) =>
        Object.assign(new ScoreResultEntity(), {
          ...base,
          id: randomUUID(),
          registrationId: a.registrationId,
          status: 'final',
          disputed: false,
          ...markToColumns(a.mark),
          source: 'agreed',
          decidedBy: null,
          decidedAt: now,
        }),
      ),
      ...cmp.disputed.map((d) =>
        Object.assign(new ScoreResultEntity(), {
          ...base,
          id: randomUUID(),
          registrationId: d.registrationId,
          status: 'pending',
          disputed: true,
          ...markToColumns(null),
          source: null,
          decidedBy: null,
          decidedAt: null,
        }),
      ),
    ];
    for (let i = 0; i < rows.length; i += 100)
      await em.insert(ScoreResultEntity, rows.slice(i, i + 100));
    const component = COMPONENT_NAMES[sitting.component];
    await this.audit.recordMany(em, actorOf(p), [
      {
        action: 'score.sheet-compared',
        entityType: 'sitting',
        entityId: key.sittingId,
        after: { examRoom: key.examRoom, agreed: cmp.agreed.length, disputed: cmp.disputed.length },
      },
      ...cmp.agreed.map((a) => ({
        action: 'score.finalized',
        entityType: 'registration',
        entityId: a.registrationId,
        after: { component, mark: describeMark(a.mark), source: '两次录入一致' },
      })),
    ]);
  }
}
