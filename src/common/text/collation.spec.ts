import { compareZh, sortByZh } from './collation';

describe('Chinese collation (pinyin), never code point', () => {
  it('orders names by pinyin', () => {
    const names = ['赵六', '阿明', '张三', '李四', '王五', '安娜'];
    expect([...names].sort(compareZh)).toEqual(['阿明', '安娜', '李四', '王五', '张三', '赵六']);
    // code-point order would put 张 (U+5F20) before 李 (U+674E)
    expect([...names].sort()).not.toEqual([...names].sort(compareZh));
  });

  it('orders numbers inside names numerically', () => {
    expect(['第10考场', '第2考场', '第1考场'].sort(compareZh)).toEqual([
      '第1考场',
      '第2考场',
      '第10考场',
    ]);
  });

  it('sorts by several keys without changing the input', () => {
    const rows = [
      { unit: '市园林局', name: '张三' },
      { unit: '市档案馆', name: '李四' },
      { unit: '市档案馆', name: '白云' },
    ];
    expect(
      sortByZh(
        rows,
        (r) => r.unit,
        (r) => r.name,
      ).map((r) => r.name),
    ).toEqual(['白云', '李四', '张三']);
    expect(rows[0].name).toBe('张三');
  });
});
