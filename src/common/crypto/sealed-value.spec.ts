import { randomBytes } from 'node:crypto';
import { isSealed, open, seal } from './sealed-value';

/**
 * The sealed text with one bit of its ciphertext changed. (Changing the last
 * base64 character is not enough: its low bits may be padding.)
 */
function flipFirstBodyByte(sealed: string): string {
  const at = sealed.lastIndexOf('.') + 1;
  const body = Buffer.from(sealed.slice(at), 'base64url');
  body[0] ^= 0x01;
  return sealed.slice(0, at) + body.toString('base64url');
}

describe('sealed values (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and the sealed text does not contain the plaintext', () => {
    const sealed = seal(key, 'the-secret-value', 'jwt_secret');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('the-secret-value');
    expect(open(key, sealed, 'jwt_secret')).toBe('the-secret-value');
  });

  it('uses a fresh nonce each time', () => {
    expect(seal(key, 'x', 'k')).not.toBe(seal(key, 'x', 'k'));
  });

  it.each([
    ['another key', () => open(randomBytes(32), seal(key, 'v', 'k'), 'k')],
    ['another name', () => open(key, seal(key, 'v', 'k'), 'other')],
    ['a flipped byte', () => open(key, flipFirstBodyByte(seal(key, 'v', 'k')), 'k')],
    ['plaintext', () => open(key, 'not-sealed', 'k')],
    ['a truncated value', () => open(key, 'aes256gcm:abc', 'k')],
  ])('refuses %s', (_name, attempt) => {
    expect(attempt()).toBeNull();
  });
});
