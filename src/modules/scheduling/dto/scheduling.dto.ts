import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageOf } from '../../../common/http/page.dto';
import { IsDateOnly } from '../../../common/validation/is-date-only.decorator';
import { Trim } from '../../../common/validation/transforms';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const SITTING_COMPONENTS = ['theory', 'practical'] as const;

export class CreateVenueDto {
  @Trim() @IsString() @IsNotEmpty() @MaxLength(100) name: string;
  @Trim() @IsString() @IsNotEmpty() @MaxLength(200) address: string;
}

export class CreateRoomDto {
  @Trim() @IsString() @IsNotEmpty() @MaxLength(50) name: string;
  /** 座位数（1–99） */
  @IsInt() @Min(1) @Max(99) capacity: number;
  /** 每排座位数（座位图用，可选） */
  @IsOptional() @IsInt() @Min(1) @Max(20) seatsPerRow?: number;
}

export class UpdateRoomDto {
  @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(50) name?: string;
  /** 座位数（1–99）；不能小于已安排的最大座位号 */
  @IsOptional() @IsInt() @Min(1) @Max(99) capacity?: number;
  /** 每排座位数（座位图用）；null 恢复默认（每排 5 座） */
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  seatsPerRow?: number | null;
}

export class SittingDto {
  @IsOptional() @IsInt() @Min(2000) @Max(2100) examYear?: number;
  /** 试卷分类（附件3），如 电工 */
  @Trim() @IsString() @IsNotEmpty() @MaxLength(40) paperCategory: string;
  @ApiProperty({ enum: SITTING_COMPONENTS }) @IsIn(SITTING_COMPONENTS) component:
    'theory' | 'practical';
  @IsDateOnly() date: string;
  /** HH:MM */
  @ApiProperty({ example: '09:00' }) @Matches(TIME) startTime: string;
  @ApiProperty({ example: '11:00' }) @Matches(TIME) endTime: string;
  @IsUUID() venueId: string;
}

export class AllocateDto {
  @IsOptional() @IsInt() @Min(2000) @Max(2100) examYear?: number;
  /** true：只计算并报告，不写入 */
  @IsOptional() @IsBoolean() dryRun?: boolean;
  /** true：全部重新编排（否则保留已排座位，只安排新增、释放取消） */
  @IsOptional() @IsBoolean() reset?: boolean;
  /** 准考证发布后重新编排须说明原因 */
  @IsOptional() @Trim() @IsString() @MaxLength(500) reason?: string;
}

export class PublishDto {
  @IsOptional() @IsInt() @Min(2000) @Max(2100) examYear?: number;
}

export class TicketDownloadQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) examYear?: number;
  /** 只下载某单位 */
  @IsOptional() @IsUUID() unitId?: string;
}

export class PrintExtensionDto {
  @IsOptional() @IsInt() @Min(2000) @Max(2100) examYear?: number;
  @IsDateOnly() startDate: string;
  @IsDateOnly() endDate: string;
  @Trim() @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export class VerifyQueryDto {
  /** 准考证二维码内容 */
  @IsString() @MaxLength(100) code: string;
}

export class RoomResponse {
  @ApiProperty() id: string;
  @ApiProperty() venueId: string;
  @ApiProperty({
    description: '房间序号（编排时的顺序）；考场号按“房间 × 时段”另行编号，见 GET /exam-rooms',
  })
  number: number;
  @ApiProperty() name: string;
  @ApiProperty() capacity: number;
  @ApiPropertyOptional({ nullable: true, type: Number }) seatsPerRow: number | null;
}

export class VenueResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ type: [RoomResponse] }) rooms: RoomResponse[];
}

export class VenuePageResponse extends PageOf(VenueResponse) {}

export class SittingResponse {
  @ApiProperty() id: string;
  @ApiProperty() examYear: number;
  @ApiProperty() paperCategory: string;
  @ApiProperty({ enum: SITTING_COMPONENTS }) component: string;
  @ApiProperty() componentName: string;
  @ApiProperty() date: string;
  @ApiProperty() startTime: string;
  @ApiProperty() endTime: string;
  @ApiProperty() venueId: string;
  @ApiProperty() venueName: string;
}

export class SittingPageResponse extends PageOf(SittingResponse) {}

export class ShortageResponse {
  @ApiProperty() paperCategory: string;
  @ApiProperty() component: string;
  @ApiProperty() needed: number;
  @ApiProperty() available: number;
  @ApiProperty() missing: number;
}

export class AllocationResponse {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: '参加考试的考生数' }) candidates: number;
  @ApiProperty({ description: '保留原座位的安排数' }) kept: number;
  @ApiProperty({ description: '新安排的座位数' }) placed: number;
  @ApiProperty({ description: '释放的座位数（取消等）' }) released: number;
  @ApiProperty({ description: '准考证数' }) tickets: number;
  @ApiProperty({ description: '考场数（同一房间每个时段为一个考场，考场号 1–999）' })
  examRooms: number;
  @ApiProperty({ type: [ShortageResponse] }) shortages: ShortageResponse[];
  @ApiProperty({
    description: '本次编排做了什么；没有需要安排的考生时说明原因（如尚无备案考生、均已安排座位）',
  })
  message: string;
}

export class ScheduleStatusResponse {
  @ApiProperty() examYear: number;
  @ApiProperty() published: boolean;
  @ApiPropertyOptional({ nullable: true, type: String }) publishedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) allocatedAt: string | null;
  @ApiProperty() tickets: number;
}

export class ExamRoomSittingResponse {
  @ApiProperty() paperCategory: string;
  @ApiProperty({ example: '理论考试' }) componentName: string;
  @ApiProperty() startTime: string;
  @ApiProperty() endTime: string;
  @ApiProperty({ description: '本场次在该考场的座位数' }) count: number;
}

export class ExamRoomResponse {
  @ApiProperty({ description: '考场号（准考证号中的 RRR）', example: 3 }) examRoom: number;
  @ApiProperty({ example: '第003考场' }) label: string;
  @ApiProperty() venueName: string;
  @ApiProperty({ description: '考点内的房间名称' }) roomName: string;
  @ApiProperty() capacity: number;
  @ApiProperty() date: string;
  @ApiProperty({ description: '最早开考时间' }) startTime: string;
  @ApiProperty({ description: '最晚结束时间' }) endTime: string;
  @ApiProperty({ description: '应考人数（不含已取消资格）' }) seated: number;
  @ApiProperty({ description: '已取消资格仍占座位的人数（重新编排后释放）' }) cancelled: number;
  @ApiProperty({ type: [ExamRoomSittingResponse], description: '在该考场同时进行的场次' })
  sittings: ExamRoomSittingResponse[];
}

export class ExamRoomPageResponse extends PageOf(ExamRoomResponse) {}

/** The ticket printing window as it applies to the caller (its department's extension counted). */
export class PrintWindowResponse {
  @ApiProperty() examYear: number;
  @ApiProperty({ description: '打印开始日期（计入中心为本部门的提前）' }) start: string;
  @ApiProperty({ description: '打印结束日期（计入中心为本部门的延长）' }) end: string;
  @ApiProperty({ description: '是否与本年度打印时间不同（中心已为本部门调整）' }) extended: boolean;
  @ApiProperty({ description: '今天（北京时间）是否在打印时间内' }) open: boolean;
  @ApiProperty({ example: '准考证打印时间为 2025-08-18 至 2025-08-20（北京时间）' })
  message: string;
}

export class TicketVerifyResponse {
  @ApiProperty() valid: boolean;
  @ApiPropertyOptional() ticketNumber?: string;
  @ApiPropertyOptional({ description: '姓名（部分隐藏）' }) name?: string;
  @ApiPropertyOptional() paperCategory?: string;
  @ApiPropertyOptional() status?: string;
  @ApiPropertyOptional({
    description: '真实的准考证，但考生已被取消报考资格（四(三)）：准考证作废',
  })
  void?: boolean;
  @ApiPropertyOptional({ example: '准考证已作废：已取消报考资格，不得参加考核' }) message?: string;
  @ApiPropertyOptional({ type: [String], description: '场次与座位；作废的准考证不列' })
  sittings?: string[];
}
