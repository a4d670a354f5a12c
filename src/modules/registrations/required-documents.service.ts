import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  documentChecklist,
  type DocumentChecklist,
  type DocumentFacts,
} from './domain/required-documents';
import type { DocumentGapResponse } from './dto/files.dto';
import type { RegistrationEntity } from './entities/registration.entity';
import { StoredFileEntity } from './entities/stored-file.entity';

const CHUNK = 500;

export const documentFactsOf = (r: RegistrationEntity): DocumentFacts => ({
  currentLevel: r.currentLevel,
  route: r.route,
  mode: r.mode,
  militaryCommitment: r.militaryCommitment,
});

/** The papers 三(二)2(2)(3) asks of each registration, against what its unit uploaded. */
@Injectable()
export class RequiredDocumentsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async checklists(
    rows: RegistrationEntity[],
    em?: EntityManager,
  ): Promise<Map<string, DocumentChecklist>> {
    const uploaded = await this.uploadedTypes(
      rows.map((r) => r.id),
      em,
    );
    return new Map(
      rows.map((r) => [r.id, documentChecklist(documentFactsOf(r), uploaded.get(r.id) ?? NONE)]),
    );
  }

  /** The registrations among `rows` that miss a required paper, with what they miss. */
  async gaps(rows: RegistrationEntity[], em?: EntityManager): Promise<DocumentGapResponse[]> {
    const lists = await this.checklists(rows, em);
    return rows
      .filter((r) => !lists.get(r.id)!.complete)
      .map((r) => ({ id: r.id, name: r.name, missing: lists.get(r.id)!.missing }));
  }

  private async uploadedTypes(
    ids: string[],
    em?: EntityManager,
  ): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const part = ids.slice(i, i + CHUNK);
      const rows = await (em ?? this.dataSource.manager)
        .getRepository(StoredFileEntity)
        .createQueryBuilder('f')
        .select('f.registrationId', 'registrationId')
        .addSelect('f.docType', 'docType')
        .where("f.kind = 'document' AND f.registrationId IN (:...part)", { part })
        .distinct(true)
        .getRawMany<{ registrationId: string; docType: string | null }>();
      for (const r of rows) {
        if (!r.docType) continue;
        out.set(r.registrationId, (out.get(r.registrationId) ?? new Set()).add(r.docType));
      }
    }
    return out;
  }
}

const NONE: ReadonlySet<string> = new Set();
