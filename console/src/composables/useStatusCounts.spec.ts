import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStatusCounts } from './useStatusCounts';

const ANSWER = {
  examYear: 2025,
  total: 7,
  byStatus: [
    { status: 'registered', statusName: '已报名待单位审核', count: 4 },
    { status: 'in-publicity', statusName: '公示中', count: 3 },
    { status: 'accepted', statusName: '中心已备案', count: 0 },
  ],
  publicityEnded: 2,
  publicitiesRunning: 1,
  nextPublicityEndDate: '2025-07-07',
  batchesWaiting: null,
};

describe('useStatusCounts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads every count with one request, not one per state', async () => {
    const fetch = vi.fn(async (_req: Request) => Response.json(ANSWER));
    vi.stubGlobal('fetch', fetch);
    const c = useStatusCounts();
    await c.load(2025);
    expect(fetch).toHaveBeenCalledOnce();
    const url = new URL(fetch.mock.calls[0]![0].url);
    expect(url.pathname).toBe('/api/v1/registrations/counts');
    expect(url.searchParams.get('examYear')).toBe('2025');
    expect(c.counts).toEqual({ registered: 4, 'in-publicity': 3, accepted: 0 });
    expect(c.waiting.value?.publicityEnded).toBe(2);
    expect(c.loading.value).toBe(false);
  });

  it('ends loading on a refusal and keeps the error for the page', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        Response.json({ statusCode: 404, code: 'NOT_FOUND', message: '无此年度' }, { status: 404 }),
      ),
    );
    const c = useStatusCounts();
    await expect(c.load()).rejects.toMatchObject({ status: 404, message: '无此年度' });
    expect(c.loading.value).toBe(false);
    expect(c.waiting.value).toBeNull();
  });
});
