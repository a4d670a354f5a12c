import { Injectable, StreamableFile } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { download, XLSX_TYPE } from '../../common/http/download';
import { CatalogService } from '../catalog/catalog.service';
import { writeStatisticsWorkbook } from '../documents/excel/statistics.xlsx';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { CandidateResultsService } from '../results/candidate-results.service';
import { FIGURE_NAMES, sessionStatistics, type StatisticsRow } from './domain/session-statistics';
import type { StatisticsQueryDto, StatisticsResponse } from './dto/statistics.dto';
import { StatisticsRepository } from './statistics.repository';

/**
 * A session's statistics within the caller's scope: the center sees every department (or one
 * it names), a department its own people, a unit its own. Outcomes come from the results
 * module's pass-rule standing of each filed candidate.
 */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly repo: StatisticsRepository,
    private readonly sessions: ExamSessionsService,
    private readonly catalog: CatalogService,
    private readonly organizations: OrganizationsService,
    private readonly results: CandidateResultsService,
  ) {}

  async statistics(p: Principal, q: StatisticsQueryDto): Promise<StatisticsResponse> {
    const session = await this.sessions.resolve(q.examYear);
    const scopeName = await this.scopeNameOf(p, q.departmentId);
    const regs = await this.repo.registrations(p.scope, session.id, q.departmentId);
    const filed = regs.filter((r) => r.status === 'accepted');
    const [standings, categories] = await Promise.all([
      this.results.standingsOf(session.id, filed),
      this.catalog.paperCategories(session.year),
    ]);
    const rows: StatisticsRow[] = regs.map((r) => {
      const s = standings.get(r.id);
      return {
        status: r.status,
        mode: r.mode,
        level: r.targetLevel,
        paperCategory: r.paperCategory,
        departmentId: r.departmentId,
        departmentName: r.departmentName,
        route: r.route,
        standing: s ? { marks: s.facts.marks, outcome: s.result.outcome } : null,
      };
    });
    const table = sessionStatistics(rows, {
      paperCategories: categories.map((c) => c.name),
      levels: session.levels,
    });
    const labels = Object.entries(FIGURE_NAMES).map(([key, label]) => ({ key, label }));
    return { examYear: session.year, scopeName, labels, ...table };
  }

  async workbook(p: Principal, q: StatisticsQueryDto): Promise<StreamableFile> {
    const s = await this.statistics(p, q);
    const buffer = await writeStatisticsWorkbook(s, s);
    return download(buffer, XLSX_TYPE, `${s.examYear}年度考核统计-${s.scopeName}.xlsx`);
  }

  /** What the figures cover; a department filter outside the scope answers 404. */
  private async scopeNameOf(p: Principal, departmentId?: string): Promise<string> {
    if (departmentId)
      return (await this.organizations.requireDepartment(p.scope, departmentId)).name;
    switch (p.scope.kind) {
      case 'department':
        return (await this.organizations.requireDepartment(p.scope, p.scope.departmentId)).name;
      case 'unit':
        return (await this.organizations.requireUnit(p.scope, p.scope.unitId)).name;
      default:
        return '全市';
    }
  }
}
