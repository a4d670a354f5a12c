import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { download } from '../../common/http/download';
import { pageOf, type Page, type PageQuery } from '../../common/http/page.dto';
import type { NamedUpload } from '../../common/upload/upload.decorators';
import { insertRows } from '../../database/insert-rows';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { sniffImage } from '../documents/files/file-sniff';
import { FileStore } from '../documents/files/file-store';
import { MAX_SOURCE_PIXELS, photoTooLarge } from '../documents/images/photo-image';
import { DocumentJobs } from '../documents/workers/document-jobs';
import type { Status } from './domain/registration-status';
import { DOC_TYPE_NAMES, type DocType, type StoredFileResponse } from './dto/files.dto';
import type { RegistrationEntity } from './entities/registration.entity';
import { StoredFileEntity } from './entities/stored-file.entity';
import { registrationNotFound } from './registrations.errors';
import { RegistrationsRepository } from './registrations.repository';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS = 20;
const DOCUMENT_STATES: Status[] = [
  'registered',
  'unit-returned',
  'department-returned',
  'unit-approved',
];

const badFile = (code: string, message: string) =>
  new DomainError('validation', code, message, [
    { field: 'file', code, message: `file：${message}` },
  ]);

const filesLocked = () => new DomainError('conflict', 'FILES_LOCKED', '报名当前状态不能再更改材料');

/** What is stored, and what was uploaded when the service re-encoded it (photos). */
interface StoredBytes {
  bytes: Buffer;
  name: string;
  original?: { sha256: string; size: number; mimeType: string };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The photo (一寸免冠照片) and supporting PDFs of a registration. */
@Injectable()
export class RegistrationFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: RegistrationsRepository,
    private readonly store: FileStore,
    private readonly jobs: DocumentJobs,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * JPEG or PNG by content, portrait, of a printable size; decoded and re-encoded in a document
   * worker as a baseline JPEG of at most 600 × 800, so only an image the service wrote itself is
   * stored and printed (finding 1). The header is judged first: nothing over 25 MP is decoded.
   */
  async putPhoto(p: Principal, id: string, upload: NamedUpload): Promise<StoredFileResponse> {
    const image = sniffImage(upload.bytes);
    if (!image) throw badFile('PHOTO_TYPE', '照片须为 JPEG 或 PNG 图片');
    if (image.width * image.height > MAX_SOURCE_PIXELS) throw photoTooLarge(image);
    if (image.width < 100 || image.height < 120) {
      throw badFile(
        'PHOTO_SIZE',
        `照片尺寸 ${image.width}×${image.height} 不合适，一寸照片宜为 295×413 像素左右`,
      );
    }
    if (image.height < image.width) throw badFile('PHOTO_ORIENTATION', '一寸免冠照片应为竖版');
    await this.requireChangeable(p, id, canChangePhoto);
    const photo = await this.jobs.normalizePhoto(upload.bytes);
    const original = {
      sha256: sha256(upload.bytes),
      size: upload.bytes.length,
      mimeType: image.mimeType,
    };
    return this.save(
      p,
      id,
      { bytes: photo.bytes, name: upload.name, original },
      { kind: 'photo', docType: null, mimeType: 'image/jpeg' },
      canChangePhoto,
    );
  }

  async putDocument(
    p: Principal,
    id: string,
    docType: DocType,
    upload: NamedUpload,
  ): Promise<StoredFileResponse> {
    await this.requireChangeable(p, id, canChangeDocuments);
    // Parsed in a document worker: a real PDF, without scripts or automatic actions (finding 4).
    await this.jobs.inspectPdf(upload.bytes);
    return this.save(
      p,
      id,
      { bytes: upload.bytes, name: upload.name },
      { kind: 'document', docType, mimeType: 'application/pdf' },
      canChangeDocuments,
    );
  }

  /** In scope (else 404) and in a state that allows the change (else 409), before any work. */
  private async requireChangeable(
    p: Principal,
    id: string,
    allowed: (r: RegistrationEntity) => boolean,
  ): Promise<void> {
    const registration = await this.repo.findOne(p.scope, id);
    if (!registration) throw registrationNotFound();
    if (!allowed(registration)) throw filesLocked();
  }

  /**
   * Bytes first, then the row in a transaction; a failed transaction removes the bytes again.
   * State and the document limit are checked inside that transaction, on the registration row
   * locked for it (finding 3: 30 parallel uploads stored 32 documents past the limit of 20).
   */
  private async save(
    p: Principal,
    id: string,
    upload: StoredBytes,
    meta: { kind: string; docType: DocType | null; mimeType: string },
    allowed: (r: RegistrationEntity) => boolean,
  ): Promise<StoredFileResponse> {
    const storageKey = await this.store.put(upload.bytes);
    try {
      return await this.uow.run(async (em) => {
        const registration = await this.repo.lockForUpdate(em, id);
        if (!registration) throw registrationNotFound();
        if (!allowed(registration)) throw filesLocked();
        if (meta.kind === 'document') await this.assertDocumentRoom(em, id);
        const previous = meta.kind === 'photo' ? registration.photoFileId : null;
        const file = Object.assign(new StoredFileEntity(), {
          id: randomUUID(),
          registrationId: id,
          ...meta,
          size: upload.bytes.length,
          sha256: sha256(upload.bytes),
          storageKey,
          originalName: upload.name,
          uploadedBy: p.username,
          uploadedAt: this.clock.now(),
        });
        await insertRows(em, StoredFileEntity, [file]);
        if (meta.kind === 'photo') await this.repo.setPhoto(em, id, file.id);
        await this.audit.record(em, actorOf(p), {
          action: `registration.${meta.kind}-upload`,
          entityType: 'registration',
          entityId: id,
          before: previous ? { photoFileId: previous } : null,
          after: {
            fileId: file.id,
            sha256: file.sha256,
            size: file.size,
            docType: meta.docType,
            ...(upload.original ? { uploaded: upload.original } : {}),
          },
        });
        return toFileResponse(file, true);
      });
    } catch (e) {
      await this.store.remove(storageKey);
      throw e;
    }
  }

  private async assertDocumentRoom(em: EntityManager, id: string): Promise<void> {
    const count = await em
      .getRepository(StoredFileEntity)
      .count({ where: { registrationId: id, kind: 'document' } });
    if (count >= MAX_DOCUMENTS) {
      throw new DomainError(
        'conflict',
        'TOO_MANY_DOCUMENTS',
        `每份报名最多上传 ${MAX_DOCUMENTS} 个材料`,
      );
    }
  }

  /** Every file ever uploaded (nothing is deleted), each marked whether it is still in use. */
  async list(p: Principal, id: string, q: PageQuery): Promise<Page<StoredFileResponse>> {
    const r = await this.repo.findOne(p.scope, id);
    if (!r) throw registrationNotFound();
    const rows = await this.dataSource.getRepository(StoredFileEntity).find({
      where: { registrationId: id },
      // Photos first, then documents; each in upload order.
      order: { kind: 'DESC', uploadedAt: 'ASC', id: 'ASC' },
    });
    return pageOf(
      rows.map((f) => toFileResponse(f, isCurrentFile(f, r.photoFileId))),
      q,
    );
  }

  async photo(p: Principal, id: string): Promise<StreamableFile> {
    const r = await this.repo.findOne(p.scope, id);
    if (!r?.photoFileId) throw new DomainError('not-found', 'PHOTO_NOT_FOUND', '尚未上传照片');
    return this.send(r.id, r.photoFileId);
  }

  async file(p: Principal, id: string, fileId: string): Promise<StreamableFile> {
    if (!(await this.repo.findOne(p.scope, id))) throw registrationNotFound();
    return this.send(id, fileId);
  }

  private async send(registrationId: string, fileId: string): Promise<StreamableFile> {
    const f = await this.dataSource
      .getRepository(StoredFileEntity)
      .findOne({ where: { id: fileId, registrationId } });
    if (!f) throw new DomainError('not-found', 'FILE_NOT_FOUND', '文件不存在');
    return download(await this.store.read(f.storageKey), f.mimeType, f.originalName);
  }
}

const canChangePhoto = (r: RegistrationEntity): boolean => r.status !== 'cancelled';
const canChangeDocuments = (r: RegistrationEntity): boolean => DOCUMENT_STATES.includes(r.status);

/** A photo is in use while the registration points to it; documents are never replaced. */
const isCurrentFile = (f: StoredFileEntity, photoFileId: string | null): boolean =>
  f.kind !== 'photo' || f.id === photoFileId;

function toFileResponse(f: StoredFileEntity, current: boolean): StoredFileResponse {
  return {
    id: f.id,
    current,
    kind: f.kind,
    docType: f.docType,
    docTypeName: f.docType ? DOC_TYPE_NAMES[f.docType as DocType] : null,
    mimeType: f.mimeType,
    size: f.size,
    sha256: f.sha256,
    originalName: f.originalName,
    uploadedBy: f.uploadedBy,
    uploadedAt: f.uploadedAt.toISOString(),
  };
}
