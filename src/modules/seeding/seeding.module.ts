import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { CatalogModule } from '../catalog/catalog.module';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { RegistrationsModule } from '../registrations/registrations.module';
import { ResultsModule } from '../results/results.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { SchedulingModule } from '../scheduling/scheduling.module';
import { DemoExemptDecisions } from './demo-exempt-decisions';
import { ScoringModule } from '../scoring/scoring.module';
import { DemoReviews } from './demo-reviews';
import { DemoScoring } from './demo-scoring';
import { DemoSeason } from './demo-season';
import { DemoSeeder } from './demo.seeder';
import { SeedingService } from './seeding.service';
import { CertificatesModule } from '../certificates/certificates.module';

@Module({
  imports: [
    AccountsModule,
    CatalogModule,
    ExamSessionsModule,
    OrganizationsModule,
    RegistrationsModule,
    SchedulingModule,
    ResultsModule,
    ScoringModule,
    ReviewsModule,
    CertificatesModule,
  ],
  providers: [
    SeedingService,
    DemoSeeder,
    DemoSeason,
    DemoExemptDecisions,
    DemoScoring,
    DemoReviews,
  ],
})
export class SeedingModule {}
