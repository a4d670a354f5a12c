import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { IdParam } from '../../common/validation/path-params';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, Roles, SignedIn } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { SpreadsheetUpload, UploadedBuffer } from '../../common/upload/upload.decorators';
import {
  CreateDepartmentDto,
  CreateUnitDto,
  DepartmentPageResponse,
  DepartmentQueryDto,
  DepartmentResponse,
  ImportQueryDto,
  OrganizationImportResponse,
  UnitPageResponse,
  UnitQueryDto,
  UnitResponse,
  UpdateDepartmentDto,
  UpdateUnitDto,
} from './dto/organization.dto';
import { OrganizationImportService } from './organization-import.service';
import { OrganizationsService } from './organizations.service';

@ApiTags('组织机构（主管部门与单位）')
@ApiNotFoundResponse({ type: ErrorBody, description: '不存在或不在本账号的管辖范围内' })
@Controller()
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly importer: OrganizationImportService,
  ) {}

  @Get('departments')
  @SignedIn()
  @ApiOperation({ summary: '主管部门列表（部门、单位用户只看到本部门）' })
  @ApiOkResponse({ type: DepartmentPageResponse })
  listDepartments(@CurrentUser() p: Principal, @Query() q: DepartmentQueryDto) {
    return this.organizations.listDepartments(p.scope, q);
  }

  @Get('departments/:id')
  @SignedIn()
  @ApiOperation({ summary: '主管部门详情' })
  @ApiOkResponse({ type: DepartmentResponse })
  getDepartment(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.organizations.getDepartment(p.scope, id);
  }

  @Post('departments')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '新建主管部门' })
  @ApiCreatedResponse({ type: DepartmentResponse })
  @ApiConflictResponse({ type: ErrorBody, description: '名称已存在' })
  createDepartment(@CurrentUser() p: Principal, @Body() dto: CreateDepartmentDto) {
    return this.organizations.createDepartment(p, dto);
  }

  @Patch('departments/:id')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '修改主管部门（改名、类型、停用/启用）' })
  @ApiOkResponse({ type: DepartmentResponse })
  updateDepartment(
    @CurrentUser() p: Principal,
    @IdParam() id: string,
    @Body() dto: UpdateDepartmentDto,
  ) {
    return this.organizations.updateDepartment(p, id, dto);
  }

  @Get('units')
  @SignedIn()
  @ApiOperation({ summary: '单位列表（按管辖范围过滤）' })
  @ApiOkResponse({ type: UnitPageResponse })
  listUnits(@CurrentUser() p: Principal, @Query() q: UnitQueryDto) {
    return this.organizations.listUnits(p.scope, q);
  }

  @Get('units/:id')
  @SignedIn()
  @ApiOperation({ summary: '单位详情' })
  @ApiOkResponse({ type: UnitResponse })
  getUnit(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.organizations.getUnit(p.scope, id);
  }

  @Post('units')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '新建单位' })
  @ApiCreatedResponse({ type: UnitResponse })
  @ApiConflictResponse({ type: ErrorBody, description: '同一主管部门下名称已存在' })
  createUnit(@CurrentUser() p: Principal, @Body() dto: CreateUnitDto) {
    return this.organizations.createUnit(p, dto);
  }

  @Patch('units/:id')
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '修改单位（改名、停用/启用）' })
  @ApiOkResponse({ type: UnitResponse })
  updateUnit(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: UpdateUnitDto) {
    return this.organizations.updateUnit(p, id, dto);
  }

  @Post('organizations/import')
  @Roles('center-admin', 'center-staff')
  @SpreadsheetUpload()
  @ApiOperation({
    summary: '从 xlsx 导入主管部门和单位',
    description: '表头：主管部门 | 部门类型 | 单位名称。全部行无误才写入；dryRun=true 只校验。',
  })
  @ApiCreatedResponse({ type: OrganizationImportResponse })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '逐行列出错误，未写入任何数据' })
  importOrganizations(
    @CurrentUser() p: Principal,
    @Query() q: ImportQueryDto,
    @UploadedBuffer() file: Buffer,
  ) {
    return this.importer.import(p, file, q.dryRun ?? false);
  }
}
