import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { XLSX_TYPE } from '../../common/http/download';
import { SpreadsheetUpload, UploadedBuffer } from '../../common/upload/upload.decorators';
import { IdParam } from '../../common/validation/path-params';
import { AccountImportService } from './account-import.service';
import { AccountsService } from './accounts.service';
import {
  AccountImportQueryDto,
  AccountImportResponse,
  AccountPageResponse,
  AccountQueryDto,
  AccountResponse,
  CreateAccountDto,
  ResetPasswordDto,
  UpdateAccountDto,
} from './dto/account.dto';

@ApiTags('账号管理')
@ApiNotFoundResponse({ type: ErrorBody, description: '账号不存在' })
@Controller('accounts')
export class AccountsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly importer: AccountImportService,
  ) {}

  @Get()
  @Roles('center-admin')
  @ApiOperation({ summary: '账号列表' })
  @ApiOkResponse({ type: AccountPageResponse })
  list(@Query() q: AccountQueryDto) {
    return this.accounts.list(q);
  }

  @Get('template.xlsx')
  @Roles('center-admin')
  @ApiProduces(XLSX_TYPE)
  @ApiOperation({ summary: '下载账号导入模板（角色、主管部门为下拉选项）' })
  template() {
    return this.importer.template();
  }

  @Post('import')
  @Roles('center-admin')
  @SpreadsheetUpload()
  @ApiOperation({
    summary: '从 xlsx 批量新建主管部门、单位、评分员和中心工作人员账号',
    description:
      '表头：用户名 | 姓名 | 角色 | 所属主管部门 | 所属单位。全部行无误才写入（一个事务）；dryRun=true 只校验。' +
      '正式导入时为每个账号生成临时密码，只在本次响应中返回一次，首次登录须修改。',
  })
  @ApiCreatedResponse({ type: AccountImportResponse })
  @ApiUnprocessableEntityResponse({ type: ErrorBody, description: '逐行列出错误，未写入任何数据' })
  importAccounts(
    @CurrentUser() p: Principal,
    @Query() q: AccountImportQueryDto,
    @UploadedBuffer() file: Buffer,
  ) {
    return this.importer.import(p, file, q.dryRun ?? false);
  }

  @Get(':id')
  @Roles('center-admin')
  @ApiOperation({ summary: '账号详情' })
  @ApiOkResponse({ type: AccountResponse })
  get(@IdParam() id: string) {
    return this.accounts.get(id);
  }

  @Post()
  @Roles('center-admin')
  @ApiOperation({
    summary: '新建账号',
    description:
      '角色：center-admin、center-staff、department（须 departmentId）、unit（须 unitId）、grader。首次登录须修改密码。',
  })
  @ApiCreatedResponse({ type: AccountResponse })
  @ApiConflictResponse({ type: ErrorBody, description: '用户名已被使用' })
  create(@CurrentUser() p: Principal, @Body() dto: CreateAccountDto) {
    return this.accounts.create(p, dto);
  }

  @Patch(':id')
  @Roles('center-admin')
  @ApiOperation({ summary: '修改账号（姓名、停用/启用）；停用立即使其令牌失效' })
  @ApiOkResponse({ type: AccountResponse })
  update(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: UpdateAccountDto) {
    return this.accounts.update(p, id, dto);
  }

  @Post(':id/reset-password')
  @Roles('center-admin')
  @ApiOperation({ summary: '重置密码为临时密码（解除锁定，旧令牌失效，首次登录须修改）' })
  @ApiCreatedResponse({ type: AccountResponse })
  resetPassword(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: ResetPasswordDto) {
    return this.accounts.resetPassword(p, id, dto.password);
  }

  @Post(':id/unlock')
  @Roles('center-admin')
  @ApiOperation({ summary: '解除该账号在所有地址的登录暂停，并清零本小时的密码错误次数' })
  @ApiCreatedResponse({ type: AccountResponse })
  unlock(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.accounts.unlock(p, id);
  }
}
