import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ZipFile } from 'yazl';
import type { Principal } from '../../common/auth/principal';
import { chunks, mapConcurrent } from '../../common/async/map-concurrent';
import { scopeCondition } from '../../common/auth/scope';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { download, PDF_TYPE, streamDownload } from '../../common/http/download';
import { SettingsService } from '../../database/settings.service';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { DocumentJobs } from '../documents/workers/document-jobs';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { OrganizationsService } from '../organizations/organizations.service';
import { RegistrationEntity } from '../registrations/entities/registration.entity';
import { STATUS_NAMES } from '../registrations/domain/registration-status';
import { sortByZh } from '../../common/text/collation';
import { UnitEntity } from '../organizations/entities/unit.entity';
import { examRoomLabel } from './domain/exam-rooms';
import { effectivePrintDates, printWindow } from './domain/print-window';
import { verifyTicketPayload } from './domain/ticket-number';
import type {
  PrintExtensionDto,
  PrintWindowResponse,
  TicketDownloadQueryDto,
  TicketVerifyResponse,
} from './dto/scheduling.dto';
import { ScheduleStateEntity } from './entities/schedule-state.entity';
import { TicketPrintExtensionEntity } from './entities/ticket-print-extension.entity';
import { TicketEntity } from './entities/ticket.entity';
import { SITS_EXAM } from './allocation.service';
import { ticketSecret, TicketViews } from './ticket-views';

/**
 * pdfmake holds every page until the end (~0.5 MB each): render in batches and join them. 50, not
 * 100: two batches now render at once, and a worker's heap grows with the batch (peak RSS of a
 * 1,000-page download 500 → 410 MB, with no measurable cost in time; BENCHMARKS.md).
 */
const PAGES_PER_BATCH = 50;
/** One merged PDF is held in memory while joined; bigger downloads go by unit or as a zip. */
const MAX_PDF_PAGES = 1000;
/**
 * Batches of one download rendered at the same time: one per document worker thread, so a
 * download uses both cores, and takes no more than two places in the pool's bounded queue.
 */
const BATCHES_IN_PARALLEL = 2;
const CENTER = { kind: 'center' } as const;

@Injectable()
export class TicketsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: ExamSessionsService,
    private readonly organizations: OrganizationsService,
    private readonly views: TicketViews,
    private readonly jobs: DocumentJobs,
    private readonly settings: SettingsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A department's (or unit's) tickets, one page each, in the printing window of 四. */
  async download(
    p: Principal,
    q: TicketDownloadQueryDto,
    format: 'pdf' | 'zip',
  ): Promise<StreamableFile> {
    const session = await this.sessions.resolve(q.examYear);
    await this.assertPrintable(p, session);
    const regs = await this.candidates(p, session, q.unitId);
    if (!regs.length) throw new DomainError('not-found', 'NO_TICKETS', '没有可打印的准考证');
    if (format === 'pdf' && regs.length > MAX_PDF_PAGES) {
      throw new DomainError(
        'unprocessable',
        'TOO_MANY_PAGES',
        `共 ${regs.length} 张准考证，超过单个 PDF 上限 ${MAX_PDF_PAGES} 页；请按单位（unitId）下载，或下载压缩包`,
      );
    }
    await this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action: 'tickets.download',
        entityType: 'exam-session',
        entityId: session.id,
        after: { format, count: regs.length, unitId: q.unitId ?? null },
      }),
    );
    const name = `${session.year}年度准考证-${regs.length}人.${format}`;
    if (format === 'pdf') return download(await this.onePdf(session, regs), PDF_TYPE, name);
    return streamDownload(this.zip(session, regs), 'application/zip', name);
  }

  /** The caller's printing days: its department's extension counted (the center: the session's). */
  async windowFor(p: Principal, examYear?: number): Promise<PrintWindowResponse> {
    const session = await this.sessions.resolve(examYear);
    const departmentId =
      p.scope.kind === 'department' || p.scope.kind === 'unit' ? p.scope.departmentId : null;
    const ext = departmentId
      ? await this.dataSource.manager.findOne(TicketPrintExtensionEntity, {
          where: { sessionId: session.id, departmentId },
        })
      : null;
    const own = { start: session.ticketPrintStart, end: session.ticketPrintEnd };
    const extension = ext ? { start: ext.startDate, end: ext.endDate } : null;
    const { start, end } = effectivePrintDates(own, extension);
    const w = printWindow(this.clock.now(), own, extension);
    return {
      examYear: session.year,
      start,
      end,
      extended: start !== own.start || end !== own.end,
      open: w.open,
      message: w.message,
    };
  }

  private async assertPrintable(p: Principal, session: ExamSessionEntity): Promise<void> {
    const state = await this.dataSource.manager.findOne(ScheduleStateEntity, {
      where: { sessionId: session.id },
    });
    if (!state?.published)
      throw new DomainError('conflict', 'TICKETS_NOT_PUBLISHED', '准考证尚未发布');
    if (p.scope.kind !== 'department' && p.scope.kind !== 'unit') return;
    const ext = await this.dataSource.manager.findOne(TicketPrintExtensionEntity, {
      where: { sessionId: session.id, departmentId: p.scope.departmentId },
    });
    const w = printWindow(
      this.clock.now(),
      { start: session.ticketPrintStart, end: session.ticketPrintEnd },
      ext ? { start: ext.startDate, end: ext.endDate } : null,
    );
    if (!w.open)
      throw new DomainError(
        'forbidden',
        'PRINT_WINDOW_CLOSED',
        `不在准考证打印时间内：${w.message}`,
      );
  }

  /** In print order: by unit name in Chinese (pinyin) collation, then ticket number. */
  private async candidates(
    p: Principal,
    session: ExamSessionEntity,
    unitId?: string,
  ): Promise<RegistrationEntity[]> {
    const s = scopeCondition(p.scope, 'r', { departmentId: 'departmentId', unitId: 'unitId' });
    const qb = this.dataSource
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .innerJoin(TicketEntity, 't', 't.registration_id = r.id')
      .where(s.sql, s.params)
      .andWhere('r.sessionId = :sid AND r.status = :status AND r.mode = :mode', {
        sid: session.id,
        ...SITS_EXAM,
      });
    if (unitId) qb.andWhere('r.unitId = :unitId', { unitId });
    const rows = await qb
      .innerJoin(UnitEntity, 'u', 'u.id = r.unitId')
      .addSelect(['u.name AS unit_name', 't.ticket_number AS ticket_number'])
      .getRawAndEntities<{ r_id: string; unit_name: string; ticket_number: string }>();
    const keyOf = new Map(rows.raw.map((x) => [x.r_id, [x.unit_name, x.ticket_number]]));
    return sortByZh(
      rows.entities,
      (r) => keyOf.get(r.id)![0],
      (r) => keyOf.get(r.id)![1],
    );
  }

  /**
   * Batches rendered in the document workers, two at a time, then joined there too, in print
   * order: the event loop stays free.
   */
  private async onePdf(session: ExamSessionEntity, regs: RegistrationEntity[]): Promise<Buffer> {
    const parts = await mapConcurrent(
      chunks(regs, PAGES_PER_BATCH),
      BATCHES_IN_PARALLEL,
      async (batch) => this.jobs.ticketsPdf(await this.views.build(session, batch)),
    );
    return parts.length === 1 ? parts[0] : this.jobs.mergePdfs(parts, `${session.title} 准考证`);
  }

  /**
   * Single-ticket PDFs streamed into a zip as they are rendered, two batches at a time and added
   * in print order: memory stays at two batches.
   */
  private zip(session: ExamSessionEntity, regs: RegistrationEntity[]): NodeJS.ReadableStream {
    const zip = new ZipFile();
    const render = async (batch: RegistrationEntity[]) => {
      const views = await this.views.build(session, batch);
      return { views, pdfs: await this.jobs.ticketPdfs(views) };
    };
    void (async () => {
      try {
        const batches = chunks(regs, PAGES_PER_BATCH);
        for (let i = 0; i < batches.length; i += BATCHES_IN_PARALLEL) {
          const window = batches.slice(i, i + BATCHES_IN_PARALLEL);
          for (const { views, pdfs } of await mapConcurrent(window, window.length, render)) {
            // Stored: the PDFs are compressed already.
            views.forEach((t, k) =>
              zip.addBuffer(pdfs[k], `${t.ticketNumber}-${t.name}.pdf`, { compress: false }),
            );
          }
        }
        zip.end();
      } catch (e) {
        (zip.outputStream as NodeJS.ReadableStream & { destroy(e: Error): void }).destroy(
          e as Error,
        );
      }
    })();
    return zip.outputStream;
  }

  /** For door staff: a genuine ticket's number, masked name, category and sittings. */
  async verify(code: string): Promise<TicketVerifyResponse> {
    const number = verifyTicketPayload(code, await ticketSecret(this.settings));
    const ticket = number
      ? await this.dataSource.manager.findOne(TicketEntity, { where: { ticketNumber: number } })
      : null;
    if (!number || !ticket) return { valid: false };
    const r = await this.dataSource.manager.findOneByOrFail(RegistrationEntity, {
      id: ticket.registrationId,
    });
    const name = `${r.name.slice(0, 1)}${'*'.repeat(Math.max(r.name.length - 1, 1))}`;
    const status = STATUS_NAMES[r.status];
    if (r.status !== 'accepted') {
      // 四(三) 取消其报考资格: a genuine ticket of a cancelled candidate is void; no seat is shown.
      return {
        valid: false,
        void: true,
        ticketNumber: number,
        name,
        paperCategory: r.paperCategory,
        status,
        message: `准考证已作废：${status}，不得参加考核`,
        sittings: [],
      };
    }
    const [view] = await this.views.build(await this.sessions.byId(r.sessionId), [r]);
    return {
      valid: true,
      void: false,
      ticketNumber: number,
      name,
      paperCategory: r.paperCategory,
      status,
      message: '准考证有效',
      sittings: view.sittings.map(
        (s) =>
          `${s.componentName} ${s.date} ${s.startTime}—${s.endTime} ${s.venueName} ${examRoomLabel(s.examRoom)}（${s.roomName}） ${s.seat}号`,
      ),
    };
  }

  async extend(p: Principal, departmentId: string, dto: PrintExtensionDto) {
    if (dto.endDate < dto.startDate) {
      throw new DomainError('validation', 'VALIDATION_FAILED', '结束日期不能早于开始日期', [
        { field: 'endDate', code: 'DATE_ORDER', message: 'endDate：不能早于 startDate' },
      ]);
    }
    return this.uow.run(async (em) => {
      const session = await this.sessions.resolve(dto.examYear, em);
      const dept = await this.organizations.requireDepartment(CENTER, departmentId, em);
      const repo = em.getRepository(TicketPrintExtensionEntity);
      const before = await repo.findOne({ where: { sessionId: session.id, departmentId } });
      await repo.upsert(
        {
          id: before?.id ?? randomUUID(),
          sessionId: session.id,
          departmentId,
          startDate: dto.startDate,
          endDate: dto.endDate,
          reason: dto.reason,
          createdBy: p.username,
          createdAt: this.clock.now(),
        },
        ['sessionId', 'departmentId'],
      );
      await this.audit.record(em, actorOf(p), {
        action: 'tickets.print-window',
        entityType: 'department',
        entityId: departmentId,
        before: before ? { startDate: before.startDate, endDate: before.endDate } : null,
        after: {
          year: session.year,
          startDate: dto.startDate,
          endDate: dto.endDate,
          reason: dto.reason,
        },
      });
      return {
        departmentId,
        departmentName: dept.name,
        examYear: session.year,
        startDate: dto.startDate,
        endDate: dto.endDate,
        reason: dto.reason,
      };
    });
  }
}
