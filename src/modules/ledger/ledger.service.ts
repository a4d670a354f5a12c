import { Injectable, StreamableFile } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import { download, PDF_TYPE } from '../../common/http/download';
import type { PageQuery } from '../../common/http/page.dto';
import { normalizeName } from '../../common/text/normalize';
import type { NamedUpload } from '../../common/upload/upload.decorators';
import { UnitOfWork } from '../../database/unit-of-work';
import { AuditQueryService } from '../audit/audit.query.service';
import { actorOf, AuditService } from '../audit/audit.service';
import type { AuditPageResponse } from '../audit/dto/audit.dto';
import { CatalogService } from '../catalog/catalog.service';
import { FileStore } from '../documents/files/file-store';
import { DocumentJobs } from '../documents/workers/document-jobs';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { normalizeIdNumber } from '../registrations/domain/id-card';
import { correctionOf } from './domain/correction';
import { currentHolding } from './domain/holding';
import { paperEntryProblems } from './domain/paper-entry';
import { reconcileWithLedger, type CurrentFacts, type Reconciled } from './domain/reconcile';
import type {
  CorrectEntryDto,
  CreatePaperEntryDto,
  HoldingsResponse,
  LedgerEntryPageResponse,
  LedgerEntryResponse,
  LedgerQueryDto,
  PaperEntryResponse,
} from './dto/ledger.dto';
import { LedgerEntryEntity } from './entities/ledger-entry.entity';
import {
  duplicateEntry,
  entryNotFound,
  evidenceNotFound,
  invalidEntry,
  refusedCorrection,
  staleEntry,
} from './ledger.errors';
import { auditView, holdingOf, toEntryResponse, toHoldingResponse } from './ledger.mapper';
import { LedgerRepository } from './ledger.repository';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The certificate ledger: who holds which level in which occupation since when. */
@Injectable()
export class LedgerService {
  constructor(
    private readonly repo: LedgerRepository,
    private readonly catalog: CatalogService,
    private readonly sessions: ExamSessionsService,
    private readonly store: FileStore,
    private readonly jobs: DocumentJobs,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly auditLog: AuditQueryService,
    private readonly clock: Clock,
  ) {}

  async list(q: LedgerQueryDto): Promise<LedgerEntryPageResponse> {
    const idNumber = q.idNumber ? normalizeIdNumber(q.idNumber) : undefined;
    const [rows, total] = await this.repo.page({ ...q, idNumber });
    return { items: rows.map(toEntryResponse), total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * A paper 合格证明 from before the system, with its scan as evidence (required: an entry
   * that decides next year's eligibility must show what it rests on). An occupation the
   * current catalog does not list is recorded as written, with a warning: old certificates
   * name old occupations.
   */
  async createPaper(
    p: Principal,
    dto: CreatePaperEntryDto,
    evidence: NamedUpload,
  ): Promise<PaperEntryResponse> {
    const idNumber = normalizeIdNumber(dto.idNumber);
    const problems = paperEntryProblems({ idNumber, certDate: dto.certDate }, this.today());
    if (problems.length) throw invalidEntry(problems);
    const { occupation, warnings } = await this.occupationOf(dto.occupation);
    // Parsed in a document worker: a real PDF, without scripts or automatic actions.
    await this.jobs.inspectPdf(evidence.bytes);
    const storageKey = await this.store.put(evidence.bytes);
    try {
      const saved = await this.uow.run(async (em) => {
        await this.refuseDuplicate(em, idNumber, occupation, dto.level);
        const now = this.clock.now();
        const e = Object.assign(new LedgerEntryEntity(), {
          id: randomUUID(),
          idNumber,
          name: dto.name,
          occupation,
          level: dto.level,
          certDate: dto.certDate,
          source: 'paper',
          certificateId: null,
          certificateNumber: dto.certificateNumber,
          issuer: dto.issuer,
          evidenceFileId: storageKey,
          note: dto.note || null,
          active: true,
          createdBy: p.username,
          createdAt: now,
          updatedAt: now,
          version: 1,
        });
        await this.repo.insert(em, e);
        await this.audit.record(em, actorOf(p), {
          action: 'ledger.create-paper',
          entityType: 'ledger-entry',
          entityId: e.id,
          after: {
            ...auditView(e),
            evidence: {
              sha256: sha256(evidence.bytes),
              size: evidence.bytes.length,
              name: evidence.name,
            },
          },
        });
        return e;
      });
      return { ...toEntryResponse(saved), warnings };
    } catch (e) {
      await this.store.remove(storageKey);
      throw e;
    }
  }

  /** A correction by the center, with its reason; before and after go to the audit trail. */
  async correct(p: Principal, id: string, dto: CorrectEntryDto): Promise<LedgerEntryResponse> {
    const { reason, version, ...patch } = dto;
    if (patch.occupation !== undefined)
      patch.occupation = (await this.occupationOf(patch.occupation)).occupation;
    return this.uow.run(async (em) => {
      const current = await this.repo.findById(id, em);
      if (!current) throw entryNotFound();
      if (current.version !== version) throw staleEntry();
      const c = correctionOf(current.source, current, patch);
      if (!c.ok) throw refusedCorrection(c.code, c.message);
      const next = Object.assign(new LedgerEntryEntity(), current, c.changes, {
        updatedAt: this.clock.now(),
        version: version + 1,
      });
      const problems = paperEntryProblems(next, this.today()).filter((x) => x.field === 'certDate');
      if (problems.length) throw invalidEntry(problems);
      if (next.active)
        await this.refuseDuplicate(em, next.idNumber, next.occupation, next.level, id);
      const changes = { ...c.changes, updatedAt: next.updatedAt };
      if ((await this.repo.updateIfVersion(em, id, version, changes)) === 0) throw staleEntry();
      await this.audit.record(em, actorOf(p), {
        action: 'ledger.correct',
        entityType: 'ledger-entry',
        entityId: id,
        before: auditView(current),
        after: { ...auditView(next), reason },
      });
      return toEntryResponse(next);
    });
  }

  /** What happened to an entry, from the audit trail. */
  async history(id: string, q: PageQuery): Promise<AuditPageResponse> {
    if (!(await this.repo.findById(id))) throw entryNotFound();
    return this.auditLog.search({ entityType: 'ledger-entry', entityId: id, ...q });
  }

  async evidence(p: Principal, id: string): Promise<StreamableFile> {
    const e = await this.repo.findById(id);
    if (!e) throw entryNotFound();
    if (!e.evidenceFileId) throw evidenceNotFound();
    const bytes = await this.store.read(e.evidenceFileId);
    await this.uow.run((em) =>
      this.audit.record(em, actorOf(p), {
        action: 'ledger.view-evidence',
        entityType: 'ledger-entry',
        entityId: id,
      }),
    );
    return download(bytes, PDF_TYPE, `证书台账佐证-${e.certificateNumber ?? e.id}.pdf`);
  }

  /** The person's active holdings and the one that counts as 现职业等级. */
  async holdingsOf(
    idNumber: string,
    countedUntil?: string,
    em?: EntityManager,
  ): Promise<HoldingsResponse> {
    const active = (await this.repo.entriesOf(normalizeIdNumber(idNumber), em))
      .map(holdingOf)
      .filter((h) => h.active && (!countedUntil || h.certDate <= countedUntil));
    const current = currentHolding(active);
    return {
      current: current ? toHoldingResponse(current) : null,
      holdings: active.map(toHoldingResponse),
    };
  }

  /**
   * A registration's current facts against the person's record (domain/reconcile.ts), as it
   * stood on the session's counting date (取证时间可计算至 7 月 31 日): a level obtained later —
   * the session's own certificate above all — is not what the person applied from.
   */
  async reconcile(
    idNumber: string,
    typed: CurrentFacts,
    countedUntil: string,
    em?: EntityManager,
  ): Promise<Reconciled> {
    return (await this.reconcilerFor([idNumber], countedUntil, em))(idNumber, typed);
  }

  /**
   * reconcile for many people (an import's rows): their entries read up front in one query per
   * 500 people, then each row reconciled in memory by the same rule. Asking about someone not
   * named here is a programming error, not "nothing on record".
   */
  async reconcilerFor(
    idNumbers: readonly string[],
    countedUntil: string,
    em?: EntityManager,
  ): Promise<(idNumber: string, typed: CurrentFacts) => Reconciled> {
    const byPerson = await this.repo.entriesOfMany(idNumbers.map(normalizeIdNumber), em);
    return (idNumber, typed) => {
      const entries = byPerson.get(normalizeIdNumber(idNumber));
      if (!entries) throw new Error('ledger entries of this person were not read');
      return reconcileWithLedger(
        typed,
        entries.map(holdingOf).filter((h) => h.certDate <= countedUntil),
      );
    };
  }

  private async refuseDuplicate(
    em: EntityManager,
    idNumber: string,
    occupation: string,
    level: LedgerEntryEntity['level'],
    exceptId?: string,
  ): Promise<void> {
    const key = normalizeName(occupation);
    const clash = (await this.repo.entriesOf(idNumber, em)).find(
      (e) =>
        e.active && e.id !== exceptId && e.level === level && normalizeName(e.occupation) === key,
    );
    if (clash) throw duplicateEntry(holdingOf(clash));
  }

  /** The catalog's spelling of a listed occupation; an unlisted one as written, with a warning. */
  private async occupationOf(raw: string): Promise<{ occupation: string; warnings: string[] }> {
    const session = await this.sessions.resolve().catch(() => null);
    if (!session) return { occupation: normalizeName(raw), warnings: [] };
    const found = await this.catalog.lookupIn(session, raw);
    if (await this.catalog.listsIn(session, raw)) return { occupation: found.name, warnings: [] };
    return {
      occupation: found.name,
      warnings: [`职业（工种）“${found.name}”不在${session.year}年度职业目录中，已按证书原文记录`],
    };
  }

  private today() {
    return chinaDateOf(this.clock.now());
  }
}
