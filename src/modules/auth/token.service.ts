import { Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { AppConfig } from '../../config/app-config';
import { SettingsService } from '../../database/settings.service';
import { DomainError } from '../../common/errors/domain-error';

export interface TokenClaims {
  sub: string;
  tv: number;
  /** The password sign-in that began the session, in seconds since the epoch (OIDC `auth_time`). */
  authTime: number;
}

const SECRET_KEY = 'jwt_secret';
const ALGORITHM = 'HS256';

const invalidToken = () =>
  new DomainError('unauthenticated', 'TOKEN_INVALID', '登录凭证无效或已过期，请重新登录');

/**
 * Signs and checks access tokens: HS256 only (no `none`, no algorithm
 * confusion), `exp` required. The secret is JWT_SECRET, or one generated at
 * first start and kept in the database.
 *
 * The secret is handed to jsonwebtoken as a KeyObject made once: given a
 * string, jsonwebtoken first tries to parse it as a PEM public key on every
 * call and builds the secret key only after that fails, which cost a fifth
 * of each authenticated request (issue 12). The key bytes are the string's
 * UTF-8 bytes, as before, so issued tokens stay valid.
 */
@Injectable()
export class TokenService implements OnModuleInit {
  private jwt = new JwtService();

  constructor(
    private readonly config: AppConfig,
    private readonly settings: SettingsService,
  ) {}

  async onModuleInit(): Promise<void> {
    const secret = this.config.JWT_SECRET ?? (await this.storedSecret());
    this.jwt = new JwtService({ secret: createSecretKey(Buffer.from(secret, 'utf8')) });
  }

  private storedSecret(): Promise<string> {
    return this.settings.secret(SECRET_KEY);
  }

  get ttlSeconds(): number {
    return this.config.JWT_TTL_SECONDS;
  }

  /** Signs a token that lives `expiresIn` seconds (at most JWT_TTL_SECONDS). */
  sign(claims: TokenClaims, expiresIn: number): Promise<string> {
    const { sub, tv, authTime } = claims;
    return this.jwt.signAsync(
      { sub, tv, auth_time: authTime },
      {
        algorithm: ALGORITHM,
        expiresIn: Math.min(expiresIn, this.config.JWT_TTL_SECONDS),
      },
    );
  }

  async verify(token: string): Promise<TokenClaims> {
    let payload: { sub?: unknown; tv?: unknown; auth_time?: unknown; exp?: unknown };
    try {
      payload = await this.jwt.verifyAsync(token, {
        algorithms: [ALGORITHM],
        maxAge: `${this.config.JWT_TTL_SECONDS}s`,
      });
    } catch {
      throw invalidToken();
    }
    if (
      typeof payload.exp !== 'number' ||
      typeof payload.sub !== 'string' ||
      typeof payload.tv !== 'number' ||
      typeof payload.auth_time !== 'number'
    ) {
      throw invalidToken();
    }
    return { sub: payload.sub, tv: payload.tv, authTime: payload.auth_time };
  }
}
