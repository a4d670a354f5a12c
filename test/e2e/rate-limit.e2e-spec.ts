import { API, createTestApp, type TestApp } from './harness';

/** RATE_PER_MINUTE per client address, counted by WindowThrottlerStorage (issue 12). */
describe('the general rate limit (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ RATE_PER_MINUTE: '5' });
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED with Retry-After once an address passes its requests a minute', async () => {
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await t.http().get(`${API}/health`));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(answers[4].headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(answers[5].headers['retry-after'])).toBeGreaterThan(0);
    expect(answers[5].body).toMatchObject({
      code: 'RATE_LIMITED',
      message: '请求过于频繁，请稍后再试',
    });
  });
});
