import { Injectable } from '@nestjs/common';
import { definedOnly } from '../../common/objects/defined-only';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { isUniqueViolation } from '../../database/db-errors';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditActor, AuditService } from '../audit/audit.service';
import type { LevelDefinition, SessionRules } from '../exam-sessions/domain/session-rules';
import type {
  CreateExamSessionDto,
  ExamSessionResponse,
} from '../exam-sessions/dto/exam-session.dto';
import { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { sessionExists, sessionNotFound } from '../exam-sessions/exam-sessions.errors';
import { toSessionResponse } from '../exam-sessions/exam-sessions.mapper';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { CatalogRepository } from './catalog.repository';
import { NoticeReference, occupationsOfNotice } from './domain/reference-data';
import { OccupationEntity } from './entities/occupation.entity';
import { PaperCategoryEntity } from './entities/paper-category.entity';

/** A notice as `seed/notice-<year>.json` holds it. */
export interface NoticeSeed extends NoticeReference {
  year: number;
  title: string;
  noticeNo: string | null;
  /** Who organises the exam and issues the tickets (五). */
  organizer?: string | null;
  registrationStart: string;
  registrationEnd: string;
  certCutoffDate: string;
  ticketPrintStart: string;
  ticketPrintEnd: string;
  publicityWorkingDays: number;
  fullMark: number;
  passMark: number;
  levels: LevelDefinition[];
  rules: SessionRules;
}

type SessionFields = Omit<ExamSessionEntity, 'id' | 'createdAt' | 'updatedAt'>;

/** Creates sessions with their reference data: from a notice file, or by copying a year. */
@Injectable()
export class SessionSetupService {
  constructor(
    private readonly sessions: ExamSessionsService,
    private readonly repo: CatalogRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Seeds a notice's session and lists; does nothing when that year exists. */
  async seedNotice(
    em: EntityManager,
    actor: AuditActor,
    notice: NoticeSeed,
    flags: { isCurrent: boolean; isDemo: boolean },
  ): Promise<boolean> {
    if (await this.sessions.findByYear(notice.year, em)) return false;
    const session = await this.insertSession(em, { ...sessionFieldsOf(notice), ...flags });
    const categories = notice.paperCategories.map((c) =>
      Object.assign(new PaperCategoryEntity(), {
        id: randomUUID(),
        sessionId: session.id,
        code: c.code,
        name: c.name,
        seq: c.seq,
        isDefault: !!c.isDefault,
      }),
    );
    await this.repo.insertCategories(em, categories);
    const idOf = new Map(categories.map((c) => [c.code, c.id]));
    const occupations = occupationsOfNotice(notice).map((o) =>
      Object.assign(new OccupationEntity(), {
        id: randomUUID(),
        sessionId: session.id,
        name: o.name,
        normalizedName: o.normalizedName,
        technicianClass: o.technicianClass,
        paperCategoryId: idOf.get(o.paperCategoryCode)!,
        parentName: o.parentName,
      }),
    );
    await this.repo.insertOccupations(em, occupations);
    await this.audit.record(em, actor, {
      action: 'exam-session.seed',
      entityType: 'exam-session',
      entityId: session.id,
      after: { year: notice.year, occupations: occupations.length, categories: categories.length },
    });
    return true;
  }

  /** The next year's session: a copy of `copyFromYear` with the changes given. */
  async create(p: Principal, dto: CreateExamSessionDto): Promise<ExamSessionResponse> {
    try {
      return await this.uow.run(async (em) => {
        if (await this.sessions.findByYear(dto.year, em)) throw sessionExists(dto.year);
        const source = await this.sessions.findByYear(dto.copyFromYear, em);
        if (!source) throw sessionNotFound(dto.copyFromYear);
        const { year, copyFromYear, ...changes } = dto;
        const fields = {
          ...copyOf(source),
          ...definedOnly(changes),
          year,
          isCurrent: false,
          isDemo: false,
        };
        const session = await this.insertSession(em, fields);
        await this.copyReference(em, source.id, session.id);
        await this.audit.record(em, actorOf(p), {
          action: 'exam-session.create',
          entityType: 'exam-session',
          entityId: session.id,
          after: { year, copyFromYear, ...definedOnly(changes) },
        });
        return toSessionResponse(session);
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw sessionExists(dto.year);
      throw e;
    }
  }

  private async insertSession(
    em: EntityManager,
    fields: SessionFields,
  ): Promise<ExamSessionEntity> {
    const now = this.clock.now();
    const session = Object.assign(new ExamSessionEntity(), fields, {
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
    });
    await this.sessions.insert(em, session);
    return session;
  }

  private async copyReference(em: EntityManager, fromId: string, toId: string): Promise<void> {
    const categories = await this.repo.categories(fromId, em);
    const newIds = new Map(categories.map((c) => [c.id, randomUUID()]));
    await this.repo.insertCategories(
      em,
      categories.map((c) => ({ ...c, id: newIds.get(c.id)!, sessionId: toId })),
    );
    const occupations = await this.repo.occupations(fromId, em);
    await this.repo.insertOccupations(
      em,
      occupations.map((o) => ({
        ...o,
        id: randomUUID(),
        sessionId: toId,
        paperCategoryId: newIds.get(o.paperCategoryId)!,
      })),
    );
  }
}

function sessionFieldsOf(n: NoticeSeed): Omit<SessionFields, 'isCurrent' | 'isDemo'> {
  return {
    year: n.year,
    title: n.title,
    noticeNo: n.noticeNo,
    organizer: n.organizer ?? null,
    registrationStart: n.registrationStart,
    registrationEnd: n.registrationEnd,
    certCutoffDate: n.certCutoffDate,
    ticketPrintStart: n.ticketPrintStart,
    ticketPrintEnd: n.ticketPrintEnd,
    publicityWorkingDays: n.publicityWorkingDays,
    fullMark: n.fullMark,
    passMark: n.passMark,
    levels: n.levels,
    rules: n.rules,
    blockIncompleteDocuments: false,
  };
}

function copyOf(s: ExamSessionEntity): SessionFields {
  const { id, createdAt, updatedAt, ...fields } = s;
  void id;
  void createdAt;
  void updatedAt;
  return structuredClone(fields);
}
