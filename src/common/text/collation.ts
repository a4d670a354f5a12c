/**
 * Chinese text is ordered by the zh-CN collation (pinyin), never by code
 * point: 阿 < 安 < 李 < 王 < 张 < 赵. Equal strings under the collation fall
 * back to code-point order so that sorting stays total and deterministic.
 */
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

export function compareZh(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sorts a copy by one or more text keys, each compared with {@link compareZh}. */
export function sortByZh<T>(items: readonly T[], ...keys: ((item: T) => string)[]): T[] {
  return [...items].sort((x, y) => {
    for (const key of keys) {
      const c = compareZh(key(x), key(y));
      if (c) return c;
    }
    return 0;
  });
}
