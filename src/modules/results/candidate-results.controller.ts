import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { CandidateResultsService } from './candidate-results.service';
import {
  CandidateResultPageResponse,
  ResultsFilterDto,
  ResultsQueryDto,
  ResultsSummaryResponse,
} from './dto/candidate-results.dto';

@ApiTags('成绩与合格')
@Controller('results')
export class CandidateResultsController {
  constructor(private readonly results: CandidateResultsService) {}

  @Get()
  @Roles('center-admin', 'center-staff', 'department', 'unit')
  @ApiOperation({
    summary: '已备案人员的考核结果：已锁定的理论、实操成绩，综合评审，免考复核认定，合格判定及理由',
  })
  @ApiOkResponse({ type: CandidateResultPageResponse })
  list(@CurrentUser() p: Principal, @Query() q: ResultsQueryDto) {
    return this.results.list(p, q);
  }

  @Get('summary')
  @Roles('center-admin', 'center-staff', 'department', 'unit')
  @ApiOperation({ summary: '考核结果汇总：合格、不合格、待定人数' })
  @ApiOkResponse({ type: ResultsSummaryResponse })
  summary(@CurrentUser() p: Principal, @Query() q: ResultsFilterDto) {
    return this.results.summary(p, q);
  }
}
