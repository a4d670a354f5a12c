import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { PageOf } from '../../../common/http/page.dto';
import { IsOneLineText, IsPlainText } from '../../../common/validation/is-plain-text.decorator';
import { Trim } from '../../../common/validation/transforms';
import { ExamYearPageQueryDto, ExamYearQueryDto } from '../../exam-sessions/dto/exam-session.dto';
import { LEVELS, type Level } from '../../exam-sessions/domain/session-rules';
import { PERSON_NAME } from '../../registrations/domain/person-checks';
import { CERTIFICATE_STATUSES, type CertificateStatus } from '../entities/certificate.entity';

export class PublishDto extends ExamYearQueryDto {
  /** 重新发布时回传发布状态的 version */
  @IsOptional() @IsInt() @Min(0) version?: number;
}

export class ReopenDto extends ExamYearQueryDto {
  @IsInt() @Min(0) version: number;
  /** 重新开放的原因 */
  @Trim() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class PublicationResponse {
  examYear: number;
  @ApiProperty({ enum: ['unpublished', 'published', 'reopened'] })
  state: 'unpublished' | 'published' | 'reopened';
  /** 发证日期（最近一次发布） */
  @ApiPropertyOptional({ nullable: true, type: String }) issueDate: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) publishedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) publishedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reopenedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reopenedBy: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reopenReason: string | null;
  /** 第几次发布 */
  round: number;
  version: number;
  /** 尚不能发布的原因（为空即可发布） */
  blockers: string[];
  /** 已备案考生 */
  candidates: number;
  /** 考核合格 */
  passed: number;
  certificates: CertificateCountsResponse;
}

export class CertificateCountsResponse {
  valid: number;
  revoked: number;
  replaced: number;
}

export class CertificateQueryDto extends ExamYearPageQueryDto {
  @IsOptional() @IsUUID('4') departmentId?: string;
  @IsOptional() @IsUUID('4') unitId?: string;
  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS)
  level?: Level;
  @ApiPropertyOptional({ enum: CERTIFICATE_STATUSES })
  @IsOptional()
  @IsIn(CERTIFICATE_STATUSES)
  status?: CertificateStatus;
  /** 姓名或证书编号（包含） */
  @IsOptional() @Trim() @IsString() @MaxLength(30) q?: string;
}

export class CertificateDownloadQueryDto extends ExamYearQueryDto {
  /** 主管部门（中心下载时必填；主管部门账号只能下载本部门） */
  @IsOptional() @IsUUID('4') departmentId?: string;
  @IsOptional() @IsUUID('4') unitId?: string;
}

export class CertificateResponse {
  id: string;
  /** 证书编号，如 DL2025-3-00017 */
  number: string;
  examYear: number;
  name: string;
  gender: string;
  /** 身份证号（隐去出生日期等；完整号码只印在证书上） */
  idNumber: string;
  departmentId: string;
  departmentName: string;
  unitId: string;
  unitName: string;
  occupation: string;
  @ApiProperty({ enum: LEVELS }) level: Level;
  levelName: string;
  @ApiProperty({ enum: ['exam', 'exempt-review'] }) mode: string;
  /** 取得方式：考试 / 免考复核认定 */
  routeName: string;
  issueDate: string;
  @ApiProperty({ enum: CERTIFICATE_STATUSES }) status: CertificateStatus;
  /** 有效 / 已吊销 / 已补发替代 */
  statusName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) revokedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) revokeReason: string | null;
  /** 本证书补发替代的原证书编号 */
  @ApiPropertyOptional({ nullable: true, type: String }) replacesNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reissueReason: string | null;
  /** 替代本证书的新证书编号 */
  @ApiPropertyOptional({ nullable: true, type: String }) replacedByNumber: string | null;
  version: number;
}

export class CertificatePageResponse extends PageOf(CertificateResponse) {}

export class RevokeCertificateDto {
  @IsInt() @Min(0) version: number;
  /** 吊销原因（如：发现考试作弊、提供虚假材料） */
  @Trim() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class ReissueCertificateDto {
  @IsInt() @Min(0) version: number;
  /** 补发原因（如：遗失、姓名更正） */
  @Trim() @IsString() @IsPlainText() @IsNotEmpty() @MaxLength(500) reason: string;
  /** 更正后的姓名（不更正则不填） */
  @IsOptional()
  @Trim()
  @IsString()
  @IsOneLineText()
  @Matches(PERSON_NAME, { message: '姓名应为 1–30 个汉字或字母' })
  name?: string;
}

export class VerifyQueryDto {
  /** 证书编号 */
  @IsString() @MaxLength(40) number: string;
  /** 持证人姓名 */
  @IsString() @MaxLength(30) name: string;
}

export class VerifyResponse {
  @ApiProperty({ enum: ['valid', 'revoked', 'replaced', 'not-found'] })
  status: 'valid' | 'revoked' | 'replaced' | 'not-found';
  /** 有效 / 已吊销 / 已补发替代 / 未查到 */
  statusName: string;
  @ApiPropertyOptional() number?: string;
  /** 姓名（隐去名） */
  @ApiPropertyOptional() name?: string;
  /** 身份证号（隐去出生日期等） */
  @ApiPropertyOptional() idNumber?: string;
  @ApiPropertyOptional() examYear?: number;
  @ApiPropertyOptional() occupation?: string;
  @ApiPropertyOptional() levelName?: string;
  @ApiPropertyOptional() routeName?: string;
  @ApiPropertyOptional() issueDate?: string;
  /** 吊销日期（status 为 revoked） */
  @ApiPropertyOptional() revokedOn?: string;
  /** 替代它的新证书编号（status 为 replaced） */
  @ApiPropertyOptional() replacedBy?: string;
}

export class PassListQueryDto extends ExamYearQueryDto {
  /** internal：内部版（完整身份证号、证书编号）；public：公示版（身份证号隐去中间部分） */
  @ApiPropertyOptional({ enum: ['internal', 'public'], default: 'internal' })
  @IsOptional()
  @IsIn(['internal', 'public'])
  edition?: 'internal' | 'public';
}

export class VerifyPageQueryDto {
  @IsOptional() @IsString() @MaxLength(40) number?: string;
  @IsOptional() @IsString() @MaxLength(30) name?: string;
  /** 二维码内容（签名的证书信息） */
  @IsOptional() @IsString() @MaxLength(1200) c?: string;
  /** 二维码签名 */
  @IsOptional() @IsString() @MaxLength(120) s?: string;
}
