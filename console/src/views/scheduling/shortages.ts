import type { ApiError } from '@/api/errors';

/**
 * A refused allocation, as the page shows it: capacity shortages are reported per sitting before
 * anything is written (422 CAPACITY_SHORTAGE, one detail per sitting); anything else is a message.
 */
export function refusalOf(err: ApiError): { message: string; shortages: string[] } {
  if (err.code === 'CAPACITY_SHORTAGE') {
    return {
      message: '考场座位不足，未做任何更改。请增加场次或房间后重新编排：',
      shortages: err.details.map((d) => d.message),
    };
  }
  return { message: err.message, shortages: [] };
}
