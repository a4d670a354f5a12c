import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../../../common/http/page.dto';

export class AuditQueryDto extends PageQueryDto {
  @IsOptional() @IsString() @MaxLength(60) action?: string;
  @IsOptional() @IsString() @MaxLength(40) entityType?: string;
  @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  /** 操作人用户名 */
  @IsOptional() @IsString() @MaxLength(64) actor?: string;
  /** 起始时间（ISO 8601） */
  @IsOptional() @IsISO8601({ strict: true }) from?: string;
  /** 截止时间（ISO 8601） */
  @IsOptional() @IsISO8601({ strict: true }) to?: string;
}

export class AuditEntryResponse {
  @ApiProperty() id: number;
  @ApiProperty({ description: '时间（UTC，ISO 8601）' }) at: string;
  @ApiPropertyOptional({ nullable: true, type: String }) actorId: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) actorUsername: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) actorRole: string | null;
  @ApiProperty() ip: string;
  @ApiPropertyOptional({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty({ example: 'department.create' }) action: string;
  @ApiProperty() entityType: string;
  @ApiPropertyOptional({ nullable: true, type: String }) entityId: string | null;
  @ApiProperty({ enum: ['success', 'denied', 'failure'] }) outcome: string;
  @ApiPropertyOptional({ description: '变更前的值', nullable: true }) before: unknown;
  @ApiPropertyOptional({ description: '变更后的值', nullable: true }) after: unknown;
}

export class AuditPageResponse extends PageOf(AuditEntryResponse) {}

export class AuditVerifyResponse {
  @ApiProperty({ description: '哈希链是否完整' }) intact: boolean;
  @ApiProperty({ description: '已核验的记录数' }) checked: number;
  @ApiPropertyOptional({
    description: '第一条被篡改或断链的记录编号',
    nullable: true,
    type: Number,
  })
  firstBrokenId: number | null;

  @ApiPropertyOptional({
    description:
      '问题类型：ROW_TAMPERED 记录被改动或删除；UNKEYED_AFTER_KEYED 加密钥后出现旧式哈希；HEAD_MISSING 链头缺失；HEAD_INVALID 链头签名无效；TAIL_MISSING 末尾记录被删除；HEAD_MISMATCH 链头与末条不符',
    nullable: true,
    enum: [
      'ROW_TAMPERED',
      'UNKEYED_AFTER_KEYED',
      'HEAD_MISSING',
      'HEAD_INVALID',
      'TAIL_MISSING',
      'HEAD_MISMATCH',
    ],
    type: String,
  })
  problem: string | null;

  @ApiPropertyOptional({ description: '已签名链头记录的编号', nullable: true, type: Number })
  headId: number | null;

  @ApiProperty({ description: '核验结论（中文）' }) message: string;
}
