import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { CreateExamSessionDto, ExamSessionResponse } from '../exam-sessions/dto/exam-session.dto';
import { SessionSetupService } from './session-setup.service';

@ApiTags('考核年度')
@Controller('exam-sessions')
export class SessionSetupController {
  constructor(private readonly setup: SessionSetupService) {}

  @Post()
  @Roles('center-admin')
  @ApiOperation({
    summary: '新建下一年度考核',
    description: '复制 copyFromYear 的职业范围、试卷分类、等级与申报条件，再按请求修改日期等。',
  })
  @ApiCreatedResponse({ type: ExamSessionResponse })
  @ApiConflictResponse({ type: ErrorBody, description: '该年度已存在' })
  create(@CurrentUser() p: Principal, @Body() dto: CreateExamSessionDto) {
    return this.setup.create(p, dto);
  }
}
