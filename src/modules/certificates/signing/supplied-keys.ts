import { readFileSync } from 'node:fs';
import type { AppConfig } from '../../../config/app-config';
import {
  KeyMaterial,
  readSuppliedP12,
  readSuppliedSm2,
  SigningPurpose,
  suppliedKeyId,
} from './key-material';

export interface SuppliedKey extends KeyMaterial {
  id: string;
}

/**
 * The key the center supplies for a purpose through its files, or null to generate one.
 * A file that cannot be read stops the caller with a message naming the variable, never
 * the password or the key.
 */
export function suppliedKey(config: AppConfig, purpose: SigningPurpose): SuppliedKey | null {
  const material = purpose === 'pdf-rsa' ? readP12(config) : readSm2(config);
  return material && { ...material, id: suppliedKeyId(material.publicKeyPem) };
}

function readP12(config: AppConfig): KeyMaterial | null {
  if (!config.CERT_PDF_P12_FILE) return null;
  try {
    return readSuppliedP12(
      readFileSync(config.CERT_PDF_P12_FILE),
      config.CERT_PDF_P12_PASSWORD ?? '',
    );
  } catch (e) {
    throw new Error(
      `无法读取 CERT_PDF_P12_FILE（${config.CERT_PDF_P12_FILE}）：${reason(e)}；请检查文件与 CERT_PDF_P12_PASSWORD`,
    );
  }
}

function readSm2(config: AppConfig): KeyMaterial | null {
  if (!config.CERT_SM2_KEY_FILE) return null;
  try {
    return readSuppliedSm2(readFileSync(config.CERT_SM2_KEY_FILE, 'utf8'));
  } catch (e) {
    throw new Error(`无法读取 CERT_SM2_KEY_FILE（${config.CERT_SM2_KEY_FILE}）：${reason(e)}`);
  }
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 200);
