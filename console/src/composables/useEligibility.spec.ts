import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, reactive } from 'vue';
import type { Schemas } from '@/api/client';
import { useEligibility } from './useEligibility';

type Evaluate = Schemas['EvaluateEligibilityDto'];

const base: Evaluate = {
  targetOccupation: '汽车驾驶员',
  workStartDate: '1995-07-01',
  targetLevel: 'technician',
  route: 'standard',
};

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await nextTick();
    await Promise.resolve();
  }
}

describe('useEligibility', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('asks once, after the typing pauses', async () => {
    const fetch = vi.fn(async () =>
      Response.json({
        eligible: true,
        mode: 'exam',
        clause: '二(二)1',
        paperCategory: '汽车驾驶员',
        components: [],
        reasons: ['满 5 年'],
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const input = reactive({ ...base });
    const e = useEligibility(() => ({ ...input }), 400);
    input.workStartDate = '1995-07-02';
    await nextTick();
    input.workStartDate = '1995-07-03';
    await nextTick();
    vi.advanceTimersByTime(399);
    expect(fetch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    await settle();
    expect(fetch).toHaveBeenCalledOnce();
    const sent = (await (fetch.mock.calls[0] as unknown as [Request])[0].json()) as Evaluate;
    expect(sent.workStartDate).toBe('1995-07-03');
    expect(e.verdict.value?.clause).toBe('二(二)1');
    expect(e.checking.value).toBe(false);
  });

  it('does not ask while the essentials are missing', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const e = useEligibility(() => null, 10);
    vi.advanceTimersByTime(50);
    await settle();
    expect(fetch).not.toHaveBeenCalled();
    expect(e.verdict.value).toBeNull();
  });

  it('shows a refused input in Chinese with the fields named by the service', async () => {
    vi.stubGlobal('fetch', async () =>
      Response.json(
        {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: '请求参数校验失败',
          details: [
            {
              field: 'workStartDate',
              message: 'workStartDate：必须是真实存在的日期，格式 YYYY-MM-DD',
            },
          ],
        },
        { status: 400 },
      ),
    );
    const e = useEligibility(() => ({ ...base, workStartDate: '2020-13-01' }), 10);
    vi.advanceTimersByTime(10);
    await settle();
    expect(e.error.value).toBe('请求参数校验失败：必须是真实存在的日期，格式 YYYY-MM-DD');
    expect(e.verdict.value).toBeNull();
  });
});
