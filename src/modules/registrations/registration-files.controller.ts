import { Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import {
  SingleFileUpload,
  UploadedNamedFile,
  type NamedUpload,
} from '../../common/upload/upload.decorators';
import { PageQueryDto } from '../../common/http/page.dto';
import { IdParam } from '../../common/validation/path-params';
import { DocumentQueryDto, StoredFilePageResponse, StoredFileResponse } from './dto/files.dto';
import {
  MAX_DOCUMENT_BYTES,
  MAX_PHOTO_BYTES,
  RegistrationFilesService,
} from './registration-files.service';

const ORG_ROLES = ['center-admin', 'center-staff', 'department', 'unit'] as const;

@ApiTags('报名材料（照片、证明材料）')
@Controller('registrations/:id')
export class RegistrationFilesController {
  constructor(private readonly files: RegistrationFilesService) {}

  @Post('photo')
  @Roles('unit')
  @SingleFileUpload(MAX_PHOTO_BYTES, '一寸免冠照片，JPEG 或 PNG，不超过 2 MB')
  @ApiOperation({ summary: '上传或更换一寸免冠照片（用于准考证和技师考核表）' })
  @ApiCreatedResponse({ type: StoredFileResponse })
  putPhoto(
    @CurrentUser() p: Principal,
    @IdParam() id: string,
    @UploadedNamedFile() file: NamedUpload,
  ) {
    return this.files.putPhoto(p, id, file);
  }

  @Get('photo')
  @Roles(...ORG_ROLES)
  @ApiProduces('image/jpeg', 'image/png')
  @ApiOperation({ summary: '照片' })
  photo(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.files.photo(p, id);
  }

  @Post('documents')
  @Roles('unit')
  @SingleFileUpload(MAX_DOCUMENT_BYTES, '证明材料扫描件，PDF，不超过 10 MB')
  @ApiOperation({ summary: '上传证明材料（PDF，按内容校验，保存 SHA-256）' })
  @ApiCreatedResponse({ type: StoredFileResponse })
  putDocument(
    @CurrentUser() p: Principal,
    @IdParam() id: string,
    @Query() q: DocumentQueryDto,
    @UploadedNamedFile() file: NamedUpload,
  ) {
    return this.files.putDocument(p, id, q.docType, file);
  }

  @Get('files')
  @Roles(...ORG_ROLES)
  @ApiOperation({
    summary: '报名的照片和材料列表',
    description: '按上传时间排列；被更换的照片 current 为 false，正在使用的照片 current 为 true。',
  })
  @ApiOkResponse({ type: StoredFilePageResponse })
  list(@CurrentUser() p: Principal, @IdParam() id: string, @Query() q: PageQueryDto) {
    return this.files.list(p, id, q);
  }

  @Get('files/:fileId')
  @Roles(...ORG_ROLES)
  @ApiOperation({ summary: '下载某个材料' })
  file(@CurrentUser() p: Principal, @IdParam() id: string, @IdParam('fileId') fileId: string) {
    return this.files.file(p, id, fileId);
  }
}
