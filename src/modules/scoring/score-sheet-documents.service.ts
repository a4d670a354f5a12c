import { Injectable, StreamableFile } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { DomainError } from '../../common/errors/domain-error';
import { download, PDF_TYPE, XLSX_TYPE } from '../../common/http/download';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import {
  writeDiscrepancyWorkbook,
  type DiscrepancyListRow,
} from '../documents/excel/discrepancy-list.xlsx';
import { DocumentJobs } from '../documents/workers/document-jobs';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { emptyRows } from './domain/compare-entries';
import { sheetMarker, validateImport } from './domain/score-sheet-file';
import type { DiscrepancyQueryDto } from './dto/scoring.dto';
import type { ScoreImportResponse, ScoreSheetResponse } from './dto/scoring-responses.dto';
import { DiscrepanciesService } from './discrepancies.service';
import { ScoreEntriesService } from './score-entries.service';
import { ScoreSheetsService, type SheetHeading } from './score-sheets.service';
import { ScoringRepository, type SheetKey } from './scoring.repository';
import { SheetAccess } from './sheet-access';

/** Score sheets as xlsx (export and import of one entry) and PDF; the discrepancy list. */
@Injectable()
export class ScoreSheetDocumentsService {
  constructor(
    private readonly repo: ScoringRepository,
    private readonly access: SheetAccess,
    private readonly sheets: ScoreSheetsService,
    private readonly entries: ScoreEntriesService,
    private readonly discrepancies: DiscrepanciesService,
    private readonly sessions: ExamSessionsService,
    private readonly jobs: DocumentJobs,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  async exportXlsx(p: Principal, key: SheetKey): Promise<StreamableFile> {
    // The sheet's own rows and heading only: an export reads nothing of the rest of the sitting.
    const open = await this.access.open(p, key);
    const [roster, sheet] = await Promise.all([this.repo.roster(key), this.sheets.heading(open)]);
    const file = await this.jobs.scoreSheetXlsx({
      title: titleOf(sheet),
      lines: await this.linesOf(sheet),
      marker: sheetMarker(key.sittingId, key.examRoom, roster),
      rows: roster,
    });
    await this.record(p, 'score.sheet-exported', key, { format: 'xlsx' });
    return download(file, XLSX_TYPE, `${titleOf(sheet)}-${sheet.label}.xlsx`);
  }

  async pdf(p: Principal, key: SheetKey): Promise<StreamableFile> {
    const sheet = await this.sheets.detail(p, key);
    const sitting = await this.repo.sitting(sheet.sittingId);
    const file = await this.jobs.scoreSheetPdf({
      title: titleOf(sheet),
      lines: await this.linesOf({ ...sheet, sessionId: sitting!.sessionId }),
      rows: sheet.rows.map((r) => ({
        seat: r.seat,
        ticketNumber: r.ticketNumber,
        name: r.name,
        mark: r.final?.text ?? '',
        note: r.disputed ? (r.final ? '双录入差异，已核对' : '双录入差异，待核对') : '',
      })),
    });
    await this.record(p, 'score.sheet-exported', key, { format: 'pdf' });
    return download(file, PDF_TYPE, `${titleOf(sheet)}-${sheet.label}.pdf`);
  }

  /**
   * An imported sheet fills the caller's own draft entry, all rows or none. A mark cell left
   * empty leaves that seat's draft mark as it is (the exported sheet is blank, so importing it
   * over marks keyed on screen must not erase them); clearing a mark is done on screen.
   */
  async importXlsx(
    p: Principal,
    key: SheetKey,
    slot: number,
    file: Buffer,
    dryRun: boolean,
  ): Promise<ScoreImportResponse> {
    // Refused before the file is parsed; checked again in the one write transaction below.
    await this.access.openForEntry(p, key);
    await this.entries.ownEntry(p, key, slot);
    const read = await this.jobs.readScoreSheet(file);
    return this.uow.run(async (em) => {
      await this.access.openForEntry(p, key, em);
      const entry = await this.entries.ownEntry(p, key, slot, em);
      const roster = await this.repo.roster(key, em);
      const { marks, errors } = validateImport(read, { ...key, roster });
      if (errors.length) {
        throw new DomainError(
          'unprocessable',
          'SCORE_IMPORT_INVALID',
          `评分表有 ${errors.length} 处错误，未写入任何成绩：${errors[0].message}`,
          errors,
        );
      }
      const filled = new Map(marks.filter((m) => m.mark).map((m) => [m.registrationId, m.mark!]));
      const empty = emptyRows(roster, filled).length;
      if (dryRun) return { dryRun, rows: read.rows.length, saved: 0, empty, errors: [] };
      const given = marks.filter((m) => m.mark);
      await this.entries.write(em, entry, entry.version, given, 'import');
      await this.audit.record(em, actorOf(p), {
        action: 'score.entry-imported',
        entityType: 'sitting',
        entityId: key.sittingId,
        after: { examRoom: key.examRoom, slot, rows: given.length },
      });
      return { dryRun, rows: read.rows.length, saved: given.length, empty, errors: [] };
    });
  }

  async discrepancyList(p: Principal, q: DiscrepancyQueryDto, format: 'xlsx' | 'pdf') {
    const session = await this.sessions.resolve(q.examYear);
    const items = await this.discrepancies.all(q);
    const rows: DiscrepancyListRow[] = items.map((d) => ({
      sitting: `${d.paperCategory}${d.componentName}`,
      examRoom: d.label,
      seat: d.seat,
      ticketNumber: d.ticketNumber,
      name: d.name,
      first: d.first?.text ?? '未录入',
      second: d.second?.text ?? '未录入',
      decided: d.decided?.text ?? '待核对',
      note: d.note ?? '',
      decidedBy: d.decidedBy ?? '',
    }));
    const title = `${session.title} 成绩双录入差异清单`;
    await this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action: 'score.discrepancies-exported',
        entityType: 'exam-session',
        entityId: session.id,
        after: { format, rows: rows.length },
      }),
    );
    const file =
      format === 'xlsx'
        ? await writeDiscrepancyWorkbook(title, rows)
        : await this.jobs.discrepancyPdf(title, rows);
    return download(file, format === 'xlsx' ? XLSX_TYPE : PDF_TYPE, `成绩差异清单.${format}`);
  }

  private async linesOf(sheet: SheetHeading): Promise<string[]> {
    const session = await this.sessions.byId(sheet.sessionId);
    return [
      session.title,
      `${sheet.label}（${sheet.venueName} ${sheet.roomName}）  ${sheet.date} ${sheet.startTime}–${sheet.endTime}  共 ${sheet.candidates} 人`,
    ];
  }

  private record(p: Principal, action: string, key: SheetKey, after: object) {
    return this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action,
        entityType: 'sitting',
        entityId: key.sittingId,
        after: { examRoom: key.examRoom, ...after },
      }),
    );
  }
}

const titleOf = (s: Pick<ScoreSheetResponse, 'paperCategory' | 'componentName'>) =>
  `${s.paperCategory}${s.componentName}评分表`;
