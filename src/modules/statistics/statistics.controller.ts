import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { XLSX_TYPE } from '../../common/http/download';
import { StatisticsQueryDto, StatisticsResponse } from './dto/statistics.dto';
import { StatisticsService } from './statistics.service';

const ORG_ROLES = ['center-admin', 'center-staff', 'department', 'unit'] as const;

@ApiTags('统计')
@Controller()
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('statistics')
  @Roles(...ORG_ROLES)
  @ApiOperation({
    summary:
      '年度考核统计：报名、备案、免考、实考、缺考、合格人数与合格率，按试卷类别、等级、主管部门、申报途径、考核方式分组（本部门/本单位）',
  })
  @ApiOkResponse({ type: StatisticsResponse })
  get(@CurrentUser() p: Principal, @Query() q: StatisticsQueryDto) {
    return this.statistics.statistics(p, q);
  }

  @Get('statistics.xlsx')
  @Roles(...ORG_ROLES)
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '导出年度考核统计（Excel：总体及各分组一表一页）' })
  xlsx(@CurrentUser() p: Principal, @Query() q: StatisticsQueryDto) {
    return this.statistics.workbook(p, q);
  }
}
