import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { ExamYearQuery, ExamYearQueryDto } from '../../exam-sessions/dto/exam-session.dto';
import { TECHNICIAN_CLASSES, type TechnicianClass } from '../../exam-sessions/domain/session-rules';
import { QueryBoolean } from '../../../common/validation/transforms';
import { PageOf, PageQueryOf } from '../../../common/http/page.dto';

export class LookupQueryDto extends ExamYearQueryDto {
  /** 职业（工种）名称，精确匹配（全角/半角与首尾空白不计） */
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
}

export class OccupationQueryDto extends PageQueryOf(50, 500) {
  /** 考核年度；缺省为当前年度 */
  @ExamYearQuery() examYear?: number;
  /** 名称包含 */
  @IsOptional() @IsString() @MaxLength(100) q?: string;
  @IsOptional() @IsIn(TECHNICIAN_CLASSES) technicianClass?: TechnicianClass;
  /** 只看可申报技师的（true）或不可申报的（false） */
  @IsOptional() @QueryBoolean() @IsBoolean() technicianEligible?: boolean;
  /** 试卷分类名称，如 电工 */
  @IsOptional() @IsString() @MaxLength(40) paperCategory?: string;
}

export class CreateOccupationDto {
  @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  /** 附件1 类别；null 表示不设技师 */
  @ApiPropertyOptional({ enum: TECHNICIAN_CLASSES, nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsIn(TECHNICIAN_CLASSES)
  technicianClass: TechnicianClass | null;
  /** 试卷分类名称；缺省为 综合 */
  @IsOptional() @IsString() @MaxLength(40) paperCategory?: string;
}

export class UpdateOccupationDto {
  @ApiPropertyOptional({ enum: TECHNICIAN_CLASSES, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(TECHNICIAN_CLASSES)
  technicianClass?: TechnicianClass | null;
  @IsOptional() @IsString() @MaxLength(40) paperCategory?: string;
}

export class OccupationLookupResponse {
  @ApiProperty({ example: '维修电工' }) name: string;
  @ApiProperty({
    example: '电工',
    enum: ['汽车驾驶员', '汽车修理工', '计算机操作员', '电工', '中式烹调师', '收银员', '综合'],
  })
  paperCategory: string;
  @ApiProperty({ description: '属附件1技师职业（工种）范围' }) technicianEligible: boolean;
  @ApiProperty({ enum: TECHNICIAN_CLASSES, nullable: true, type: String })
  technicianClass: TechnicianClass | null;
}

export class OccupationResponse extends OccupationLookupResponse {
  @ApiProperty() id: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '所属上级职业（子工种）' })
  parentName: string | null;
}

export class OccupationPageResponse extends PageOf(OccupationResponse) {}

export class PaperCategoryResponse {
  @ApiProperty({ example: 'electrician' }) code: string;
  @ApiProperty({ example: '电工' }) name: string;
  @ApiProperty({ example: 4, description: '附件3 序号' }) seq: number;
  @ApiProperty({ description: '综合：其他所有职业（工种）' }) isDefault: boolean;
  @ApiProperty({ type: [String], description: '附件3 所列职业（工种）' }) occupations: string[];
}

export class PaperCategoryPageResponse extends PageOf(PaperCategoryResponse) {}
