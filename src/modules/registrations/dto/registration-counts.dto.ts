import { ApiProperty } from '@nestjs/swagger';
import { STATUSES, type Status } from '../domain/registration-status';

export class StatusCountResponse {
  @ApiProperty({ enum: STATUSES }) status: Status;
  @ApiProperty() statusName: string;
  @ApiProperty() count: number;
}

/** What is waiting for the caller in a session, within what it may see. */
export class RegistrationCountsResponse {
  @ApiProperty() examYear: number;
  @ApiProperty({ description: '报名总数' }) total: number;
  @ApiProperty({ type: [StatusCountResponse], description: '各状态人数（每个状态一项）' })
  byStatus: StatusCountResponse[];
  @ApiProperty({ description: '公示期已满、可报送主管部门的人数' })
  publicityEnded: number;
  @ApiProperty({ description: '公示中的公示批次数' })
  publicitiesRunning: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: '最先结束的公示的最后一天',
    example: '2025-07-07',
  })
  nextPublicityEndDate: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '已报送市中心待备案的批次数（单位账号为 null）',
  })
  batchesWaiting: number | null;
}
