import { Body, Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { DateParam, YearParam } from '../../common/validation/path-params';
import { CalendarService } from './calendar.service';
import {
  CalendarYearsResponse,
  DayResponse,
  DeclareYearDto,
  OverrideDto,
  OverridePageResponse,
  OverrideQueryDto,
  WorkingDaysEndQueryDto,
  WorkingDaysEndResponse,
} from './dto/calendar.dto';

@ApiTags('工作日')
@ApiUnprocessableEntityResponse({ type: ErrorBody, description: '该年的节假日安排未录入' })
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('working-days/end')
  @Public()
  @ApiOperation({
    summary: 'N 个工作日期间的最后一天',
    description:
      '从 start（非工作日则从下一个工作日）起算，计入法定节假日与调休上班日；与公示期计算相同。',
  })
  @ApiOkResponse({ type: WorkingDaysEndResponse })
  async workingDaysEnd(@Query() q: WorkingDaysEndQueryDto): Promise<WorkingDaysEndResponse> {
    return { start: q.start, end: await this.calendar.workingDaysEnd(q.start, q.days) };
  }

  @Get('days/:date')
  @Public()
  @ApiOperation({ summary: '某日是否工作日' })
  @ApiOkResponse({ type: DayResponse })
  day(@DateParam() date: string) {
    return this.calendar.day(date);
  }

  @Get('overrides')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '中心设定的节假日/调休日（按日期）' })
  @ApiOkResponse({ type: OverridePageResponse })
  overrides(@Query() q: OverrideQueryDto) {
    return this.calendar.overrides(q);
  }

  @Get('years')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '中心已申报全年安排的年度与节假日数据包覆盖的年度' })
  @ApiOkResponse({ type: CalendarYearsResponse })
  years() {
    return this.calendar.years();
  }

  @Put('overrides/:date')
  @Roles('center-admin')
  @ApiOperation({ summary: '设定某日为工作日或休息日（覆盖法定安排）' })
  @ApiOkResponse({ type: DayResponse })
  setOverride(@CurrentUser() p: Principal, @DateParam() date: string, @Body() dto: OverrideDto) {
    return this.calendar.setOverride(p, date, dto);
  }

  @Delete('overrides/:date')
  @Roles('center-admin')
  @HttpCode(204)
  @ApiOperation({ summary: '删除某日的设定' })
  @ApiNoContentResponse()
  removeOverride(@CurrentUser() p: Principal, @DateParam() date: string) {
    return this.calendar.removeOverride(p, date);
  }

  @Put('years/:year')
  @Roles('center-admin')
  @ApiOperation({ summary: '录入数据包未覆盖年度的全年节假日与调休上班日（整体替换该年设定）' })
  @ApiOkResponse({ type: CalendarYearsResponse })
  declareYear(@CurrentUser() p: Principal, @YearParam() year: number, @Body() dto: DeclareYearDto) {
    return this.calendar.declareYear(p, year, dto);
  }
}
