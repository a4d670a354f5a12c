import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../../../common/auth/auth.decorators';
import type { Principal } from '../../../common/auth/principal';
import { ErrorBody } from '../../../common/errors/error-body';
import { CertificateSigner } from './certificate-signer';
import { RotateKeysDto, SigningKeysResponse } from './signing.dto';

@ApiTags('合格证明签章密钥')
@Controller()
export class SigningController {
  constructor(private readonly signer: CertificateSigner) {}

  @Get('public/certificates/keys')
  @Public()
  @ApiOperation({
    summary: '合格证明的签章公钥（含已停用的）',
    description: '二维码用 SM2/SM3 签名（用户标识为空串），PDF 用 RSA-SHA256 签章；无需登录。',
  })
  @ApiOkResponse({ type: SigningKeysResponse })
  async keys(): Promise<SigningKeysResponse> {
    return { items: await this.signer.publicKeys() };
  }

  @Post('certificates/keys/rotate')
  @Roles('center-admin')
  @HttpCode(200)
  @ApiOperation({
    summary: '轮换签章密钥',
    description:
      '停用当前密钥并生成新密钥；旧密钥保留，用于核验已发的证书。由文件提供的密钥不能在此轮换。',
  })
  @ApiOkResponse({ type: SigningKeysResponse, description: '新生成的密钥' })
  @ApiConflictResponse({ type: ErrorBody, description: '密钥由配置文件提供' })
  async rotate(
    @CurrentUser() p: Principal,
    @Body() dto: RotateKeysDto,
  ): Promise<SigningKeysResponse> {
    return { items: await this.signer.rotate(p, dto.purpose) };
  }
}
