import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { BatchRepository } from './batch.repository';
import { STATUS_NAMES } from './domain/registration-status';
import { countsOfEveryStatus, publicityProgress } from './domain/waiting-counts';
import type { RegistrationCountsResponse } from './dto/registration-counts.dto';
import { RegistrationsRepository } from './registrations.repository';

/** The dashboard's "what is waiting for me": counts within the caller's scope, in one call. */
@Injectable()
export class RegistrationCountsService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly batches: BatchRepository,
    private readonly sessions: ExamSessionsService,
    private readonly clock: Clock,
  ) {}

  async counts(p: Principal, examYear?: number): Promise<RegistrationCountsResponse> {
    const session = await this.sessions.resolve(examYear);
    const today = chinaDateOf(this.clock.now());
    const [rows, groups, batchesWaiting] = await Promise.all([
      this.repo.countByStatus(p.scope, session.id),
      this.repo.inPublicityByPublicity(p.scope, session.id),
      // A batch is between a department and the center: a unit has none to wait for.
      p.scope.kind === 'unit'
        ? Promise.resolve(null)
        : this.batches.countInStatus(p.scope, session.id, 'submitted'),
    ]);
    const byStatus = countsOfEveryStatus(rows).map((c) => ({
      ...c,
      statusName: STATUS_NAMES[c.status],
    }));
    const publicity = publicityProgress(groups, today);
    return {
      examYear: session.year,
      total: byStatus.reduce((sum, c) => sum + c.count, 0),
      byStatus,
      publicityEnded: publicity.ended,
      publicitiesRunning: publicity.running,
      nextPublicityEndDate: publicity.nextEndDate,
      batchesWaiting,
    };
  }
}
