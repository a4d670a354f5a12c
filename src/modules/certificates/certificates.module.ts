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
import { PassListService } from './pass-list.service';
import { CertificateDownloadsService } from './certificate-downloads.service';
import { SigningModule } from './signing/signing.module';
import { DocumentsModule } from '../documents/documents.module';
import { PublicCertificatesController } from './public-certificates.controller';

@Module({
  imports: [
    ExamSessionsModule,
    ResultsModule,
    LoginProtectionModule,
    DocumentsModule,
    SigningModule,
  ],
  controllers: [PublicationController, CertificatesController, PublicCertificatesController],
  providers: [
    CertificatesRepository,
    PublicationService,
    CertificatesService,
    CertificateVerificationService,
    PassListService,
    CertificateDownloadsService,
  ],
  exports: [PublicationService, CertificatesService],
})
export class CertificatesModule {}
