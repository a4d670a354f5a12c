import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/auth/auth.decorators';
import { AuditQueryService } from './audit.query.service';
import { AuditPageResponse, AuditQueryDto, AuditVerifyResponse } from './dto/audit.dto';

@ApiTags('审计日志')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @Roles('center-admin', 'center-staff')
  @ApiOperation({ summary: '检索审计日志（只读，无修改或删除接口）' })
  @ApiOkResponse({ type: AuditPageResponse })
  search(@Query() q: AuditQueryDto): Promise<AuditPageResponse> {
    return this.audit.search(q);
  }

  @Get('verify')
  @Roles('center-admin')
  @ApiOperation({ summary: '核验审计日志哈希链是否完整' })
  @ApiOkResponse({ type: AuditVerifyResponse })
  verify(): Promise<AuditVerifyResponse> {
    return this.audit.verify();
  }
}
