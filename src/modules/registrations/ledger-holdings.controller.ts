import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { HoldingsQueryDto, HoldingsResponse } from '../ledger/dto/ledger.dto';
import { LedgerLookupsService } from './ledger-lookups.service';

@ApiTags('证书台账')
@Controller('ledger')
export class LedgerHoldingsController {
  constructor(private readonly lookups: LedgerLookupsService) {}

  @Get('holdings')
  @Roles('center-admin', 'center-staff', 'department', 'unit')
  @ApiOperation({
    summary: '按身份证号查询证书台账中的有效记录（报名表预填现职业等级）',
    description:
      '只返回职业、等级、获证时间、来源和证书编号，不含姓名。查询本单位（本部门）从未报名过的人员按账号每日计数并记入审计，超过限额 429。',
  })
  @ApiOkResponse({ type: HoldingsResponse })
  @ApiTooManyRequestsResponse({ type: ErrorBody, description: 'DUPLICATE_PROBE_LIMIT' })
  holdings(@CurrentUser() p: Principal, @Query() q: HoldingsQueryDto) {
    return this.lookups.holdings(p, q.idNumber, q.examYear);
  }
}
