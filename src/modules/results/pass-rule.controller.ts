import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { SignedIn } from '../../common/auth/auth.decorators';
import { ErrorBody } from '../../common/errors/error-body';
import { EvaluatePassDto, PassDecisionResponse } from './dto/pass-decision.dto';
import { PassRuleService } from './pass-rule.service';

const EXAMPLES = {
  technician: {
    summary: '技师：理论 72.5 分，实操缺考，综合评审未录入 → 不合格',
    value: {
      examYear: 2025,
      level: 'technician',
      mode: 'exam',
      theory: { score: 72.5 },
      practical: { mark: 'absent' },
      review: null,
      exemptDecision: null,
    },
  },
  pending: {
    summary: '高级工：理论 60 分，实操尚未录入 → 待定（passed 为 null）',
    value: { level: 'senior', mode: 'exam', theory: { score: 60 }, practical: null },
  },
  exempt: {
    summary: '免考复核认定（二(九)）已通过 → 合格',
    value: { level: 'technician', mode: 'exempt-review', exemptDecision: 'approved' },
  },
};

@ApiTags('成绩与合格')
@Controller('results')
export class PassRuleController {
  constructor(private readonly passRule: PassRuleService) {}

  @Post('evaluate')
  @SignedIn()
  @HttpCode(200)
  @ApiOperation({
    summary: '按考核年度的合格标准判定一名考生是否合格（不保存）',
    description:
      '三：理论考试和实际操作考核均须达到合格线（百分制，60 分）；技师还须综合评审合格；缺考、违纪该项不合格（不是 0 分）。' +
      '二(九)：免考复核认定以中心的认定决定为准，不需要考试成绩。passed 为 null 表示尚缺可能影响结论的成绩；已有一项不合格即为 false。' +
      '400：分数超出 0–100、多于一位小数、不是数字，score 与 mark 同时给出，未知的 mark、level、mode；' +
      '以及不适用的值（null 始终可以）：参加考试者给出 exemptDecision、非技师给出 review、免考复核认定给出 theory/practical/review。' +
      '404 EXAM_SESSION_NOT_FOUND：examYear 对应的考核年度不存在。',
  })
  @ApiBody({ type: EvaluatePassDto, examples: EXAMPLES })
  @ApiOkResponse({ type: PassDecisionResponse })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: '请求格式错误或取值不适用，details 逐项列出字段',
  })
  @ApiNotFoundResponse({ type: ErrorBody, description: '考核年度不存在（EXAM_SESSION_NOT_FOUND）' })
  evaluate(@Body() dto: EvaluatePassDto) {
    return this.passRule.evaluate(dto);
  }
}
