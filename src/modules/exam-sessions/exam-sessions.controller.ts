import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { YearParam } from '../../common/validation/path-params';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { PageQueryDto } from '../../common/http/page.dto';
import {
  ExamSessionPageResponse,
  ExamSessionResponse,
  UpdateExamSessionDto,
} from './dto/exam-session.dto';
import { ExamSessionsService } from './exam-sessions.service';

@ApiTags('考核年度')
@ApiNotFoundResponse({ type: ErrorBody, description: '年度不存在' })
@Controller('exam-sessions')
export class ExamSessionsController {
  constructor(private readonly sessions: ExamSessionsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: '全部考核年度' })
  @ApiOkResponse({ type: ExamSessionPageResponse })
  list(@Query() q: PageQueryDto) {
    return this.sessions.list(q);
  }

  @Get(':year')
  @SignedIn()
  @ApiOperation({ summary: '某年度考核的日期、分数线、等级与申报条件' })
  @ApiOkResponse({ type: ExamSessionResponse })
  get(@YearParam() y: number) {
    return this.sessions.get(y);
  }

  @Patch(':year')
  @Roles('center-admin')
  @ApiOperation({ summary: '修改年度的日期、分数线或申报条件' })
  @ApiOkResponse({ type: ExamSessionResponse })
  update(@CurrentUser() p: Principal, @YearParam() y: number, @Body() dto: UpdateExamSessionDto) {
    return this.sessions.update(p, y, dto);
  }

  @Post(':year/make-current')
  @Roles('center-admin')
  @HttpCode(200)
  @ApiOperation({ summary: '设为当前年度（未指定年度的请求按此年度处理）' })
  @ApiOkResponse({ type: ExamSessionResponse })
  makeCurrent(@CurrentUser() p: Principal, @YearParam() y: number) {
    return this.sessions.makeCurrent(p, y);
  }
}
