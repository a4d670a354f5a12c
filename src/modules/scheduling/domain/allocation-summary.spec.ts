import { allocationMessage, nobodyToSeatReason } from './allocation-summary';

const counts = (over = {}) => ({
  acceptedExam: 0,
  acceptedExempt: 0,
  cancelled: 0,
  inProgress: 0,
  ...over,
});

describe('nobodyToSeatReason', () => {
  it.each([
    [{ acceptedExam: 1 }, null],
    [{}, '本年度尚无报名，没有需要编排考场的考生'],
    [
      { inProgress: 12 },
      '没有需要编排考场的考生：尚无经中心备案的参考考生；12 人尚在审核或报送中，中心备案后方可编排',
    ],
    [
      { acceptedExempt: 3 },
      '没有需要编排考场的考生：已备案的 3 人均为免考复核认定（二(九)），不参加考试',
    ],
    [
      { cancelled: 2, inProgress: 1 },
      '没有需要编排考场的考生：尚无经中心备案的参考考生；2 人已被取消报考资格；1 人尚在审核或报送中，中心备案后方可编排',
    ],
  ])('%j → %s', (c, reason) => {
    expect(nobodyToSeatReason(counts(c))).toBe(reason);
  });
});

describe('allocationMessage', () => {
  it('says when everyone already has a seat', () => {
    const r = { candidates: 4, kept: 8, placed: 0, released: 0, tickets: 4 };
    expect(allocationMessage(r, false)).toBe(
      '全部 4 名考生均已安排座位，没有需要新安排或释放的座位（编排未做更改）',
    );
  });

  it('counts what a run did', () => {
    const r = { candidates: 5, kept: 8, placed: 2, released: 2, tickets: 5 };
    expect(allocationMessage(r, true)).toBe(
      '试算完成：参考考生 5 人，保留座位 8 个，新安排 2 个，释放 2 个，准考证 5 张',
    );
  });
});
