import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value));

/** Environment of the service, validated once at start. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  DB_PATH = './data/exam.sqlite';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL 必须以 postgres:// 开头' })
  DATABASE_URL?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  ADMIN_PASSWORD?: string;

  @Transform(toBool)
  @IsBoolean()
  DEMO = false;

  /** Shared password of the demo accounts (DEMO=1); generated and printed once when absent. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(128)
  DEMO_PASSWORD?: string;

  /** HMAC secret of access tokens; generated and kept encrypted in the database when absent. */
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS = 1800;

  /** Wrong passwords in a row for one account from one address before that address is held. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_LOCK_MINUTES = 15;

  /** Wrong passwords per account per hour from all addresses together (checklist #11: ≤ 100). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_MAX_PER_HOUR = 100;

  /** Absolute session limit: refreshing never extends a session past this many hours after sign-in. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(72)
  SESSION_MAX_HOURS = 12;

  /** Requests per minute per client address on the login route. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_PER_MINUTE = 30;

  /** Requests per minute per client address on every other route. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_PER_MINUTE = 1200;

  /** Public certificate verifications per client address per minute (no enumeration). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  VERIFY_RATE_PER_MINUTE = 20;

  /** The same per day. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  VERIFY_RATE_PER_DAY = 300;

  @IsString()
  UPLOAD_DIR = './data/uploads';

  /**
   * Directory of the master key file (`master.key`, created at first start with
   * mode 0600). It keys the audit chain and encrypts the secrets kept in the
   * database, so it must never sit inside the database or its backups.
   */
  @IsString()
  KEY_DIR = './data/keys';

  /** The master key itself (64 hex digits) instead of the key file: the same on every instance. */
  @IsOptional()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'MASTER_KEY 必须是 64 位十六进制数（32 字节）' })
  MASTER_KEY?: string;

  /** Built web console served at `/`; default `console/dist` of the checkout. */
  @IsOptional()
  @IsString()
  CONSOLE_DIR?: string;

  /** Address printed in certificate QR codes (the public verification page); default http://localhost:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s?#]+$/, { message: 'PUBLIC_BASE_URL 必须是 http(s):// 开头的地址' })
  PUBLIC_BASE_URL?: string;

  /** A PKCS#12 from a CA for the certificate PDFs' signature, instead of a generated key. */
  @IsOptional()
  @IsString()
  CERT_PDF_P12_FILE?: string;

  @IsOptional()
  @IsString()
  CERT_PDF_P12_PASSWORD?: string;

  /** An SM2 private key (PEM) for the certificate QR codes, instead of a generated key. */
  @IsOptional()
  @IsString()
  CERT_SM2_KEY_FILE?: string;

  @IsIn(['trust-none', 'loopback'])
  TRUST_PROXY: 'trust-none' | 'loopback' = 'trust-none';

  get isPostgres(): boolean {
    return !!this.DATABASE_URL;
  }
}

const ENV_KEYS = [
  'NODE_ENV',
  'PORT',
  'DB_PATH',
  'DATABASE_URL',
  'ADMIN_PASSWORD',
  'DEMO',
  'DEMO_PASSWORD',
  'JWT_SECRET',
  'JWT_TTL_SECONDS',
  'LOGIN_MAX_FAILURES',
  'LOGIN_LOCK_MINUTES',
  'LOGIN_MAX_PER_HOUR',
  'SESSION_MAX_HOURS',
  'LOGIN_RATE_PER_MINUTE',
  'RATE_PER_MINUTE',
  'VERIFY_RATE_PER_MINUTE',
  'VERIFY_RATE_PER_DAY',
  'UPLOAD_DIR',
  'KEY_DIR',
  'MASTER_KEY',
  'CONSOLE_DIR',
  'TRUST_PROXY',
  'PUBLIC_BASE_URL',
  'CERT_PDF_P12_FILE',
  'CERT_PDF_P12_PASSWORD',
  'CERT_SM2_KEY_FILE',
] as const;

/** Reads and validates the environment; throws a readable error on bad settings. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known: readonly string[] = ENV_KEYS;
  const picked = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => known.includes(k) && v !== undefined && v !== ''),
  );
  const config = plainToInstance(AppConfig, picked, { exposeDefaultValues: true });
  const errors = validateSync(config);
  if (errors.length) {
    const lines = errors.map(
      (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`,
    );
    throw new Error(`环境变量配置错误:\n${lines.join('\n')}`);
  }
  return config;
}
