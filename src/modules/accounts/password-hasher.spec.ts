import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id at the OWASP baseline cost', async () => {
    const h = await hasher.hash('Exam#2025pass');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('verifies the right password and refuses a wrong one or a malformed hash', async () => {
    const h = await hasher.hash('Exam#2025pass');
    await expect(hasher.verify(h, 'Exam#2025pass')).resolves.toBe(true);
    await expect(hasher.verify(h, 'Exam#2025pasS')).resolves.toBe(false);
    await expect(hasher.verify('not-a-hash', 'Exam#2025pass')).resolves.toBe(false);
  });
});
