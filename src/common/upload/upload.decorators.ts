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

export const MAX_SPREADSHEET_BYTES = 10 * 1024 * 1024;

/**
 * One spreadsheet in the multipart field `file`, held in memory and capped
 * before parsing (security-checklist #28); the original file name is never
 * used as a path.
 */
export const SpreadsheetUpload = () =>
  applyDecorators(
    UseInterceptors(
      FileInterceptor('file', {
        limits: { fileSize: MAX_SPREADSHEET_BYTES, files: 1, fields: 10, parts: 12 },
      }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'xlsx 文件，不超过 10 MB' },
        },
      },
    }),
    ApiPayloadTooLargeResponse({ type: ErrorBody, description: '文件超过大小限制' }),
  );

@Injectable()
export class RequiredFilePipe implements PipeTransform<Express.Multer.File | undefined, Buffer> {
  transform(file: Express.Multer.File | undefined): Buffer {
    if (!file?.buffer?.length) {
      throw new DomainError('validation', 'FILE_REQUIRED', '请上传文件（字段名 file）', [
        { field: 'file', code: 'FILE_REQUIRED', message: 'file：不能为空' },
      ]);
    }
    return file.buffer;
  }
}

/** The uploaded file's bytes; 400 when no file was sent. */
export const UploadedBuffer = () => UploadedFile(RequiredFilePipe);
