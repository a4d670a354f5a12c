import { targetLevelText } from './summary-row';

describe('targetLevelText (二(九) marked on 附件2)', () => {
  it.each([
    [{ targetLevel: '技师', exemptReview: true }, '技师（免考复核认定）'],
    [{ targetLevel: '高级工', exemptReview: false }, '高级工'],
    [{ targetLevel: '中级工' }, '中级工'],
  ])('%j → %s', (row, text) => {
    expect(targetLevelText(row)).toBe(text);
  });
});
