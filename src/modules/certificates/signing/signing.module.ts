import { Module } from '@nestjs/common';
import { DocumentsModule } from '../../documents/documents.module';
import { CertificateSigner } from './certificate-signer';
import { SigningController } from './signing.controller';
import { SigningKeysService } from './signing-keys.service';

/** The certificates' cryptography: keys, the QR signature and the signed PDF. */
@Module({
  imports: [DocumentsModule],
  controllers: [SigningController],
  providers: [SigningKeysService, CertificateSigner],
  exports: [CertificateSigner],
})
export class SigningModule {}
