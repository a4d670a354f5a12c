import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../../common/http/page.dto';
import { MARK_KINDS, VIOLATION_TYPES, VIOLATION_VOIDS } from '../domain/marks';
import { SHEET_STATUSES } from '../domain/sheet-status';

export class MarkView {
  @ApiProperty({ enum: MARK_KINDS }) kind: string;
  @ApiProperty({ type: Number, nullable: true, description: '分数（kind=score）' })
  score: number | null;
  @ApiProperty({ enum: VIOLATION_TYPES, nullable: true }) violationType: string | null;
  @ApiProperty({ enum: VIOLATION_VOIDS, nullable: true }) violationVoid: string | null;
  @ApiProperty({ example: '72.5 分' }) text: string;
}

export class GraderResponse {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
}

export class GraderPageResponse extends PageOf(GraderResponse) {}

export class GraderAssignmentResponse {
  @ApiProperty() id: string;
  @ApiProperty() sittingId: string;
  @ApiProperty({ description: '考场号；0 表示该场次全部考场' }) examRoom: number;
  @ApiProperty({ example: '全部考场' }) examRoomLabel: string;
  @ApiProperty() graderId: string;
  @ApiProperty() graderUsername: string;
  @ApiProperty() graderName: string;
  @ApiProperty() createdAt: string;
}

export class GraderAssignmentPageResponse extends PageOf(GraderAssignmentResponse) {}

export class SheetEntrySummary {
  @ApiProperty({ enum: [1, 2] }) slot: number;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status: string;
  @ApiProperty({ description: '是否本人的录入' }) mine: boolean;
  @ApiProperty({ type: String, nullable: true, description: '录入人（仅中心可见）' })
  graderName: string | null;
  @ApiProperty({ description: '已录入行数' }) filled: number;
}

export class ScoreSheetResponse {
  @ApiProperty() sittingId: string;
  @ApiProperty() examRoom: number;
  @ApiProperty({ example: '第001考场' }) label: string;
  @ApiProperty() paperCategory: string;
  @ApiProperty({ enum: ['theory', 'practical'] }) component: string;
  @ApiProperty({ example: '理论考试' }) componentName: string;
  @ApiProperty() date: string;
  @ApiProperty() startTime: string;
  @ApiProperty() endTime: string;
  @ApiProperty() venueName: string;
  @ApiProperty() roomName: string;
  @ApiProperty({ description: '本表考生数（不含已取消资格者）' }) candidates: number;
  @ApiProperty({ enum: SHEET_STATUSES }) status: string;
  @ApiProperty({ example: '录入中' }) statusName: string;
  @ApiProperty({ description: '所在场次成绩是否已锁定' }) locked: boolean;
  @ApiProperty({ type: [SheetEntrySummary] }) entries: SheetEntrySummary[];
  @ApiProperty({ type: Number, nullable: true, description: '本人承担的录入（1 或 2）' })
  mySlot: number | null;
  @ApiProperty({ description: '待处理的差异数' }) pendingDiscrepancies: number;
  @ApiProperty({ description: '已定稿行数' }) finalRows: number;
}
export class ScoreSheetPageResponse extends PageOf(ScoreSheetResponse) {}

export class SheetRowView {
  @ApiProperty() registrationId: string;
  @ApiProperty() seat: number;
  @ApiProperty() ticketNumber: string;
  @ApiProperty() name: string;
}

export class SheetFinalRow extends SheetRowView {
  @ApiProperty({ type: String, nullable: true }) resultId: string | null;
  @ApiProperty({ type: MarkView, nullable: true, description: '定稿成绩（仅中心可见）' })
  final: MarkView | null;
  @ApiProperty({ enum: ['pending', 'final'], nullable: true }) resultStatus: string | null;
  @ApiProperty() disputed: boolean;
  @ApiProperty({ type: Number, nullable: true }) resultVersion: number | null;
}

export class ScoreSheetDetailResponse extends ScoreSheetResponse {
  @ApiProperty({ type: [SheetFinalRow] }) rows: SheetFinalRow[];
}

export class EntryRowView extends SheetRowView {
  @ApiProperty({ type: MarkView, nullable: true }) mark: MarkView | null;
}

export class ScoreEntryResponse {
  @ApiProperty() sittingId: string;
  @ApiProperty() examRoom: number;
  @ApiProperty({ enum: [1, 2] }) slot: number;
  @ApiProperty({ enum: ['draft', 'submitted'] }) status: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: ['keyboard', 'import'] }) source: string;
  @ApiProperty({ type: String, nullable: true }) submittedAt: string | null;
  @ApiProperty({ description: '尚未录入的座位数' }) empty: number;
  @ApiProperty({ type: [EntryRowView] }) rows: EntryRowView[];
  @ApiProperty({ description: '所在场次成绩是否已锁定' }) locked: boolean;
}

export class DiscrepancyResponse {
  @ApiProperty({ description: '成绩记录编号' }) id: string;
  @ApiProperty() sittingId: string;
  @ApiProperty() examRoom: number;
  @ApiProperty() label: string;
  @ApiProperty() paperCategory: string;
  @ApiProperty() componentName: string;
  @ApiProperty() registrationId: string;
  @ApiProperty() seat: number;
  @ApiProperty() ticketNumber: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: MarkView, nullable: true }) first: MarkView | null;
  @ApiProperty({ type: MarkView, nullable: true }) second: MarkView | null;
  @ApiProperty({ enum: ['pending', 'resolved'] }) status: string;
  @ApiProperty({ type: MarkView, nullable: true }) decided: MarkView | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedAt: string | null;
  @ApiProperty() version: number;
}
export class DiscrepancyPageResponse extends PageOf(DiscrepancyResponse) {}

export class ScoreResultResponse {
  @ApiProperty() id: string;
  @ApiProperty() registrationId: string;
  @ApiProperty({ enum: ['pending', 'final'] }) status: string;
  @ApiProperty({ type: MarkView, nullable: true }) mark: MarkView | null;
  @ApiProperty({ type: String, nullable: true }) source: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() version: number;
}

export class ScoreLockResponse {
  @ApiProperty() sittingId: string;
  @ApiProperty() locked: boolean;
  @ApiPropertyOptional({ type: String, nullable: true }) lockedAt?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lockedBy?: string | null;
}

export class ScoreImportError {
  @ApiProperty({ description: '工作表行号' }) row: number;
  @ApiProperty({ example: '成绩' }) column: string;
  @ApiProperty() code: string;
  @ApiProperty() message: string;
}

export class ScoreImportResponse {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: '读取的数据行数' }) rows: number;
  @ApiProperty({ description: '写入的行数（dryRun 时为 0）' }) saved: number;
  @ApiProperty({ description: '仍为空的座位数' }) empty: number;
  @ApiProperty({ type: [ScoreImportError] }) errors: ScoreImportError[];
}
