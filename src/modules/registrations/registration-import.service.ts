import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { isUniqueViolation } from '../../database/db-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import type { SummaryImportRow } from '../documents/excel/summary-sheet-reader';
import { DocumentJobs } from '../documents/workers/document-jobs';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { normalizeIdNumber } from './domain/id-card';
import type { RegistrationInput } from './domain/registration-input';
import { columnOfField, parseSummaryRow } from './domain/summary-row-parse';
import type { ImportResultResponse, ImportRowError } from './dto/import.dto';
import { RegistrationEntity } from './entities/registration.entity';
import { AssessedFields, RegistrationAssessor } from './registration-assessor';
import { DuplicateProbesService } from './duplicate-probes.service';
import { LedgerLookupsService } from './ledger-lookups.service';
import { RegistrationWindowService } from './registration-window.service';
import { roleCannot } from './registrations.errors';
import { RegistrationsRepository } from './registrations.repository';
import { auditView, NEW_REGISTRATION } from './registrations.service';

const MAX_ROWS = 10_000;

/** A unit's file whose every row passed the checks, ready to be written. */
interface CheckedImport {
  p: Principal;
  session: ExamSessionEntity;
  departmentId: string;
  unitId: string;
  ok: { row: number; fields: AssessedFields }[];
}

/**
 * A unit's 附件2 (or the import template) as registrations: every row is
 * checked with the form's rules; nothing is written unless the whole file is
 * clean, and then all rows in one transaction.
 */
@Injectable()
export class RegistrationImportService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly sessions: ExamSessionsService,
    private readonly assessor: RegistrationAssessor,
    private readonly window: RegistrationWindowService,
    private readonly jobs: DocumentJobs,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly probes: DuplicateProbesService,
    private readonly ledgerLookups: LedgerLookupsService,
  ) {}

  async import(
    p: Principal,
    file: Buffer,
    dryRun: boolean,
    examYear?: number,
  ): Promise<ImportResultResponse> {
    if (p.scope.kind !== 'unit') throw roleCannot('导入报名');
    const { unitId, departmentId } = p.scope;
    const session = await this.sessions.resolve(examYear);
    await this.window.assertOpen(session, departmentId);
    await this.probes.guard(p);
    // Parsed in a document worker, under its memory limit and a real timeout (finding 2).
    const sheet = await this.jobs.readSummarySheet(file, { maxRows: MAX_ROWS });
    const { ok, errors, foreign, ledgerNamed } = await this.check(
      session,
      unitId,
      sheet.rows,
      flaggedCells(sheet.errors),
    );
    await this.probes.admit(p, foreign, dryRun ? 'import-dry-run' : 'import');
    await this.ledgerLookups.admit(p, ledgerNamed, 'ledger-mismatch');
    errors.push(...sheet.errors);
    errors.sort((a, b) => a.row - b.row);
    const summary = { dryRun, rows: sheet.rows.length, valid: ok.length, errors };
    if (dryRun) {
      // A dry run reads the session's registrations for every row: it leaves a trace too.
      await this.uow.run((em) =>
        this.audit.record(em, actorOf(p), {
          action: 'registration.import-dry-run',
          entityType: 'registration',
          entityId: null,
          after: { rows: summary.rows, valid: summary.valid, errors: errors.length },
        }),
      );
      return { ...summary, created: 0 };
    }
    if (errors.length) {
      throw new DomainError(
        'unprocessable',
        'IMPORT_INVALID',
        `文件有 ${errors.length} 处错误，未导入任何报名`,
        errors,
      );
    }
    return { ...summary, created: await this.commit({ p, session, departmentId, unitId, ok }) };
  }

  /**
   * Writes the checked rows in one transaction. A person registered by a
   * concurrent request between the check and the write is refused with the
   * same row errors on both databases: SQLite serialises the two imports, so
   * the check inside the transaction sees the other; PostgreSQL lets both
   * check, and the unique index refuses the second at its insert.
   */
  private async commit(c: CheckedImport): Promise<number> {
    const { session, ok } = c;
    try {
      return await this.write(c);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const taken = await this.repo.registeredIdNumbers(
        session.id,
        ok.map((r) => r.fields.idNumber),
      );
      throw clashError(
        ok.filter((r) => taken.has(r.fields.idNumber)).map((r) => r.row),
        e,
      );
    }
  }

  private write({ p, session, departmentId, unitId, ok }: CheckedImport): Promise<number> {
    return this.uow.run(async (em) => {
      const taken = await this.repo.registeredIdNumbers(
        session.id,
        ok.map((r) => r.fields.idNumber),
        em,
      );
      if (taken.size) {
        throw clashError(ok.filter((r) => taken.has(r.fields.idNumber)).map((r) => r.row));
      }
      const now = this.clock.now();
      const rows = ok.map(({ fields }) =>
        Object.assign(new RegistrationEntity(), fields, {
          ...NEW_REGISTRATION,
          id: randomUUID(),
          sessionId: session.id,
          departmentId,
          unitId,
          createdBy: p.username,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.repo.insert(em, rows);
      await this.audit.recordMany(
        em,
        actorOf(p),
        rows.map((r) => ({
          action: 'registration.import',
          entityType: 'registration',
          entityId: r.id,
          after: auditView(r),
        })),
      );
      return rows.length;
    });
  }

  /**
   * Every row through the same checks as the form; duplicates within the file and the session
   * too. A cell the reader could not read is reported once, by the reader: its row is not judged
   * further, since every follow-on error (empty, not eligible) would be about a value not read.
   * What the rows need from the database (the session's registrations and the ledger entries of
   * the people named, the catalog) is read once for the file; each row is then decided in memory.
   */
  private async check(
    session: ExamSessionEntity,
    unitId: string,
    rows: SummaryImportRow[],
    flagged: Map<number, Set<string>>,
  ) {
    const ok: { row: number; fields: AssessedFields }[] = [];
    const errors: ImportRowError[] = [];
    const seen = new Map<string, number>();
    let foreign = 0;
    const ledgerNamed: string[] = [];
    const registered = await this.repo.registeredIdNumbers(
      session.id,
      rows.map((r) => normalizeIdNumber(r.values.idNumber ?? '')).filter(Boolean),
    );
    const parsed = rows.map(({ row, values }) => ({ row, ...parseSummaryRow(values) }));
    const readable = parsed.filter(
      (r): r is typeof r & { input: RegistrationInput } => 'input' in r && !flagged.has(r.row),
    );
    const assess = await this.assessor.prepare(
      session,
      readable.map((r) => r.input.idNumber),
    );
    for (const r of parsed) {
      const { row } = r;
      const unread = flagged.get(row);
      if ('errors' in r || unread) {
        const rowErrors = 'errors' in r ? r.errors : [];
        errors.push(...rowErrors.filter((e) => !unread?.has(e.column)).map((e) => ({ row, ...e })));
        continue;
      }
      const a = assess(r.input);
      if (!a.ok) {
        if (a.ledgerMismatch) ledgerNamed.push(normalizeIdNumber(r.input.idNumber));
        errors.push(
          ...a.problems.map((x) => ({
            row,
            column: columnOfField(x.field),
            code: x.code,
            message: x.message,
          })),
        );
        continue;
      }
      const first = seen.get(a.fields.idNumber);
      if (first !== undefined) {
        errors.push({
          row,
          column: '身份证号',
          code: 'DUPLICATE_IN_FILE',
          message: `与第 ${first} 行是同一人`,
        });
      } else if (registered.has(a.fields.idNumber)) {
        const here = registered.get(a.fields.idNumber) === unitId;
        if (!here) foreign += 1;
        errors.push(here ? alreadyHereError(row) : alreadyError(row));
      } else {
        seen.set(a.fields.idNumber, row);
        ok.push({ row, fields: a.fields });
      }
    }
    return { ok, errors, foreign, ledgerNamed };
  }
}

/** The cells, by row, that the reader reported (formulas, merged cells, lost precision). */
function flaggedCells(cellErrors: ImportRowError[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const e of cellErrors) out.set(e.row, (out.get(e.row) ?? new Set()).add(e.column));
  return out;
}

/** People of the file registered by someone else meanwhile: one row error each, nothing written. */
function clashError(rows: number[], cause?: unknown): DomainError {
  const errors = rows.map(alreadyError);
  const e = new DomainError(
    'unprocessable',
    'IMPORT_INVALID',
    errors.length
      ? `文件有 ${errors.length} 处错误，未导入任何报名`
      : '同时进行的另一导入与本文件冲突，未导入任何报名，请重试',
    errors,
  );
  if (cause) Object.assign(e, { cause });
  return e;
}

const alreadyHereError = (row: number): ImportRowError => ({
  row,
  column: '身份证号',
  code: 'PERSON_ALREADY_REGISTERED_HERE',
  message: '本单位本年度已为此人报名',
});

const alreadyError = (row: number): ImportRowError => ({
  row,
  column: '身份证号',
  code: 'PERSON_ALREADY_REGISTERED',
  message: '此人本年度已有报名记录',
});
