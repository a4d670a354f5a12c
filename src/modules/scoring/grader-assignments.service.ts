import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { pageOf, type Page, type PageQuery } from '../../common/http/page.dto';
import { isUniqueViolation } from '../../database/db-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { examRoomLabel } from '../scheduling/domain/exam-rooms';
import type { AssignGraderDto, SheetQueryDto } from './dto/scoring.dto';
import type { GraderAssignmentResponse, GraderResponse } from './dto/scoring-responses.dto';
import { GraderAssignmentEntity } from './entities/grader-assignment.entity';
import { ScoringRepository } from './scoring.repository';
import {
  alreadyAssigned,
  assignmentNotFound,
  examRoomNotInSitting,
  graderNotFound,
  sittingNotFound,
} from './scoring.errors';

/** The center assigns graders to sittings, or to single exam rooms of a sitting. */
@Injectable()
export class GraderAssignmentsService {
  constructor(
    private readonly repo: ScoringRepository,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async graders(q: PageQuery): Promise<Page<GraderResponse>> {
    const all = (await this.repo.graders()).map((g) => ({
      id: g.id,
      username: g.username,
      displayName: g.displayName,
    }));
    return pageOf(all, q);
  }

  async list(q: SheetQueryDto): Promise<Page<GraderAssignmentResponse>> {
    return pageOf(await this.all(q), q);
  }

  private async all(
    q: Omit<SheetQueryDto, 'page' | 'pageSize'>,
  ): Promise<GraderAssignmentResponse[]> {
    const session = await this.sessions.resolve(q.examYear);
    const sittings = (await this.repo.sittingsOf(session.id)).filter(
      (s) => !q.sittingId || s.id === q.sittingId,
    );
    const rows = await this.repo.assignmentsOfSittings(sittings.map((s) => s.id));
    const graders = new Map(
      (await this.repo.accounts([...new Set(rows.map((r) => r.graderId))])).map((a) => [a.id, a]),
    );
    return rows
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((r) => ({
        id: r.id,
        sittingId: r.sittingId,
        examRoom: r.examRoom,
        examRoomLabel: r.examRoom === 0 ? '全部考场' : examRoomLabel(r.examRoom),
        graderId: r.graderId,
        graderUsername: graders.get(r.graderId)?.username ?? '',
        graderName: graders.get(r.graderId)?.displayName ?? '',
        createdAt: r.createdAt.toISOString(),
      }));
  }

  async assign(p: Principal, dto: AssignGraderDto): Promise<GraderAssignmentResponse> {
    const examRoom = dto.examRoom ?? 0;
    const id = randomUUID();
    const sitting = await this.uow
      .run(async (em) => {
        const sitting = await this.repo.sitting(dto.sittingId, em);
        if (!sitting) throw sittingNotFound();
        const [grader] = await this.repo.accounts([dto.graderId]);
        if (!grader || grader.role !== 'grader' || !grader.active) throw graderNotFound();
        if (examRoom && !(await this.repo.sheetExists({ sittingId: sitting.id, examRoom }))) {
          throw examRoomNotInSitting(examRoomLabel(examRoom));
        }
        await em.insert(GraderAssignmentEntity, {
          id,
          sessionId: sitting.sessionId,
          sittingId: sitting.id,
          examRoom,
          graderId: grader.id,
          createdBy: p.username,
          createdAt: this.clock.now(),
        });
        await this.audit.record(em, actorOf(p), {
          action: 'score.grader-assigned',
          entityType: 'sitting',
          entityId: sitting.id,
          after: { grader: grader.username, examRoom },
        });
        return sitting;
      })
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? alreadyAssigned() : e;
      });
    const session = await this.sessions.byId(sitting.sessionId);
    return (await this.all({ examYear: session.year, sittingId: sitting.id })).find(
      (a) => a.id === id,
    )!;
  }

  /** Entries a grader already keyed stay theirs; they only stop seeing new sheets. */
  async unassign(p: Principal, id: string): Promise<void> {
    await this.uow.run(async (em) => {
      const a = await this.repo.assignment(id, em);
      if (!a) throw assignmentNotFound();
      await em.delete(GraderAssignmentEntity, { id });
      await this.audit.record(em, actorOf(p), {
        action: 'score.grader-unassigned',
        entityType: 'sitting',
        entityId: a.sittingId,
        before: { graderId: a.graderId, examRoom: a.examRoom },
      });
    });
  }
}
