import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SIGNING_PURPOSES, type SigningPurpose } from './key-material';

export class RotateKeysDto {
  @ApiPropertyOptional({
    enum: SIGNING_PURPOSES,
    description: '只轮换一种密钥；省略则二者都轮换',
  })
  @IsOptional()
  @IsIn(SIGNING_PURPOSES)
  purpose?: SigningPurpose;
}

export class SigningKeyResponse {
  @ApiProperty({ example: 'k2025a1b2c3', description: '密钥编号（二维码中的 k）' })
  id: string;

  @ApiProperty({ enum: SIGNING_PURPOSES, description: 'qr-sm2 二维码签名；pdf-rsa PDF 签章' })
  purpose: SigningPurpose;

  @ApiProperty({
    enum: ['SM2-SM3', 'RSA-SHA256'],
    description: 'SM2-SM3 的用户标识（Z 值中的 ID）为空串（ENTL=0），见 README',
  })
  algorithm: 'SM2-SM3' | 'RSA-SHA256';

  @ApiProperty({ description: '公钥（SPKI PEM）' })
  publicKeyPem: string;

  @ApiProperty({ type: String, nullable: true, description: 'PDF 签章证书（X.509 PEM，含 CA 链）' })
  certificatePem: string | null;

  @ApiProperty({ example: '2025-10-15T02:00:00.000Z' })
  createdAt: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: '停用时间；停用的密钥仍用于核验旧证书',
  })
  retiredAt: string | null;
}

export class SigningKeysResponse {
  @ApiProperty({ type: SigningKeyResponse, isArray: true })
  items: SigningKeyResponse[];
}
