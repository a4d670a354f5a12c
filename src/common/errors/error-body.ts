import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailBody {
  @ApiPropertyOptional({ description: '出错字段（校验错误）', example: 'workStartDate' })
  field?: string;
  @ApiPropertyOptional({ description: '出错行（导入错误，从 1 起算的工作表行号）' })
  row?: number;
  @ApiPropertyOptional({ description: '出错列（导入错误）' })
  column?: string;
  @ApiPropertyOptional({ description: '机器可读的错误码' })
  code?: string;
  @ApiProperty({ description: '中文说明' })
  message: string;
}

/** The error body of CONTRACT.md, answered by every failing request. */
export class ErrorBody {
  @ApiProperty({ example: 400 })
  statusCode: number;
  @ApiProperty({ example: 'VALIDATION_FAILED', description: '机器可读的错误码' })
  code: string;
  @ApiProperty({ example: '请求参数校验失败', description: '中文说明' })
  message: string;
  @ApiProperty({ type: [ErrorDetailBody] })
  details: ErrorDetailBody[];
}
