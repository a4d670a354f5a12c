import { chunks, mapConcurrent } from './map-concurrent';

/** A call that resolves when the test says so, to observe what runs at the same time. */
function gate() {
  const waiting: Array<{ item: number; release: (v: string) => void; fail: (e: Error) => void }> =
    [];
  const fn = (item: number) =>
    new Promise<string>((release, fail) => waiting.push({ item, release, fail }));
  return { waiting, fn };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('mapConcurrent', () => {
  it('runs at most `limit` calls at once and returns results in input order', async () => {
    const { waiting, fn } = gate();
    const done = mapConcurrent([1, 2, 3, 4, 5], 2, fn);
    await tick();
    expect(waiting.map((w) => w.item)).toEqual([1, 2]);
    waiting[1].release('b');
    await tick();
    expect(waiting.map((w) => w.item)).toEqual([1, 2, 3]);
    waiting[0].release('a');
    await tick();
    waiting[2].release('c');
    await tick();
    expect(waiting.map((w) => w.item)).toEqual([1, 2, 3, 4, 5]);
    waiting[4].release('e');
    waiting[3].release('d');
    await expect(done).resolves.toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('starts nothing more after a failure and rejects with it', async () => {
    const { waiting, fn } = gate();
    const done = mapConcurrent([1, 2, 3, 4], 2, fn);
    await tick();
    waiting[0].fail(new Error('batch 1'));
    await expect(done).rejects.toThrow('batch 1');
    waiting[1].release('b');
    await tick();
    expect(waiting.map((w) => w.item)).toEqual([1, 2]);
  });

  it.each([
    [[], 2, []],
    [[1], 4, [2]],
    [[1, 2, 3], 1, [2, 4, 6]],
  ])('maps %j with limit %d', async (items, limit, expected) => {
    await expect(mapConcurrent(items, limit, (x) => Promise.resolve(x * 2))).resolves.toEqual(
      expected,
    );
  });
});

describe('chunks', () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [[1, 2], 2, [[1, 2]]],
    [[], 3, []],
  ])('cuts %j into chunks of %d', (items, size, expected) => {
    expect(chunks(items, size)).toEqual(expected);
  });
});
