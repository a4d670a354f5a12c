import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { pageOf, type Page } from '../../common/http/page.dto';
import { normalizeName } from '../../common/text/normalize';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import type { ExamYearPageQueryDto } from '../exam-sessions/dto/exam-session.dto';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { CatalogRepository } from './catalog.repository';
import { occupationExists, occupationNotFound, paperCategoryNotFound } from './catalog.errors';
import { CatalogOccupation, lookupOccupation, OccupationLookup } from './domain/occupation-lookup';
import type {
  CreateOccupationDto,
  OccupationPageResponse,
  OccupationQueryDto,
  OccupationResponse,
  PaperCategoryResponse,
  UpdateOccupationDto,
} from './dto/catalog.dto';
import { OccupationEntity } from './entities/occupation.entity';
import type { PaperCategoryEntity } from './entities/paper-category.entity';

interface SessionCatalog {
  index: Map<string, CatalogOccupation>;
  categories: PaperCategoryEntity[];
  defaultCategory: PaperCategoryEntity;
}

/**
 * The occupations (附件1) and paper categories (附件3) of a session. The
 * look-up index is cached per session and dropped whenever the center edits it.
 */
@Injectable()
export class CatalogService {
  private readonly cache = new Map<string, Promise<SessionCatalog>>();

  constructor(
    private readonly repo: CatalogRepository,
    private readonly sessions: ExamSessionsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** Look-up for rule code and other modules, on a resolved session. */
  async lookupIn(session: ExamSessionEntity, name: string): Promise<OccupationLookup> {
    return (await this.lookupsIn(session))(name);
  }

  /** The same look-up for many names (an import's rows): the session's catalog taken once. */
  async lookupsIn(session: ExamSessionEntity): Promise<(name: string) => OccupationLookup> {
    const c = await this.catalogOf(session.id);
    return (name) => lookupOccupation(name, c.index, c.defaultCategory.name);
  }

  /** Whether the session's catalog (附件3) lists the occupation, by its normalised name. */
  async listsIn(session: ExamSessionEntity, name: string): Promise<boolean> {
    return (await this.catalogOf(session.id)).index.has(normalizeName(name));
  }

  async lookup(name: string, examYear?: number): Promise<OccupationLookup> {
    return this.lookupIn(await this.sessions.resolve(examYear), name);
  }

  async search(q: OccupationQueryDto): Promise<OccupationPageResponse> {
    const session = await this.sessions.resolve(q.examYear);
    const c = await this.catalogOf(session.id);
    const category = q.paperCategory ? this.categoryByName(c, q.paperCategory) : undefined;
    const [rows, total] = await this.repo.searchOccupations(session.id, {
      ...q,
      q: q.q ? normalizeName(q.q) : undefined,
      paperCategoryId: category?.id,
    });
    return {
      items: rows.map((o) => toOccupation(o, c)),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }

  /** The categories as the list endpoint pages them (seven, in 附件3 order). */
  async paperCategoryPage(q: ExamYearPageQueryDto): Promise<Page<PaperCategoryResponse>> {
    return pageOf(await this.paperCategories(q.examYear), q);
  }

  async paperCategories(examYear?: number): Promise<PaperCategoryResponse[]> {
    const session = await this.sessions.resolve(examYear);
    const c = await this.catalogOf(session.id);
    const occupations = await this.repo.occupations(session.id);
    return c.categories.map((cat) => ({
      code: cat.code,
      name: cat.name,
      seq: cat.seq,
      isDefault: cat.isDefault,
      occupations: cat.isDefault
        ? []
        : occupations.filter((o) => o.paperCategoryId === cat.id).map((o) => o.name),
    }));
  }

  addOccupation(
    p: Principal,
    examYear: number | undefined,
    dto: CreateOccupationDto,
  ): Promise<OccupationResponse> {
    return this.uow.run(async (em) => {
      const session = await this.sessions.resolve(examYear, em);
      const c = await this.load(session.id, em);
      const normalizedName = normalizeName(dto.name);
      if (await this.repo.findOccupationByName(session.id, normalizedName, em))
        throw occupationExists(dto.name);
      const category = dto.paperCategory
        ? this.categoryByName(c, dto.paperCategory)
        : c.defaultCategory;
      const o = Object.assign(new OccupationEntity(), {
        id: randomUUID(),
        sessionId: session.id,
        name: normalizedName,
        normalizedName,
        technicianClass: dto.technicianClass,
        paperCategoryId: category.id,
        parentName: null,
      });
      await this.repo.insertOccupations(em, [o]);
      await this.audit.record(em, actorOf(p), {
        action: 'occupation.create',
        entityType: 'occupation',
        entityId: o.id,
        after: {
          year: session.year,
          name: o.name,
          technicianClass: o.technicianClass,
          paperCategory: category.name,
        },
      });
      this.cache.delete(session.id);
      return toOccupation(o, c);
    });
  }

  updateOccupation(
    p: Principal,
    examYear: number | undefined,
    id: string,
    dto: UpdateOccupationDto,
  ) {
    return this.uow.run(async (em): Promise<OccupationResponse> => {
      const session = await this.sessions.resolve(examYear, em);
      const c = await this.load(session.id, em);
      const o = await this.repo.findOccupation(session.id, id, em);
      if (!o) throw occupationNotFound();
      const category = dto.paperCategory ? this.categoryByName(c, dto.paperCategory) : undefined;
      const changes = {
        technicianClass:
          dto.technicianClass === undefined ? o.technicianClass : dto.technicianClass,
        paperCategoryId: category?.id ?? o.paperCategoryId,
      };
      await this.repo.updateOccupation(em, o.id, changes);
      await this.audit.record(em, actorOf(p), {
        action: 'occupation.update',
        entityType: 'occupation',
        entityId: o.id,
        before: { technicianClass: o.technicianClass, paperCategory: nameOf(c, o.paperCategoryId) },
        after: {
          technicianClass: changes.technicianClass,
          paperCategory: nameOf(c, changes.paperCategoryId),
        },
      });
      this.cache.delete(session.id);
      return toOccupation({ ...o, ...changes }, c);
    });
  }

  private categoryByName(c: SessionCatalog, name: string): PaperCategoryEntity {
    const found = c.categories.find((x) => x.name === name.trim() || x.code === name.trim());
    if (!found) throw paperCategoryNotFound(name);
    return found;
  }

  private catalogOf(sessionId: string): Promise<SessionCatalog> {
    let c = this.cache.get(sessionId);
    if (!c) {
      c = this.load(sessionId);
      this.cache.set(sessionId, c);
      c.catch(() => this.cache.delete(sessionId));
    }
    return c;
  }

  private async load(sessionId: string, em?: EntityManager): Promise<SessionCatalog> {
    const categories = await this.repo.categories(sessionId, em);
    const names = new Map(categories.map((x) => [x.id, x.name]));
    const occupations = await this.repo.occupations(sessionId, em);
    const index = new Map<string, CatalogOccupation>(
      occupations.map((o) => [
        o.normalizedName,
        {
          name: o.name,
          technicianClass: o.technicianClass,
          paperCategory: names.get(o.paperCategoryId) ?? '',
        },
      ]),
    );
    const defaultCategory =
      categories.find((x) => x.isDefault) ?? categories[categories.length - 1];
    return { index, categories, defaultCategory };
  }
}

const nameOf = (c: SessionCatalog, categoryId: string) =>
  c.categories.find((x) => x.id === categoryId)?.name ?? c.defaultCategory.name;

function toOccupation(o: OccupationEntity, c: SessionCatalog): OccupationResponse {
  return {
    id: o.id,
    name: o.name,
    paperCategory: nameOf(c, o.paperCategoryId),
    technicianEligible: o.technicianClass !== null,
    technicianClass: o.technicianClass,
    parentName: o.parentName,
  };
}
