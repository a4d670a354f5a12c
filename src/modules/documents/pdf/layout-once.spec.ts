import { spawnSync } from 'node:child_process';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pngImage } from '../../../../test/factories/files.factory';
import { differingPixels, hasPoppler, pageImages } from '../../../../test/support/pdf-pages';
import {
  DIRECT_PARTS,
  forgetLayouts,
  renderSlotPages,
  slotPage,
  type LayoutOnceStats,
  type PageParts,
} from './layout-once';
import { renderPdf } from './pdf-renderer';

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

interface Card {
  name: string;
  unit: string;
  seat: string;
  code: string;
  photo: Buffer;
}

/**
 * A small page with every kind of part: a left-aligned value in a table, centred and
 * right-aligned values, one followed by a line end, a value with character spacing, a value
 * that may not fit its cell, and an image.
 */
function card(c: Card, p: PageParts): Content {
  return {
    stack: [
      { text: '准考证（样张）', style: 'title' },
      {
        table: {
          widths: [60, 200, '*'],
          body: [
            ['姓名', p.run(c.name, { fontSize: 11 }, 190), { text: '照片', alignment: 'center' }],
            ['单位', p.run(c.unit, { fontSize: 11 }, 190), ''],
          ],
        },
        layout: 'noBorders',
      },
      {
        ...p.run(c.seat, { fontSize: 14, bold: true }, 200),
        bold: true,
        fontSize: 14,
        alignment: 'center',
      },
      {
        text: [p.run(c.code, { fontSize: 11, characterSpacing: 1 }, 400), { text: '\n下一行' }],
        characterSpacing: 1,
        alignment: 'right',
      },
      { image: p.image(dataUrl(c.photo)), width: 60, height: 80, alignment: 'center' },
    ],
  };
}

const SHELL: Omit<TDocumentDefinitions, 'content'> = {
  pageSize: 'A5',
  pageMargins: [30, 30, 30, 30],
  defaultStyle: { fontSize: 11 },
  styles: { title: { fontSize: 16, bold: true, alignment: 'center' } },
  info: { title: '样张' },
};

const PHOTO = pngImage(60, 80);
const CARDS: Card[] = [
  { name: '王一', unit: '大连市第一中学', seat: '1', code: '20250101001', photo: PHOTO },
  { name: '欧阳长风', unit: '中山区市政设施养护管理中心', seat: '45', code: '2025', photo: PHOTO },
  { name: '李', unit: '短', seat: '座位 12', code: '202501010019999', photo: pngImage(61, 80) },
  {
    name: '张三',
    unit: '大连市中山区市政设施养护管理中心（大连市中山区城市管理综合服务中心）',
    seat: '7',
    code: '9',
    photo: PHOTO,
  },
];

/** The same pages as pdfmake lays them out one by one. */
function direct(cards: Card[]): TDocumentDefinitions {
  return {
    ...SHELL,
    content: cards.map((c, i) => ({
      stack: [card(c, DIRECT_PARTS)],
      ...(i ? { pageBreak: 'before' as const } : {}),
    })),
  };
}

const stats = (): LayoutOnceStats => ({ layouts: 0, filled: 0 });

function text(pdf: Buffer): string | null {
  const run = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf });
  return run.status === 0 ? run.stdout.toString('utf8') : null;
}

describe('renderSlotPages (issue 12: laid out once, filled in)', () => {
  beforeEach(() => forgetLayouts());

  (hasPoppler ? it : it.skip)(
    'draws every page exactly as pdfmake lays it out itself',
    async () => {
      const count = stats();
      const pages = CARDS.map((c) => slotPage((p) => card(c, p)));
      const [filled, laidOut] = [
        pageImages(await renderSlotPages(SHELL, pages, { stats: count })),
        pageImages(await renderPdf(direct(CARDS))),
      ];
      expect(filled).toHaveLength(CARDS.length);
      // The same glyphs at the same places; a value moved by a point differs by hundreds.
      filled!.forEach((page, i) => expect(differingPixels(page, laidOut![i])).toBeLessThan(20));
    },
  );

  it('lays a shape out once: only a wrapped value or an image of another size makes another', async () => {
    const first = stats();
    const same = CARDS.slice(0, 2).map((c, i) => ({ ...c, name: `${c.name}${i}x` }));
    await renderSlotPages(
      SHELL,
      [...same, ...same].map((c) => slotPage((p) => card(c, p))),
      {
        stats: first,
      },
    );
    // Pages 2–4 reuse the layout of page 1.
    expect(first).toEqual({ layouts: 1, filled: 3 });

    const other = stats();
    await renderSlotPages(
      SHELL,
      CARDS.map((c) => slotPage((p) => card(c, p))),
      { stats: other },
    );
    // Card 3's photo is 61 px wide, card 4's unit wraps: two more shapes.
    expect(other).toEqual({ layouts: 2, filled: 2 });
  });

  it('reuses a layout in another document with that document’s own fonts and text', async () => {
    const count = stats();
    const one = await renderSlotPages(SHELL, [slotPage((p) => card(CARDS[0], p))], {
      stats: count,
    });
    const two = await renderSlotPages(SHELL, [slotPage((p) => card(CARDS[1], p))], {
      stats: count,
    });
    expect(count).toEqual({ layouts: 1, filled: 1 });
    const [a, b] = [text(one), text(two)];
    if (a !== null && b !== null) {
      expect(a).toContain('王一');
      expect(a).not.toContain('欧阳长风');
      expect(b).toContain('欧阳长风');
      expect(b).toContain('中山区市政设施养护管理中心');
      expect(b).not.toContain('王一');
    }
  });

  (hasPoppler ? it : it.skip)(
    'lays a page out whole when a value shares its line with other text',
    async () => {
      const count = stats();
      const build = (name: string) => (p: PageParts) =>
        ({ text: ['姓名：', p.run(name, { fontSize: 11 }, 200)] }) as Content;
      const names = ['王一', '欧阳长风'];
      const pdf = await renderSlotPages(
        SHELL,
        names.map((n) => slotPage(build(n))),
        { stats: count },
      );
      expect(count).toEqual({ layouts: 2, filled: 0 });
      const direct = await renderPdf({
        ...SHELL,
        content: names.map((n, i) => ({
          stack: [build(n)(DIRECT_PARTS)],
          ...(i ? { pageBreak: 'before' as const } : {}),
        })),
      });
      const [a, b] = [pageImages(pdf)!, pageImages(direct)!];
      expect(a).toHaveLength(2);
      a.forEach((page, i) => expect(differingPixels(page, b[i])).toBeLessThan(20));
    },
  );

  it('keeps a value that does not fit as text for pdfmake to wrap, not as a part', () => {
    const page = slotPage((p) => ({
      stack: [p.run('很长的单位名称'.repeat(10), { fontSize: 11 }, 100)],
    }));
    expect(page.texts).toEqual([]);
    expect(JSON.stringify(page.content)).toContain('很长的单位名称');
    const fits = slotPage((p) => ({ stack: [p.run('短', { fontSize: 11 }, 100)] }));
    expect(fits.texts).toEqual(['短']);
    expect(JSON.stringify(fits.content)).not.toContain('短');
  });

  it('keeps its values in place when a constant text holds a marker character (found by review)', () => {
    const forged = String.fromCodePoint(0xf0000);
    const page = slotPage((p) => ({
      stack: [{ text: forged }, p.run('王小明', { fontSize: 11 }, 100)],
    }));
    expect(page.texts).toEqual([]);
    expect(JSON.stringify(page.content)).toContain('王小明');
    expect(JSON.stringify(page.content)).toContain(forged);
  });

  it('refuses headers, footers and computed backgrounds, which a kept layout would lose', async () => {
    const page = slotPage((p) => ({ stack: [p.run('王一', { fontSize: 11 }, 100)] }));
    await expect(renderSlotPages({ ...SHELL, footer: () => '第 1 页' }, [page])).rejects.toThrow(
      /layout-once/,
    );
    await expect(renderSlotPages({ ...SHELL, background: () => '' }, [page])).rejects.toThrow(
      /layout-once/,
    );
  });
});
