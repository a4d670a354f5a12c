import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { ResultsModule } from '../results/results.module';
import { StatisticsController } from './statistics.controller';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

@Module({
  imports: [ExamSessionsModule, CatalogModule, OrganizationsModule, ResultsModule],
  controllers: [StatisticsController],
  providers: [StatisticsService, StatisticsRepository],
})
export class StatisticsModule {}
