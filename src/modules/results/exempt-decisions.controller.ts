import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { IdParam } from '../../common/validation/path-params';
import {
  DecideExemptDto,
  DecideExemptsDto,
  ExemptBulkResponse,
  ExemptCandidatePageResponse,
  ExemptCandidateResponse,
  ExemptQueryDto,
} from './dto/exempt-decision.dto';
import { ExemptDecisionsService } from './exempt-decisions.service';

@ApiTags('免考复核认定')
@Controller('exempt-reviews')
export class ExemptDecisionsController {
  constructor(private readonly exempt: ExemptDecisionsService) {}

  @Get()
  @Roles('center-admin', 'center-staff')
  @ApiOperation({
    summary: '已备案的免考复核认定（二(九)）及其认定状态',
    description:
      '只列中心已备案、未取消报考资格的免考复核认定报名，附证书信息、核查结果、承诺书等材料及逐项核对；按姓名拼音排序。',
  })
  @ApiOkResponse({ type: ExemptCandidatePageResponse })
  list(@CurrentUser() p: Principal, @Query() q: ExemptQueryDto) {
    return this.exempt.list(p, q);
  }

  @Post('decisions')
  @Roles('center-admin', 'center-staff')
  @HttpCode(200)
  @ApiOperation({
    summary: '批量作出或更改免考复核认定（二(九)，全部作出或全部不作出）',
    description:
      '每项按单人认定（POST /exempt-reviews/{id}/decision）的规则检查并记入审计；任何一项不能作出时不做任何更改，' +
      '按第一项被拒的原因答复，details 逐项列出（field 为报名编号）。',
  })
  @ApiOkResponse({ type: ExemptBulkResponse })
  decideMany(@CurrentUser() p: Principal, @Body() dto: DecideExemptsDto) {
    return this.exempt.decideMany(p, dto);
  }

  @Post(':id/decision')
  @Roles('center-admin', 'center-staff')
  @HttpCode(200)
  @ApiOperation({
    summary: '作出或更改免考复核认定（二(九)）',
    description:
      '认定通过者免于考核即为合格；不予认定须填写原因；更改已作出的认定须填写原因并回传 version。' +
      '每次认定记入审计，并显示在报名的办理记录中（GET /registrations/{id}/history）。',
  })
  @ApiOkResponse({ type: ExemptCandidateResponse })
  @ApiBadRequestResponse({
    type: ErrorBody,
    description: 'REASON_REQUIRED：不予认定或更改认定未填原因',
  })
  @ApiNotFoundResponse({ type: ErrorBody, description: '报名不存在' })
  @ApiConflictResponse({
    type: ErrorBody,
    description:
      'NOT_EXEMPT_REVIEW 非免考复核认定；EXEMPT_NOT_DECIDABLE 未备案或已取消；EXEMPT_DECISION_UNCHANGED 与现认定相同；VERSION_CONFLICT 他人已更改',
  })
  decide(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: DecideExemptDto) {
    return this.exempt.decide(p, id, dto);
  }
}
