/// <reference types="multer" />
import {
  applyDecorators,
  Injectable,
  PipeTransform,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiPayloadTooLargeResponse } from '@nestjs/swagger';
import { DomainError } from '../errors/domain-error';
import { ErrorBody } from '../errors/error-body';

const MB = 1024 * 1024;
export const MAX_SPREADSHEET_BYTES = 10 * MB;

/**
 * One file in the multipart field `file`, held in memory and capped before
 * anything reads it (security-checklist #28); the original file name is
 * never used as a path.
 */
export const SingleFileUpload = (maxBytes: number, description: string) =>
  applyDecorators(
    UseInterceptors(
      FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12 } }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary', description } },
      },
    }),
    ApiPayloadTooLargeResponse({ type: ErrorBody, description: '文件超过大小限制' }),
  );

export const SpreadsheetUpload = () =>
  SingleFileUpload(MAX_SPREADSHEET_BYTES, 'xlsx 文件，不超过 10 MB');

@Injectable()
export class RequiredFilePipe implements PipeTransform<Express.Multer.File | undefined, Buffer> {
  transform(file: Express.Multer.File | undefined): Buffer {
    return requireFile(file).buffer;
  }
}

@Injectable()
export class RequiredFileWithNamePipe implements PipeTransform<
  Express.Multer.File | undefined,
  NamedUpload
> {
  transform(file: Express.Multer.File | undefined): NamedUpload {
    const f = requireFile(file);
    return { bytes: f.buffer, name: safeName(f.originalname) };
  }
}

export interface NamedUpload {
  bytes: Buffer;
  /** The client's file name, reduced to a harmless label (kept as metadata only). */
  name: string;
}

function requireFile(file: Express.Multer.File | undefined): Express.Multer.File {
  if (!file?.buffer?.length) {
    throw new DomainError('validation', 'FILE_REQUIRED', '请上传文件（字段名 file）', [
      { field: 'file', code: 'FILE_REQUIRED', message: 'file：不能为空' },
    ]);
  }
  return file;
}

/** Keeps the last path segment of a client's file name, printable and short. */
export function safeName(raw: string): string {
  // Some multipart parsers hand UTF-8 names over as latin1 text; undo that when it decodes cleanly.
  const recoded = [...raw].every((c) => c.charCodeAt(0) <= 0xff)
    ? Buffer.from(raw, 'latin1').toString('utf8')
    : raw;
  const utf8 = recoded.includes('\ufffd') ? raw : recoded;
  const base = utf8.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\p{Cc}"<>|:*?]/gu, '').trim();
  return (clean || 'file').slice(0, 120);
}

/** The uploaded file's bytes; 400 when no file was sent. */
export const UploadedBuffer = () => UploadedFile(RequiredFilePipe);

/** The bytes and a sanitised name. */
export const UploadedNamedFile = () => UploadedFile(RequiredFileWithNamePipe);
