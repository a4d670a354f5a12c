import { Module } from '@nestjs/common';
import { ExamSessionsModule } from '../exam-sessions/exam-sessions.module';
import { LoginProtectionModule } from '../login-protection/login-protection.module';
import { ResultsModule } from '../results/results.module';
import { CertificateVerificationService } from './certificate-verification.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesRepository } from './certificates.repository';
import { CertificatesService } from './certificates.service';
import { PublicationController } from './publication.controller';
import { PublicationService } from './publication.service';
import { PublicCertificatesController } from './public-certificates.controller';

@Module({
  imports: [ExamSessionsModule, ResultsModule, LoginProtectionModule],
  controllers: [PublicationController, CertificatesController, PublicCertificatesController],
  providers: [
    CertificatesRepository,
    PublicationService,
    CertificatesService,
    CertificateVerificationService,
  ],
  exports: [PublicationService, CertificatesService],
})
export class CertificatesModule {}
