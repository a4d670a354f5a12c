import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { download, PDF_TYPE, XLSX_TYPE } from '../../common/http/download';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { SUMMARY_TITLE } from '../documents/excel/summary-columns';
import { writeSummaryTemplate } from '../documents/excel/summary-template';
import { writeSummaryWorkbook } from '../documents/excel/summary-workbook';
import { buildPublicityListDoc } from '../documents/pdf/publicity-list.pdf';
import { DocumentJobs } from '../documents/workers/document-jobs';
import { exportTooLarge, MAX_PDF_ROWS } from '../documents/workers/worker-errors';
import { LEVEL_NAMES, LEVELS } from '../exam-sessions/domain/session-rules';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { DepartmentEntity } from '../organizations/entities/department.entity';
import { UnitEntity } from '../organizations/entities/unit.entity';
import { EDUCATIONS } from './domain/education';
import { publishedRows, type PublicitySnapshot } from './domain/publicity-snapshot';
import { ROUTE_NAMES } from './domain/route-names';
import { summaryListing } from './domain/summary-listing';
import { orderForSummary } from './domain/summary-order';
import type { SummaryMeta, SummaryRow } from './domain/summary-row';
import type { SummaryExportQueryDto } from './dto/import.dto';
import type { PublicityEntity } from './entities/publicity.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import { PublicitiesService } from './publicities.service';
import { PublicityRepository } from './publicity.repository';
import { RegistrationsRepository } from './registrations.repository';
import { SummaryTargets, type SummaryTarget } from './summary-targets';

/** 附件2 as Excel and PDF, the blank import template, the publicity list. */
@Injectable()
export class RegistrationDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: RegistrationsRepository,
    private readonly publicityRepo: PublicityRepository,
    private readonly publicities: PublicitiesService,
    private readonly sessions: ExamSessionsService,
    private readonly targets: SummaryTargets,
    private readonly jobs: DocumentJobs,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The caller's level's 附件2 (domain/summary-listing.ts), narrowed to a unit, department or batch in scope. */
  async summary(
    p: Principal,
    q: SummaryExportQueryDto,
    format: 'xlsx' | 'pdf',
  ): Promise<StreamableFile> {
    const session = await this.sessions.resolve(q.examYear);
    const target = await this.targets.resolve(p, q);
    const filter = {
      sessionId: session.id,
      listing: summaryListing(target.level),
      today: chinaDateOf(this.clock.now()),
      unitId: target.unit?.id,
      departmentId: target.department?.id,
      batchId: target.batch?.id,
    };
    // Counted before anything is loaded: a PDF over the cap is refused at once (finding 2).
    const count = format === 'pdf' ? await this.repo.summaryCount(p.scope, filter) : 0;
    if (count > MAX_PDF_ROWS) {
      throw exportTooLarge(count, '请按主管部门或单位（departmentId、unitId）筛选，或导出 Excel');
    }
    const rows = await this.repo.summaryRows(p.scope, filter);
    const meta = await this.metaOf(target, rows, q);
    const summaryRows = orderForSummary(rows).map(toSummaryRow);
    await this.recordExport(p, `summary.${format}`, rows.length, session.year);
    const name = `${session.year}年度申报汇总表-${meta.unitName ?? meta.departmentName}.${format}`;
    return format === 'xlsx'
      ? download(await writeSummaryWorkbook(summaryRows, meta), XLSX_TYPE, name)
      : download(await this.jobs.summaryPdf(summaryRows, meta), PDF_TYPE, name);
  }

  async template(): Promise<StreamableFile> {
    const buffer = await writeSummaryTemplate(
      { title: SUMMARY_TITLE },
      {
        levels: LEVELS.map((l) => LEVEL_NAMES[l]),
        routes: Object.values(ROUTE_NAMES),
        educations: [...EDUCATIONS],
      },
    );
    return download(buffer, XLSX_TYPE, '申报汇总表导入模板.xlsx');
  }

  /**
   * The publicity list as published (三(二)2): rendered from the rows frozen when the
   * publicity began, ID numbers masked (security-checklist #38).
   */
  async publicityList(p: Principal, id: string): Promise<StreamableFile> {
    const { rows, meta } = await this.publicityListInput(p, id);
    if (rows.length > MAX_PDF_ROWS) throw exportTooLarge(rows.length, '请分批公示');
    const name = `公示名单-${meta.unitName}-${meta.startDate}.pdf`;
    return download(await this.jobs.publicityPdf(rows, meta), PDF_TYPE, name);
  }

  /** The document definition of the publicity list (rendered in a worker from the same input). */
  async publicityListDoc(p: Principal, id: string) {
    const { rows, meta } = await this.publicityListInput(p, id);
    return { doc: buildPublicityListDoc(rows, meta), unitName: meta.unitName };
  }

  /** The rows and heading of the publicity list, from the snapshot frozen when it began. */
  private async publicityListInput(p: Principal, id: string) {
    const pub = await this.publicities.require(p, id);
    const session = await this.sessions.byId(pub.sessionId);
    const snap = pub.snapshot ?? (await this.reconstructed(pub));
    const rows = snap.rows.map((r, i) => ({ ...r, seq: i + 1, unitName: snap.unitName }));
    const meta = {
      sessionTitle: `${session.year}年度`,
      unitName: snap.unitName,
      departmentName: snap.departmentName,
      startDate: pub.startDate,
      endDate: pub.endDate,
      workingDays: pub.workingDays,
      contactPerson: snap.contactPerson,
      contactPhone: snap.contactPhone,
    };
    return { rows, meta };
  }

  /** A publicity started before lists were frozen: its people, objected ones included, as they are now. */
  private async reconstructed(pub: PublicityEntity): Promise<PublicitySnapshot> {
    const [rows, unit, dept] = await Promise.all([
      this.publicityRepo.publishedBefore(pub.id),
      this.dataSource.manager.findOneByOrFail(UnitEntity, { id: pub.unitId }),
      this.dataSource.manager.findOneByOrFail(DepartmentEntity, { id: pub.departmentId }),
    ]);
    return {
      unitName: unit.name,
      departmentName: dept.name,
      contactPerson: null,
      contactPhone: null,
      rows: publishedRows(rows),
    };
  }

  /** 主管部门 and 单位 as resolved in scope; with no department filter the center's rows name it. */
  private async metaOf(
    target: SummaryTarget,
    rows: RegistrationEntity[],
    q: SummaryExportQueryDto,
  ): Promise<SummaryMeta> {
    let departmentName = target.department?.name;
    if (departmentName === undefined) {
      const ids = [...new Set(rows.map((r) => r.departmentId))];
      const depts = ids.length
        ? await this.dataSource.manager.findBy(DepartmentEntity, { id: In(ids) })
        : [];
      departmentName = depts.length === 1 ? depts[0].name : depts.length ? '（多个主管部门）' : '';
    }
    return {
      title: SUMMARY_TITLE,
      departmentName,
      unitName: target.unit?.name,
      filler: q.filler,
      phone: q.phone,
    };
  }

  /** Exports carry full ID numbers (the form requires them): who took how many is audited. */
  private async recordExport(
    p: Principal,
    what: string,
    count: number,
    year: number,
  ): Promise<void> {
    await this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action: 'registration.export',
        entityType: 'registration-summary',
        after: { what, count, year },
      }),
    );
  }
}

function toSummaryRow(r: RegistrationEntity, i: number): SummaryRow {
  return {
    seq: i + 1,
    name: r.name,
    gender: r.gender,
    birthMonth: r.birthMonth,
    idNumber: r.idNumber,
    education: r.education,
    workStartDate: r.workStartDate,
    currentOccupation: r.currentOccupation,
    currentLevel: r.currentLevel ? LEVEL_NAMES[r.currentLevel] : null,
    currentCertDate: r.currentCertDate,
    targetOccupation: r.targetOccupation,
    targetLevel: LEVEL_NAMES[r.targetLevel],
    exemptReview: r.mode === 'exempt-review',
  };
}
