import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Scope } from '../../common/auth/scope';
import { download, PDF_TYPE, XLSX_TYPE } from '../../common/http/download';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { SUMMARY_TITLE } from '../documents/excel/summary-columns';
import { writeSummaryTemplate } from '../documents/excel/summary-template';
import { writeSummaryWorkbook } from '../documents/excel/summary-workbook';
import { renderPdf } from '../documents/pdf/pdf-renderer';
import { buildPublicityListDoc } from '../documents/pdf/publicity-list.pdf';
import { buildSummaryTableDoc } from '../documents/pdf/summary-table.pdf';
import { LEVEL_NAMES, LEVELS } from '../exam-sessions/domain/session-rules';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { DepartmentEntity } from '../organizations/entities/department.entity';
import { UnitEntity } from '../organizations/entities/unit.entity';
import { EDUCATIONS } from './domain/education';
import { maskIdNumber } from './domain/id-card';
import type { Status } from './domain/registration-status';
import { ROUTE_NAMES } from './domain/route-names';
import { orderForSummary } from './domain/summary-order';
import type { SummaryMeta, SummaryRow } from './domain/summary-row';
import type { SummaryExportQueryDto } from './dto/import.dto';
import type { RegistrationEntity } from './entities/registration.entity';
import { PublicitiesService } from './publicities.service';
import { PublicityRepository } from './publicity.repository';
import { RegistrationsRepository } from './registrations.repository';

/** 附件2 lists every registration still in the process, not withdrawn ones or cancelled ones. */
const LISTED: Status[] = [
  'registered',
  'unit-approved',
  'in-publicity',
  'submitted',
  'department-approved',
  'department-submitted',
  'accepted',
];

/** 附件2 as Excel and PDF, the blank import template, the publicity list. */
@Injectable()
export class RegistrationDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: RegistrationsRepository,
    private readonly publicityRepo: PublicityRepository,
    private readonly publicities: PublicitiesService,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async summary(
    p: Principal,
    q: SummaryExportQueryDto,
    format: 'xlsx' | 'pdf',
  ): Promise<StreamableFile> {
    const session = await this.sessions.resolve(q.examYear);
    const rows = await this.repo.summaryRows(p.scope, {
      sessionId: session.id,
      statuses: LISTED,
      unitId: q.unitId,
      departmentId: q.departmentId,
    });
    const meta = await this.metaOf(p.scope, rows, q);
    const summaryRows = orderForSummary(rows).map(toSummaryRow);
    await this.recordExport(p, `summary.${format}`, rows.length, session.year);
    const name = `${session.year}年度申报汇总表-${meta.unitName ?? meta.departmentName}.${format}`;
    return format === 'xlsx'
      ? download(await writeSummaryWorkbook(summaryRows, meta), XLSX_TYPE, name)
      : download(await renderPdf(buildSummaryTableDoc(summaryRows, meta)), PDF_TYPE, name);
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

  /** The publicity list with ID numbers masked (security-checklist #38). */
  async publicityList(p: Principal, id: string): Promise<StreamableFile> {
    const pub = await this.publicities.require(p, id);
    const session = await this.sessions.byId(pub.sessionId);
    const rows = await this.publicityRepo.registrationsOf(pub.id);
    const [unit, dept] = await Promise.all([
      this.dataSource.manager.findOneByOrFail(UnitEntity, { id: pub.unitId }),
      this.dataSource.manager.findOneByOrFail(DepartmentEntity, { id: pub.departmentId }),
    ]);
    const doc = buildPublicityListDoc(
      rows.map((r, i) => ({
        seq: i + 1,
        name: r.name,
        gender: r.gender,
        maskedIdNumber: maskIdNumber(r.idNumber),
        unitName: unit.name,
        targetOccupation: r.targetOccupation,
        targetLevel: LEVEL_NAMES[r.targetLevel],
        route: ROUTE_NAMES[r.route],
      })),
      {
        sessionTitle: `${session.year}年度`,
        unitName: unit.name,
        departmentName: dept.name,
        startDate: pub.startDate,
        endDate: pub.endDate,
        workingDays: pub.workingDays,
      },
    );
    return download(await renderPdf(doc), PDF_TYPE, `公示名单-${unit.name}-${pub.startDate}.pdf`);
  }

  private async metaOf(
    scope: Scope,
    rows: RegistrationEntity[],
    q: SummaryExportQueryDto,
  ): Promise<SummaryMeta> {
    const m = this.dataSource.manager;
    const unitId = scope.kind === 'unit' ? scope.unitId : q.unitId;
    const departmentId =
      scope.kind === 'unit' || scope.kind === 'department'
        ? scope.departmentId
        : (q.departmentId ?? rows[0]?.departmentId);
    const [unit, depts] = await Promise.all([
      unitId ? m.findOneBy(UnitEntity, { id: unitId }) : null,
      m.findBy(DepartmentEntity, {
        id: In([
          ...new Set(
            [departmentId, ...rows.map((r) => r.departmentId)].filter((x): x is string => !!x),
          ),
        ]),
      }),
    ]);
    const deptName = depts.length === 1 ? depts[0].name : depts.length ? '（多个主管部门）' : '';
    return {
      title: SUMMARY_TITLE,
      departmentName: deptName,
      unitName: unit?.name,
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
  };
}
