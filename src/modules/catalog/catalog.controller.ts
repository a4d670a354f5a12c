import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { IdParam } from '../../common/validation/path-params';
import { ExamYearPageQueryDto, ExamYearQueryDto } from '../exam-sessions/dto/exam-session.dto';
import { CatalogService } from './catalog.service';
import {
  CreateOccupationDto,
  LookupQueryDto,
  OccupationLookupResponse,
  OccupationPageResponse,
  OccupationQueryDto,
  OccupationResponse,
  PaperCategoryPageResponse,
  UpdateOccupationDto,
} from './dto/catalog.dto';

@ApiTags('参考数据（职业、试卷分类）')
@Controller('catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('occupations/lookup')
  @SignedIn()
  @ApiOperation({
    summary: '按名称查询职业（工种）的试卷分类与技师类别',
    description: '精确匹配（全角/半角、首尾空白不计）；未知职业属“综合”，不可申报技师。',
  })
  @ApiOkResponse({ type: OccupationLookupResponse })
  lookup(@Query() q: LookupQueryDto) {
    return this.catalog.lookup(q.name, q.examYear);
  }

  @Get('occupations')
  @SignedIn()
  @ApiOperation({ summary: '职业（工种）列表与搜索' })
  @ApiOkResponse({ type: OccupationPageResponse })
  search(@Query() q: OccupationQueryDto) {
    return this.catalog.search(q);
  }

  @Post('occupations')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '为某年度新增职业（工种）' })
  @ApiCreatedResponse({ type: OccupationResponse })
  addOccupation(
    @CurrentUser() p: Principal,
    @Query() q: ExamYearQueryDto,
    @Body() dto: CreateOccupationDto,
  ) {
    return this.catalog.addOccupation(p, q.examYear, dto);
  }

  @Patch('occupations/:id')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '修改职业（工种）的技师类别或试卷分类' })
  @ApiOkResponse({ type: OccupationResponse })
  updateOccupation(
    @CurrentUser() p: Principal,
    @Query() q: ExamYearQueryDto,
    @IdParam() id: string,
    @Body() dto: UpdateOccupationDto,
  ) {
    return this.catalog.updateOccupation(p, q.examYear, id, dto);
  }

  @Get('paper-categories')
  @SignedIn()
  @ApiOperation({ summary: '七个试卷分类（附件3）及其所含职业（工种）' })
  @ApiOkResponse({ type: PaperCategoryPageResponse })
  paperCategories(@Query() q: ExamYearPageQueryDto) {
    return this.catalog.paperCategoryPage(q);
  }
}
