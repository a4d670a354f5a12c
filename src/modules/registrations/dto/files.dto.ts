import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PageOf } from '../../../common/http/page.dto';
import { DOC_TYPES, type DocType } from '../domain/document-types';

export { DOC_TYPE_NAMES, DOC_TYPES, type DocType } from '../domain/document-types';

export class DocumentQueryDto {
  /**
   * certificate 原等级证书或合格证明；transfer 新进或转聘手续；veteran 入伍通知书等退役士兵安置手续；
   * national-certificate 国家职业资格证书或职业技能等级证书；national-verification 全国联网查询系统核查结果；
   * commitment 退役士兵证书真实性承诺书；other 其他
   */
  @ApiProperty({ enum: DOC_TYPES })
  @IsIn(DOC_TYPES)
  docType: DocType;
}

export class StoredFileResponse {
  @ApiProperty() id: string;
  @ApiProperty({
    description: '是否在用：更换后的旧照片为 false（准考证等只用 current 为 true 的照片）',
  })
  current: boolean;
  @ApiProperty({ enum: ['photo', 'document'] }) kind: string;
  @ApiProperty({ nullable: true, enum: DOC_TYPES, type: String }) docType: string | null;
  @ApiProperty({ nullable: true, type: String }) docTypeName: string | null;
  @ApiProperty() mimeType: string;
  @ApiProperty() size: number;
  @ApiProperty({ description: 'SHA-256（十六进制）' }) sha256: string;
  @ApiProperty() originalName: string;
  @ApiProperty() uploadedBy: string;
  @ApiProperty() uploadedAt: string;
}

export class StoredFilePageResponse extends PageOf(StoredFileResponse) {}

export class DocumentCheckResponse {
  @ApiProperty({ enum: DOC_TYPES }) docType: string;
  @ApiProperty({ example: '原等级证书或合格证明' }) name: string;
  @ApiProperty({ example: '三(二)2(2)', description: '要求此材料的通知条款' }) clause: string;
  @ApiProperty({ example: '持有高级工等级', description: '为何需要' }) reason: string;
  @ApiProperty({ description: '是否已上传' }) present: boolean;
}

export class DocumentChecklistResponse {
  @ApiProperty({ description: '规定材料是否齐全' }) complete: boolean;
  @ApiProperty({ type: [DocumentCheckResponse] }) items: DocumentCheckResponse[];
  @ApiProperty({ type: [String], description: '所缺材料名称' }) missing: string[];
}

export class DocumentGapResponse {
  @ApiProperty({ description: '报名编号' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String], description: '所缺材料名称' }) missing: string[];
}
