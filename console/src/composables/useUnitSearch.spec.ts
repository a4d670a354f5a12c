import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PICKER_PAGE, useUnitSearch } from './useUnitSearch';

/** A service with 600 units (the center's view), answering /units as the real one pages it. */
const UNITS = Array.from({ length: 600 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `大连市测试单位${i + 1}号`,
  departmentId: i < 300 ? 'dept-a' : 'dept-b',
  active: true,
}));

function service() {
  const calls: URL[] = [];
  const fetch = vi.fn(async (req: Request) => {
    const url = new URL(req.url);
    calls.push(url);
    const one = /\/api\/v1\/units\/([^/]+)$/.exec(url.pathname);
    if (one) return Response.json(UNITS.find((u) => u.id === one[1]));
    const q = url.searchParams.get('q') ?? '';
    const dept = url.searchParams.get('departmentId');
    const size = Number(url.searchParams.get('pageSize') ?? 20);
    if (size > 100) return Response.json({ statusCode: 400, message: 'pageSize' }, { status: 400 });
    const hits = UNITS.filter((u) => u.name.includes(q) && (!dept || u.departmentId === dept));
    return Response.json({
      items: hits.slice(0, size),
      total: hits.length,
      page: 1,
      pageSize: size,
    });
  });
  return { fetch, calls };
}

describe('useUnitSearch (a unit picker over ~600 units)', () => {
  let s: ReturnType<typeof service>;
  beforeEach(() => {
    s = service();
    vi.stubGlobal('fetch', s.fetch);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists one capped page with one request, and says how many there are', async () => {
    const p = useUnitSearch(() => null);
    await p.search();
    expect(s.calls).toHaveLength(1);
    expect(Number(s.calls[0]!.searchParams.get('pageSize'))).toBe(PICKER_PAGE);
    expect(p.options.value).toHaveLength(PICKER_PAGE);
    expect(p.total.value).toBe(600);
  });

  it('lets the service narrow by name and department as the clerk types', async () => {
    const p = useUnitSearch(() => 'dept-b');
    await p.search(' 测试单位555号 ');
    expect(s.calls[0]!.searchParams.get('q')).toBe('测试单位555号');
    expect(s.calls[0]!.searchParams.get('departmentId')).toBe('dept-b');
    expect(p.options.value.map((u) => u.name)).toEqual(['大连市测试单位555号']);
  });

  it('drops the answer to an older search that arrives late', async () => {
    const p = useUnitSearch(() => null);
    let release: () => void = () => undefined;
    s.fetch.mockImplementationOnce(
      (req: Request) =>
        new Promise((done) => {
          release = () =>
            done(Response.json({ items: UNITS.slice(0, 3), total: 600, page: 1, pageSize: 50 }));
          void req;
        }),
    );
    const slow = p.search('测');
    await p.search('测试单位600');
    release();
    await slow;
    expect(p.options.value.map((u) => u.name)).toEqual(['大连市测试单位600号']);
    expect(p.loading.value).toBe(false);
  });

  it('keeps the name of a chosen unit that is not on the page (a link with unitId)', async () => {
    const p = useUnitSearch(() => null);
    await p.search();
    await p.choose(UNITS[599]!.id);
    expect(p.options.value[0]!.name).toBe('大连市测试单位600号');
    expect(p.options.value).toHaveLength(PICKER_PAGE + 1);
    await p.choose(UNITS[599]!.id);
    expect(s.calls.filter((u) => u.pathname.endsWith(UNITS[599]!.id))).toHaveLength(1);
    await p.choose('');
    expect(p.options.value).toHaveLength(PICKER_PAGE);
  });
});
