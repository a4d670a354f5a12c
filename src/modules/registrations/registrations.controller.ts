import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { PageQueryDto } from '../../common/http/page.dto';
import { IdParam } from '../../common/validation/path-params';
import { AuditPageResponse } from '../audit/dto/audit.dto';
import {
  CreateRegistrationDto,
  FullIdNumberResponse,
  RegistrationPageResponse,
  RegistrationQueryDto,
  RegistrationResponse,
  UpdateRegistrationDto,
} from './dto/registration.dto';
import { ExamYearQueryDto } from '../exam-sessions/dto/exam-session.dto';
import { RegistrationCountsResponse } from './dto/registration-counts.dto';
import { RegistrationCountsService } from './registration-counts.service';
import { RegistrationsService } from './registrations.service';

const ORG_ROLES = ['center-admin', 'center-staff', 'department', 'unit'] as const;

@ApiTags('报名')
@ApiNotFoundResponse({ type: ErrorBody, description: '不存在或不在本账号管辖范围内' })
@Controller('registrations')
export class RegistrationsController {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly waiting: RegistrationCountsService,
  ) {}

  @Post()
  @Roles('unit')
  @ApiOperation({
    summary: '单位为本单位人员报名',
    description:
      '校验身份证号（GB 11643）与出生年月、性别一致，按通知第二部分评估资格，并确定试卷分类；仅限报名期内。',
  })
  @ApiCreatedResponse({ type: RegistrationResponse })
  @ApiUnprocessableEntityResponse({
    type: ErrorBody,
    description: '不符合申报条件，details 逐项说明',
  })
  @ApiConflictResponse({ type: ErrorBody, description: '此人本年度已报名' })
  @ApiForbiddenResponse({ type: ErrorBody, description: '不在报名期内' })
  create(@CurrentUser() p: Principal, @Body() dto: CreateRegistrationDto) {
    return this.registrations.create(p, dto);
  }

  @Get()
  @Roles(...ORG_ROLES)
  @ApiOperation({ summary: '报名列表（按管辖范围；身份证号部分隐藏）' })
  @ApiOkResponse({ type: RegistrationPageResponse })
  list(@CurrentUser() p: Principal, @Query() q: RegistrationQueryDto) {
    return this.registrations.list(p, q);
  }

  // Before ':id', which would take "counts" for an id.
  @Get('counts')
  @Roles(...ORG_ROLES)
  @ApiOperation({
    summary: '待办统计：各状态人数、公示进度、待备案批次（按管辖范围，一次查询）',
  })
  @ApiOkResponse({ type: RegistrationCountsResponse })
  counts(@CurrentUser() p: Principal, @Query() q: ExamYearQueryDto) {
    return this.waiting.counts(p, q.examYear);
  }

  @Get(':id')
  @Roles(...ORG_ROLES)
  @ApiOperation({ summary: '报名详情' })
  @ApiOkResponse({ type: RegistrationResponse })
  get(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.registrations.get(p, id);
  }

  @Patch(':id')
  @Roles('unit')
  @ApiOperation({
    summary:
      '修改报名（待审核或被退回时；只改所传字段，按修改后的整条记录重新评估资格，回到待单位审核）',
    description:
      '只需传要修改的字段和 version；身份证号不必重传，传了则重新校验。状态、单位等字段不能通过此接口修改。',
  })
  @ApiOkResponse({ type: RegistrationResponse })
  @ApiConflictResponse({ type: ErrorBody, description: '状态不允许修改，或版本已过期' })
  update(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: UpdateRegistrationDto) {
    return this.registrations.update(p, id, dto);
  }

  @Delete(':id')
  @Roles('unit')
  @HttpCode(204)
  @ApiOperation({ summary: '撤回报名（单位审核通过前）' })
  @ApiNoContentResponse()
  withdraw(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.registrations.withdraw(p, id);
  }

  @Get(':id/history')
  @Roles(...ORG_ROLES)
  @ApiOperation({ summary: '报名的办理记录（谁、何时、做了什么、原因）' })
  @ApiOkResponse({ type: AuditPageResponse })
  history(@CurrentUser() p: Principal, @IdParam() id: string, @Query() q: PageQueryDto) {
    return this.registrations.history(p, id, q);
  }

  @Get(':id/id-number')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '查看完整身份证号（记入审计日志）' })
  @ApiOkResponse({ type: FullIdNumberResponse })
  fullIdNumber(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.registrations.fullIdNumber(p, id);
  }
}
