import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { ExamYearQueryDto } from '../exam-sessions/dto/exam-session.dto';
import {
  PassListQueryDto,
  PublicationResponse,
  PublishDto,
  ReopenDto,
} from './dto/certificates.dto';
import { PassListService } from './pass-list.service';
import { PublicationService } from './publication.service';

@ApiTags('考核结果发布')
@Controller('results')
export class PublicationController {
  constructor(
    private readonly publication: PublicationService,
    private readonly passList: PassListService,
  ) {}

  @Get('publication')
  @Roles('center-admin', 'center-staff', 'department', 'unit')
  @ApiOperation({
    summary: '本年度考核结果的发布状态',
    description:
      '未发布时附尚不能发布的原因（未锁定的场次、未记录的综合评审、未作出的免考复核认定）。',
  })
  @ApiOkResponse({ type: PublicationResponse })
  status(@Query() q: ExamYearQueryDto) {
    return this.publication.status(q.examYear);
  }

  @Post('publication')
  @Roles('center-admin', 'center-staff')
  @HttpCode(200)
  @ApiOperation({
    summary: '发布考核结果：印发合格人员名单，核发合格证明',
    description:
      '所有场次成绩已锁定、技师综合评审和免考复核认定均已完成后方可发布。发布时为名单上每人按等级顺序编号核发证书并记入证书台账；' +
      '发布后成绩、评审、认定和报考资格冻结。重新开放后再次发布：新合格者核发证书，不再合格者的证书吊销。记入审计。',
  })
  @ApiOkResponse({ type: PublicationResponse })
  @ApiConflictResponse({
    type: ErrorBody,
    description:
      'RESULTS_NOT_READY 尚有未完成事项；RESULTS_ALREADY_PUBLISHED 已发布；VERSION_CONFLICT',
  })
  publish(@CurrentUser() p: Principal, @Body() dto: PublishDto) {
    return this.publication.publish(p, dto);
  }

  @Post('publication/reopen')
  @Roles('center-admin')
  @HttpCode(200)
  @ApiOperation({
    summary: '重新开放已发布的考核结果（管理员，须填写原因）',
    description: '重新开放后可更正成绩、评审和认定，再次发布。已核发的证书保持不变，直至再次发布。',
  })
  @ApiOkResponse({ type: PublicationResponse })
  @ApiConflictResponse({ type: ErrorBody, description: 'RESULTS_NOT_PUBLISHED；VERSION_CONFLICT' })
  reopen(@CurrentUser() p: Principal, @Body() dto: ReopenDto) {
    return this.publication.reopen(p, dto);
  }

  @Get('pass-list.xlsx')
  @Roles('center-admin', 'center-staff', 'department', 'unit')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOperation({
    summary: '合格人员名单（Excel）',
    description:
      'edition=internal 内部版（完整身份证号、证书编号）；edition=public 公示版（身份证号隐去中间部分）。' +
      '发布后（含重新开放期间）按有效证书生成，主管部门、单位只得到本部门、本单位的人员；首次发布前仅中心可下载预览。',
  })
  passListXlsx(@CurrentUser() p: Principal, @Query() q: PassListQueryDto) {
    return this.passList.download(p, q, 'xlsx');
  }

  @Get('pass-list.pdf')
  @Roles('center-admin', 'center-staff', 'department', 'unit')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: '合格人员名单（PDF，按主管部门分组）', description: '参数同 Excel。' })
  passListPdf(@CurrentUser() p: Principal, @Query() q: PassListQueryDto) {
    return this.passList.download(p, q, 'pdf');
  }
}
