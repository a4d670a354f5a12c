import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'aes256gcm:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** True for a value written by `seal` (anything else is legacy plaintext). */
export const isSealed = (value: string): boolean => value.startsWith(PREFIX);

/**
 * AES-256-GCM with a fresh 96-bit nonce. `context` (e.g. the setting's name)
 * is bound as associated data, so a sealed value moved to another name no
 * longer opens.
 */
export function seal(key: Buffer, plaintext: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url'));
  return `${PREFIX}${parts.join('.')}`;
}

/** The plaintext, or null when the value was not sealed with this key and context. */
export function open(key: Buffer, sealed: string, context: string): string | null {
  if (!isSealed(sealed)) return null;
  const [iv, tag, body] = sealed
    .slice(PREFIX.length)
    .split('.')
    .map((p) => Buffer.from(p, 'base64url'));
  if (!body || iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
