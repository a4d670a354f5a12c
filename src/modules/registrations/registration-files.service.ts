import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { download } from '../../common/http/download';
import { pageOf, type Page, type PageQuery } from '../../common/http/page.dto';
import type { NamedUpload } from '../../common/upload/upload.decorators';
import { insertRows } from '../../database/insert-rows';
import { UnitOfWork } from '../../database/unit-of-work';
import { actorOf, AuditService } from '../audit/audit.service';
import { isPdf, sniffImage } from '../documents/files/file-sniff';
import { FileStore } from '../documents/files/file-store';
import type { Status } from './domain/registration-status';
import { DOC_TYPE_NAMES, type DocType, type StoredFileResponse } from './dto/files.dto';
import type { RegistrationEntity } from './entities/registration.entity';
import { StoredFileEntity } from './entities/stored-file.entity';
import { registrationNotFound } from './registrations.errors';
import { RegistrationsRepository } from './registrations.repository';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const MAX_DOCUMENTS = 20;
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

/** The photo (一寸免冠照片) and supporting PDFs of a registration. */
@Injectable()
export class RegistrationFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repo: RegistrationsRepository,
    private readonly store: FileStore,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** JPEG or PNG by content, portrait, of a printable size. */
  async putPhoto(p: Principal, id: string, upload: NamedUpload): Promise<StoredFileResponse> {
    const image = sniffImage(upload.bytes);
    if (!image) throw badFile('PHOTO_TYPE', '照片须为 JPEG 或 PNG 图片');
    if (image.width < 100 || image.height < 120 || image.width > 5000 || image.height > 5000) {
      throw badFile(
        'PHOTO_SIZE',
        `照片尺寸 ${image.width}×${image.height} 不合适，一寸照片宜为 295×413 像素左右`,
      );
    }
    if (image.height < image.width) throw badFile('PHOTO_ORIENTATION', '一寸免冠照片应为竖版');
    return this.save(
      p,
      id,
      upload,
      { kind: 'photo', docType: null, mimeType: image.mimeType },
      (r) => r.status !== 'cancelled',
    );
  }

  async putDocument(
    p: Principal,
    id: string,
    docType: DocType,
    upload: NamedUpload,
  ): Promise<StoredFileResponse> {
    if (!isPdf(upload.bytes)) throw badFile('DOCUMENT_TYPE', '证明材料须为完整的 PDF 文件');
    const count = await this.dataSource
      .getRepository(StoredFileEntity)
      .count({ where: { registrationId: id, kind: 'document' } });
    if (count >= MAX_DOCUMENTS)
      throw new DomainError(
        'conflict',
        'TOO_MANY_DOCUMENTS',
        `每份报名最多上传 ${MAX_DOCUMENTS} 个材料`,
      );
    return this.save(
      p,
      id,
      upload,
      { kind: 'document', docType, mimeType: 'application/pdf' },
      (r) => DOCUMENT_STATES.includes(r.status),
    );
  }

  /** Bytes first, then the row in a transaction; a failed transaction removes the bytes again. */
  private async save(
    p: Principal,
    id: string,
    upload: NamedUpload,
    meta: { kind: string; docType: DocType | null; mimeType: string },
    allowed: (r: RegistrationEntity) => boolean,
  ): Promise<StoredFileResponse> {
    const registration = await this.repo.findOne(p.scope, id);
    if (!registration) throw registrationNotFound();
    if (!allowed(registration)) {
      throw new DomainError('conflict', 'FILES_LOCKED', '报名当前状态不能再更改材料');
    }
    const storageKey = await this.store.put(upload.bytes);
    try {
      return await this.uow.run(async (em) => {
        const previous = meta.kind === 'photo' ? registration.photoFileId : null;
        const file = Object.assign(new StoredFileEntity(), {
          id: randomUUID(),
          registrationId: id,
          ...meta,
          size: upload.bytes.length,
          sha256: createHash('sha256').update(upload.bytes).digest('hex'),
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
          after: { fileId: file.id, sha256: file.sha256, size: file.size, docType: meta.docType },
        });
        return toFileResponse(file, true);
      });
    } catch (e) {
      await this.store.remove(storageKey);
      throw e;
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
