import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { refusalOf } from './shortages';

describe('allocation refusals', () => {
  it('lists each sitting short of seats', () => {
    const err = new ApiError(422, 'CAPACITY_SHORTAGE', '考场座位不足：…', [
      {
        field: '电工',
        code: 'CAPACITY_SHORTAGE',
        message: '电工理论考试（2026-12-07 09:00）：需要 40 个座位，可用 30 个，缺 10 个',
      },
    ]);
    expect(refusalOf(err)).toEqual({
      message: '考场座位不足，未做任何更改。请增加场次或房间后重新编排：',
      shortages: ['电工理论考试（2026-12-07 09:00）：需要 40 个座位，可用 30 个，缺 10 个'],
    });
  });
  it('keeps any other refusal as its message', () => {
    expect(refusalOf(new ApiError(422, 'NO_CANDIDATES', '尚无备案考生'))).toEqual({
      message: '尚无备案考生',
      shortages: [],
    });
  });
});
