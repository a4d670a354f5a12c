import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../../common/errors/domain-error';
import { resultsFrozen } from '../domain/publication';
import { ResultPublicationEntity } from '../entities/result-publication.entity';

export const resultsPublished = () =>
  new DomainError(
    'conflict',
    'RESULTS_PUBLISHED',
    '本年度考核结果已发布，成绩、评审、认定和报考资格均已冻结；如需更改，请由管理员填写原因重新开放结果',
  );

/**
 * Published results are frozen (issue: "After it, results are frozen"): whatever a result
 * depends on (marks and their locks, 综合评审 and 免考复核认定 decisions, cancellation)
 * asks here, inside its own write transaction, before it changes anything.
 */
@Injectable()
export class ResultsFreeze {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertOpen(em: EntityManager, sessionId: string): Promise<void> {
    const row = await em
      .getRepository(ResultPublicationEntity)
      .findOne({ where: { sessionId }, select: { sessionId: true, state: true } });
    if (resultsFrozen(row?.state)) throw resultsPublished();
  }

  /** The same for each session a list of registrations belongs to (a bulk step). */
  async assertOpenAll(em: EntityManager, regs: Iterable<{ sessionId: string }>): Promise<void> {
    for (const sessionId of new Set([...regs].map((r) => r.sessionId)))
      await this.assertOpen(em, sessionId);
  }

  /** Sessions among `sessionIds` whose results are published. */
  async frozenOf(em: EntityManager | undefined, sessionIds: string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await (em ?? this.dataSource.manager)
      .getRepository(ResultPublicationEntity)
      .createQueryBuilder('p')
      .select(['p.sessionId', 'p.state'])
      .where('p.sessionId IN (:...ids)', { ids: [...new Set(sessionIds)] })
      .getMany();
    return new Set(rows.filter((r) => resultsFrozen(r.state)).map((r) => r.sessionId));
  }
}

@Module({ providers: [ResultsFreeze], exports: [ResultsFreeze] })
export class ResultsFreezeModule {}
