import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Clock } from './common/clock/clock';
import { requestContextMiddleware } from './common/context/request-context';
import { WindowThrottlerStorage } from './common/http/window-throttler-storage';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { buildDataSourceOptions } from './database/data-source-options';
import { AccountsModule } from './modules/accounts/accounts.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CatalogModule } from './modules/catalog/catalog.module';
import { EligibilityModule } from './modules/eligibility/eligibility.module';
import { ExamSessionsModule } from './modules/exam-sessions/exam-sessions.module';
import { HealthModule } from './modules/health/health.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { ResultsModule } from './modules/results/results.module';
import { CertificatesModule } from './modules/certificates/certificates.module';
import { RegistrationsModule } from './modules/registrations/registrations.module';
import { SchedulingModule } from './modules/scheduling/scheduling.module';
import { ReviewsModule } from './modules/reviews/reviews.module';
import { ScoringModule } from './modules/scoring/scoring.module';
import { SeedingModule } from './modules/seeding/seeding.module';
import { StatisticsModule } from './modules/statistics/statistics.module';
import { WebConsoleModule } from './modules/web-console/web-console.module';
import { SigningModule } from './modules/certificates/signing/signing.module';

@Module({})
export class AppModule implements NestModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...buildDataSourceOptions(config), migrationsRun: true }),
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: config.RATE_PER_MINUTE }],
          storage: new WindowThrottlerStorage(),
        }),
        DatabaseModule,
        AuditModule,
        HealthModule,
        ExamSessionsModule,
        CatalogModule,
        CalendarModule,
        EligibilityModule,
        OrganizationsModule,
        AccountsModule,
        AuthModule,
        RegistrationsModule,
        SchedulingModule,
        ResultsModule,
        CertificatesModule,
        StatisticsModule,
        ReviewsModule,
        ScoringModule,
        SigningModule,
        SeedingModule,
        WebConsoleModule.register(config),
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        Clock,
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
      exports: [AppConfig, Clock],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(requestContextMiddleware).forRoutes('*path');
  }
}
