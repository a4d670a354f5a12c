import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../common/auth/auth.decorators';
import { ErrorBody } from '../../common/errors/error-body';
import {
  EligibilityOptionsResponse,
  EligibilityProfileDto,
  EligibilityResponse,
  EvaluateEligibilityDto,
} from './dto/eligibility.dto';
import { EligibilityService } from './eligibility.service';

@ApiTags('申报资格')
@ApiBadRequestResponse({
  type: ErrorBody,
  description: '请求格式错误或缺少该途径所需字段（不是“不符合”）',
})
@Controller('eligibility')
export class EligibilityController {
  constructor(private readonly eligibility: EligibilityService) {}

  @Post('evaluate')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    summary: '按通知第二部分评估一份申报（不保存）',
    description:
      '返回是否符合、依据条款、试卷分类、考核项目及逐项中文说明；不符合时列出每一项不符合的条件。',
  })
  @ApiOkResponse({ type: EligibilityResponse })
  evaluate(@Body() dto: EvaluateEligibilityDto) {
    return this.eligibility.evaluate(dto);
  }

  @Post('options')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({ summary: '某人可申报的全部途径与等级（供经办人参考）' })
  @ApiOkResponse({ type: EligibilityOptionsResponse })
  options(@Body() dto: EligibilityProfileDto) {
    return this.eligibility.options(dto);
  }
}
