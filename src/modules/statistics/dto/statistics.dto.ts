import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ExamYearQueryDto } from '../../exam-sessions/dto/exam-session.dto';

export class StatisticsQueryDto extends ExamYearQueryDto {
  /** 只统计此主管部门（中心可选；主管部门、单位只能是本部门） */
  @IsOptional() @IsUUID('4') departmentId?: string;
}

export class FiguresResponse {
  /** 报名人数：本年度全部报名记录（任何状态，含已取消资格） */
  registered: number;
  /** 审核中：未备案且未取消资格 */
  inReview: number;
  /** 取消资格 */
  cancelled: number;
  /** 备案人数：中心已备案 */
  accepted: number;
  /** 免考人数：已备案的免考复核认定人员 */
  exempt: number;
  /** 应考人数：已备案的考试人员 */
  examinees: number;
  /** 实考人数：至少一科已锁定成绩为分数或违纪 */
  sat: number;
  /** 缺考人数：已锁定的科目均为缺考 */
  absent: number;
  /** 成绩待定：尚无已锁定的成绩 */
  awaitingMarks: number;
  /** 合格人数（合格判定，含免考复核认定通过） */
  passed: number;
  /** 不合格人数 */
  failed: number;
  /** 待判定人数 */
  undecided: number;
  /** 合格率 %（合格人数 ÷ 备案人数，一位小数；备案人数为 0 时为 null） */
  @ApiProperty({ type: Number, nullable: true, example: 66.7 }) passRate: number | null;
  /** 实考合格率 %（考试合格人数 ÷ 实考人数；实考人数为 0 时为 null） */
  @ApiProperty({ type: Number, nullable: true, example: 75 }) satPassRate: number | null;
}

export class StatisticsGroupResponse {
  /** 分组代码：试卷类别名称、等级代码、主管部门 id、申报途径代码或考核方式 */
  key: string;
  /** 分组中文名称 */
  name: string;
  figures: FiguresResponse;
}

export class FigureDefinitionResponse {
  @ApiProperty({ example: 'passRate' }) key: string;
  @ApiProperty({ example: '合格率（合格人数 ÷ 备案人数）' }) label: string;
}

export class StatisticsResponse {
  examYear: number;
  /** 统计范围，如 全市、大连市教育局 */
  scopeName: string;
  /** 各项指标的中文名称（口径） */
  @ApiProperty({ type: [FigureDefinitionResponse] }) labels: FigureDefinitionResponse[];
  total: FiguresResponse;
  /** 按试卷类别（附件3 七类，顺序同目录） */
  @ApiProperty({ type: [StatisticsGroupResponse] }) byPaperCategory: StatisticsGroupResponse[];
  /** 按等级（初级工、中级工、高级工、技师） */
  @ApiProperty({ type: [StatisticsGroupResponse] }) byLevel: StatisticsGroupResponse[];
  /** 按主管部门（拼音顺序，仅列有报名的部门） */
  @ApiProperty({ type: [StatisticsGroupResponse] }) byDepartment: StatisticsGroupResponse[];
  /** 按申报途径 */
  @ApiProperty({ type: [StatisticsGroupResponse] }) byRoute: StatisticsGroupResponse[];
  /** 按考核方式（考试 / 免考复核认定） */
  @ApiProperty({ type: [StatisticsGroupResponse] }) byMode: StatisticsGroupResponse[];
}
