import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { DomainError } from '../../common/errors/domain-error';
import type { Page } from '../../common/http/page.dto';
import type { ExamYearPageQueryDto } from '../exam-sessions/dto/exam-session.dto';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { OrganizationsService } from '../organizations/organizations.service';
import type { PublicityResponse, StartPublicityDto } from './dto/review.dto';
import type { PublicityEntity } from './entities/publicity.entity';
import { PublicityRepository } from './publicity.repository';
import { ReviewService } from './review.service';

export const publicityNotFound = () =>
  new DomainError('not-found', 'PUBLICITY_NOT_FOUND', '公示不存在或无权访问');

@Injectable()
export class PublicitiesService {
  constructor(
    private readonly repo: PublicityRepository,
    private readonly review: ReviewService,
    private readonly sessions: ExamSessionsService,
    private readonly organizations: OrganizationsService,
    private readonly clock: Clock,
  ) {}

  async start(p: Principal, dto: StartPublicityDto): Promise<PublicityResponse> {
    const { publicity, year } = await this.review.startPublicity(p, dto);
    return (await this.views(p, [publicity], year))[0];
  }

  async list(p: Principal, q: ExamYearPageQueryDto): Promise<Page<PublicityResponse>> {
    const session = await this.sessions.resolve(q.examYear);
    const [rows, total] = await this.repo.list(p.scope, session.id, q);
    const items = await this.views(p, rows, session.year);
    return { items, total, page: q.page, pageSize: q.pageSize };
  }

  async get(p: Principal, id: string): Promise<PublicityResponse> {
    const pub = await this.require(p, id);
    return (await this.views(p, [pub], (await this.sessions.byId(pub.sessionId)).year))[0];
  }

  async require(p: Principal, id: string): Promise<PublicityEntity> {
    const pub = await this.repo.findScoped(p.scope, id);
    if (!pub) throw publicityNotFound();
    return pub;
  }

  private async views(
    p: Principal,
    rows: PublicityEntity[],
    year: number,
  ): Promise<PublicityResponse[]> {
    const ids = rows.map((r) => r.id);
    const [counts, objections] = await Promise.all([
      this.repo.counts(ids),
      this.repo.objectionCounts(ids),
    ]);
    const today = chinaDateOf(this.clock.now());
    const out: PublicityResponse[] = [];
    for (const r of rows) {
      const unit = await this.organizations.getUnit(p.scope, r.unitId);
      out.push({
        id: r.id,
        examYear: year,
        unitId: r.unitId,
        unitName: unit.name,
        startDate: r.startDate,
        endDate: r.endDate,
        workingDays: r.workingDays,
        // As published: an objection sends someone back but does not unpublish them.
        count: r.snapshot ? r.snapshot.rows.length : (counts.get(r.id) ?? 0),
        objectionCount: objections.get(r.id) ?? 0,
        contactPerson: r.snapshot?.contactPerson ?? null,
        contactPhone: r.snapshot?.contactPhone ?? null,
        ended: r.endDate < today,
      });
    }
    return out;
  }
}
