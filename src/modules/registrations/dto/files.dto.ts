import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PageOf } from '../../../common/http/page.dto';

/** The supporting materials 三(二)2(2)(3) lists. */
export const DOC_TYPES = ['certificate', 'transfer', 'veteran', 'other'] as const;
export type DocType = (typeof DOC_TYPES)[number];
export const DOC_TYPE_NAMES: Record<DocType, string> = {
  certificate: '原等级证书或合格证明',
  transfer: '新进或转聘手续（劳动合同、调动表、转聘手续等）',
  veteran: '入伍通知书等退役士兵材料',
  other: '其他材料',
};

export class DocumentQueryDto {
  /** certificate 原等级证书/合格证明；transfer 新进及转聘手续；veteran 入伍通知书等；other 其他 */
  @IsIn(DOC_TYPES) docType: DocType;
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
