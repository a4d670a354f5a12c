import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccessDeniedInterceptor } from './access-denied.interceptor';
import { AuditController } from './audit.controller';
import { AuditQueryService } from './audit.query.service';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AuditController],
  providers: [
    AuditRepository,
    AuditService,
    AuditQueryService,
    { provide: APP_INTERCEPTOR, useClass: AccessDeniedInterceptor },
  ],
  exports: [AuditService, AuditQueryService],
})
export class AuditModule {}
