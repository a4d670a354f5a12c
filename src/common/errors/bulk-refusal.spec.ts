import { bulkRefusal } from './bulk-refusal';
import { DomainError } from './domain-error';

const stale = new DomainError('conflict', 'STALE_VERSION', '已被他人修改');
const incomplete = new DomainError('unprocessable', 'REVIEW_INCOMPLETE', '尚未填写完整');
const noReason = new DomainError('validation', 'VALIDATION_FAILED', '请求参数校验失败', [
  { field: 'reason', code: 'REQUIRED', message: '须填写原因' },
]);

describe('bulkRefusal', () => {
  it('answers as the first refused item does and names every refused item', () => {
    const e = bulkRefusal('份考核表不能报送', [
      { id: 'a', name: '张三', error: incomplete },
      { id: 'b', name: '李四', error: stale },
    ]);
    expect(e).toMatchObject({
      kind: 'unprocessable',
      code: 'REVIEW_INCOMPLETE',
      message: '2 份考核表不能报送，未做任何更改',
      details: [
        { field: 'a', code: 'REVIEW_INCOMPLETE', message: '张三：尚未填写完整' },
        { field: 'b', code: 'STALE_VERSION', message: '李四：已被他人修改' },
      ],
    });
  });

  it('words a validation refusal by its detail, and an unnamed item by its error alone', () => {
    const e = bulkRefusal('项不能办理', [{ id: 'a', error: noReason }]);
    expect(e.details).toEqual([{ field: 'a', code: 'REQUIRED', message: '须填写原因' }]);
    expect(e.kind).toBe('validation');
  });
});
