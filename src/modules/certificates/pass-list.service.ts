import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { isCenter } from '../../common/auth/scope';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { download, PDF_TYPE, XLSX_TYPE } from '../../common/http/download';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { DocumentJobs } from '../documents/workers/document-jobs';
import type { PassListPdfGroup, PassListPdfMeta } from '../documents/pdf/pass-list.pdf';
import { passListTitle } from '../documents/pdf/pass-list.pdf';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { CandidateResultsService } from '../results/candidate-results.service';
import { ISSUER } from './domain/issuer';
import { maskIdNumber, passList, type PassListPerson } from './domain/pass-list';
import { CertificatesRepository } from './certificates.repository';
import { passListNotPublished } from './certificates.errors';
import type { PassListQueryDto } from './dto/certificates.dto';

/**
 * 《…合格人员名单》 (三: 由市人力资源社会保障局印发), in an internal edition (full ID numbers
 * and certificate numbers, for the center and each department's own people) and a public
 * one (ID numbers masked, nothing else a public list does not need), each as xlsx and PDF.
 * Once published: the valid certificates (a revoked one leaves the list), also while the
 * results are reopened. Before the first publishing the center may look at a preview computed
 * from the results.
 */
@Injectable()
export class PassListService {
  constructor(
    private readonly repo: CertificatesRepository,
    private readonly sessions: ExamSessionsService,
    private readonly standings: CandidateResultsService,
    private readonly jobs: DocumentJobs,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async download(p: Principal, q: PassListQueryDto, format: 'xlsx' | 'pdf') {
    const session = await this.sessions.resolve(q.examYear);
    const publication = await this.repo.publication(session.id);
    // Published at least once: the list is what was published (the valid certificates), also
    // while the administrator has the results reopened; before that only a center preview.
    const published = publication !== null;
    if (!published && !isCenter(p.scope)) throw passListNotPublished();
    const edition = !published ? 'preview' : (q.edition ?? 'internal');
    const people = published ? await this.certified(p, session.id) : await this.passing(session.id);
    const groups: PassListPdfGroup[] = passList(people).map((g) => ({
      departmentName: g.departmentName,
      rows: g.rows.map((r) => ({
        seq: r.seq,
        name: r.name,
        gender: r.gender,
        idNumber: edition === 'public' ? maskIdNumber(r.idNumber) : r.idNumber,
        unitName: r.unitName,
        occupation: r.occupation,
        levelName: r.levelName,
        routeName: r.routeName,
        number: r.number,
      })),
    }));
    const meta: PassListPdfMeta = {
      examYear: session.year,
      edition,
      issuer: ISSUER,
      date: publication?.issueDate ?? chinaDateOf(this.clock.now()),
    };
    const body =
      format === 'pdf'
        ? await this.jobs.passListPdf(groups, meta)
        : await this.jobs.passListXlsx(groups, meta);
    await this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action: 'results.pass-list-downloaded',
        entityType: 'exam-session',
        entityId: session.id,
        after: { edition, format, rows: people.length },
      }),
    );
    const suffix =
      edition === 'public' ? '（公示版）' : edition === 'preview' ? '（预览）' : '（内部版）';
    return download(
      body,
      format === 'pdf' ? PDF_TYPE : XLSX_TYPE,
      `${passListTitle(session.year)}${suffix}.${format}`,
    );
  }

  private async certified(p: Principal, sessionId: string): Promise<PassListPerson[]> {
    const certs = await this.repo.all(p.scope, { sessionId, status: 'valid' });
    return certs.map((c) => ({
      departmentName: c.departmentName,
      unitName: c.unitName,
      occupation: c.occupation,
      level: c.level,
      name: c.name,
      gender: c.gender,
      idNumber: c.idNumber,
      mode: c.mode,
      number: c.number,
    }));
  }

  private async passing(sessionId: string): Promise<PassListPerson[]> {
    return (await this.standings.standings(sessionId))
      .filter((s) => s.result.outcome === 'passed')
      .map(({ registration: r }) => ({
        departmentName: r.department?.name ?? '',
        unitName: r.unit?.name ?? '',
        occupation: r.targetOccupation,
        level: r.targetLevel,
        name: r.name,
        gender: r.gender,
        idNumber: r.idNumber,
        mode: r.mode,
        number: null,
      }));
  }
}
