import { loadInChunks } from './in-chunks';

describe('loadInChunks', () => {
  it('asks for at most `size` ids at a time, in order, and joins the answers', async () => {
    const asked: number[] = [];
    const ids = Array.from({ length: 1201 }, (_, i) => `id-${i}`);
    const rows = await loadInChunks(
      ids,
      (part) => {
        asked.push(part.length);
        return Promise.resolve(part.map((id) => ({ id })));
      },
      500,
    );
    expect(asked).toEqual([500, 500, 201]);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });

  it('asks nothing for no ids', async () => {
    const load = jest.fn();
    expect(await loadInChunks([], load)).toEqual([]);
    expect(load).not.toHaveBeenCalled();
  });
});
