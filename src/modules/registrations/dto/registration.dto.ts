import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../../common/validation/is-date-only.decorator';
import { LEVELS, type Level } from '../../exam-sessions/domain/session-rules';
import { ROUTES, type Route } from '../../eligibility/domain/eligibility.types';
import { EDUCATION_MESSAGE, EDUCATIONS } from '../domain/education';
import { ACTIONS, STATUSES, type Status } from '../domain/registration-status';
import { DocumentChecklistResponse } from './files.dto';
import { Trim } from '../../../common/validation/transforms';
import { PageOf, PageQueryDto } from '../../../common/http/page.dto';

export class RegistrationCertificateDto {
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) level: Level;
  /** 证书职业（工种） */
  @Trim() @IsString() @IsNotEmpty() @MaxLength(100) occupation: string;
  /** 证书编号 */
  @Trim() @IsString() @IsNotEmpty() @MaxLength(40) number: string;
  /** 已经全国联网查询系统核查确认有效 */
  @IsBoolean() verified: boolean;
  /** 退役士兵对部队证书的真实性承诺 */
  @IsOptional() @IsBoolean() militaryCommitment?: boolean;
}

/** The fields of 附件2 and what the route needs. */
export class RegistrationFieldsDto {
  @ApiProperty({ example: '张三' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  name: string;
  @ApiProperty({ enum: ['男', '女'] }) @IsIn(['男', '女']) gender: string;
  /** 出生年月 YYYY-MM */
  @ApiProperty({ example: '1975-03' }) @Matches(/^\d{4}-(0[1-9]|1[0-2])$/) birthMonth: string;
  /** 18 位身份证号（GB 11643 校验） */
  @ApiProperty({ example: '11010519491231002X' })
  @Trim()
  @IsString()
  @MaxLength(18)
  idNumber: string;
  /** 文化程度（导入模板下拉列表中的一项） */
  @ApiProperty({ enum: EDUCATIONS, example: '高中' })
  @Trim()
  @IsIn(EDUCATIONS, { context: { message: EDUCATION_MESSAGE } })
  education: string;
  @ApiProperty({ example: '1995-07-01' }) @IsDateOnly() workStartDate: string;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  currentOccupation?: string | null;
  @ApiPropertyOptional({ nullable: true, enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS)
  currentLevel?: Level | null;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsDateOnly()
  currentCertDate?: string | null;
  @ApiProperty({ example: '汽车驾驶员' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  targetOccupation: string;
  @ApiProperty({ enum: LEVELS }) @IsIn(LEVELS) targetLevel: Level;
  @ApiProperty({ enum: ROUTES }) @IsIn(ROUTES) route: Route;
  /** 已转正 */
  @IsBoolean() confirmed: boolean;
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  professionalTitle?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  yearsInOccupation?: number | null;
  @ApiPropertyOptional({ nullable: true, type: RegistrationCertificateDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegistrationCertificateDto)
  nationalCertificate?: RegistrationCertificateDto | null;
  /** 联系电话 */
  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/)
  phone?: string | null;
}

export class CreateRegistrationDto extends RegistrationFieldsDto {
  /** 考核年度，缺省为当前年度 */
  @IsOptional() @IsInt() @Min(2000) @Max(2100) examYear?: number;
}

/**
 * A correction: only the fields sent change (身份证号 need not be resent; units only see it
 * masked). A field sent as null is refused unless it may be empty.
 */
export class UpdateRegistrationDto extends PartialType(RegistrationFieldsDto, {
  skipNullProperties: false,
}) {
  /** 读取时的版本号，防止覆盖他人的修改 */
  @IsInt() @Min(1) version: number;
}

export class RegistrationQueryDto extends PageQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) examYear?: number;
  @IsOptional() @IsIn(STATUSES) status?: Status;
  @IsOptional() @Matches(/^[0-9a-f-]{36}$/) departmentId?: string;
  @IsOptional() @Matches(/^[0-9a-f-]{36}$/) unitId?: string;
  /** 报送批次（最近一次报送所在的批次） */
  @IsOptional() @Matches(/^[0-9a-f-]{36}$/) batchId?: string;
  @IsOptional() @IsString() @MaxLength(100) targetOccupation?: string;
  @IsOptional() @IsIn(LEVELS) targetLevel?: Level;
  /** 姓名包含 */
  @IsOptional() @IsString() @MaxLength(30) name?: string;
  /** 身份证号（完整号码精确查找） */
  @IsOptional() @IsString() @MaxLength(18) idNumber?: string;
}

export class OrgRefResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class PublicityRefResponse {
  @ApiProperty() id: string;
  @ApiProperty() startDate: string;
  @ApiProperty() endDate: string;
}

export class RegistrationResponse {
  @ApiProperty() id: string;
  @ApiProperty() examYear: number;
  @ApiProperty({ type: OrgRefResponse }) department: OrgRefResponse;
  @ApiProperty({ type: OrgRefResponse }) unit: OrgRefResponse;
  @ApiProperty() name: string;
  @ApiProperty() gender: string;
  @ApiProperty() birthMonth: string;
  @ApiProperty({ description: '身份证号（部分隐藏）', example: '1101**********002X' })
  idNumber: string;
  @ApiProperty() education: string;
  @ApiProperty() workStartDate: string;
  @ApiPropertyOptional({ nullable: true, type: String }) currentOccupation: string | null;
  @ApiPropertyOptional({ nullable: true, enum: LEVELS }) currentLevel: Level | null;
  @ApiPropertyOptional({ nullable: true, type: String }) currentCertDate: string | null;
  @ApiProperty() targetOccupation: string;
  @ApiProperty({ enum: LEVELS }) targetLevel: Level;
  @ApiProperty({ example: '技师' }) targetLevelName: string;
  @ApiProperty({ enum: ROUTES }) route: Route;
  @ApiProperty({ example: '正常晋升' }) routeName: string;
  @ApiProperty({ enum: ['exam', 'exempt-review'] }) mode: string;
  @ApiProperty({ description: '试卷分类（附件3）' }) paperCategory: string;
  @ApiProperty({ example: '二(二)1' }) clause: string;
  @ApiProperty({ type: [String] }) reasons: string[];
  @ApiProperty() confirmed: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) professionalTitle: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) yearsInOccupation: number | null;
  @ApiPropertyOptional({ nullable: true, type: Object }) nationalCertificate: object | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: '申报人联系电话' })
  phone: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: '正在使用的照片（GET /registrations/:id/photo）；未上传为 null',
  })
  photoFileId: string | null;
  @ApiProperty({ enum: STATUSES }) status: Status;
  @ApiProperty() statusName: string;
  @ApiPropertyOptional({ nullable: true, type: String }) statusReason: string | null;
  @ApiProperty({
    type: [String],
    enum: ACTIONS,
    description:
      '当前账号现在可成功执行的操作（已计入角色、状态、公示期、报名期与材料要求），与办理时的校验一致',
  })
  allowedActions: string[];
  @ApiProperty({
    type: DocumentChecklistResponse,
    description: '通知三(二)2(2)(3)规定的材料：已上传与缺少的',
  })
  documents: DocumentChecklistResponse;
  @ApiPropertyOptional({ nullable: true, type: PublicityRefResponse })
  publicity: PublicityRefResponse | null;
  @ApiProperty() version: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class RegistrationPageResponse extends PageOf(RegistrationResponse) {}

export class FullIdNumberResponse {
  @ApiProperty() id: string;
  @ApiProperty({ description: '完整身份证号（查看行为已记入审计日志）' }) idNumber: string;
}
