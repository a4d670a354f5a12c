import { capacityProblem } from './room-capacity';

describe('capacityProblem', () => {
  it.each([
    [30, null, null],
    [20, { assigned: 20, highestSeat: 20 }, null],
    [25, { assigned: 18, highestSeat: 20 }, null],
    [
      19,
      { assigned: 20, highestSeat: 20 },
      '考场“一楼201”已安排 20 个座位（最大座位号 20），容量不能改为 19；请先调整考场编排',
    ],
    [
      18,
      { assigned: 17, highestSeat: 19 },
      '考场“一楼201”已安排 17 个座位（最大座位号 19），容量不能改为 18；请先调整考场编排',
    ],
  ])('capacity %i with %j', (capacity, usage, problem) => {
    expect(capacityProblem('一楼201', capacity, usage)).toBe(problem);
  });
});
