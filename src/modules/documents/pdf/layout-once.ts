import LayoutBuilder, {
  type LaidOutItem,
  type LaidOutLine,
  type LaidOutPage,
} from 'pdfmake/js/LayoutBuilder';
import { normalizePageMargin, normalizePageSize } from 'pdfmake/js/PageSize';
import Renderer from 'pdfmake/js/Renderer';
import SVGMeasure from 'pdfmake/js/SVGMeasure';
import { tableLayouts } from 'pdfmake/js/tableLayouts';
import TextInlines from 'pdfmake/js/TextInlines';
import type { Content, ContentStack, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  finishPdf,
  openPdfmakeDocument,
  pdfmakeTableLayouts,
  type PdfFinish,
} from './pdf-renderer';
import { paragraphRuns, run, wrapLines, type TextStyle } from './text-lines';

/**
 * Pages laid out once and filled in (issue 12).
 *
 * A batch of admission tickets is the same page again and again with other names, numbers and
 * photos in it. pdfmake lays out every page from scratch (styles, measuring, tables), about two
 * thirds of a ticket's rendering. Here a page is built with markers in place of its variable
 * parts, one-line texts ("slots") and images; pages whose marked definitions are equal are laid
 * out by pdfmake once per worker thread (the layout is kept for later documents too), and each
 * page is then drawn by pdfmake's own renderer from that layout with its own texts and images
 * put in, in its own document with that document's fonts:
 *
 * - a text slot is a text measured to fit its cell on one line (text-lines.ts), so it is one
 *   inline alone on its line in any layout: only its width changes, and the line moves by the
 *   difference where it is centred or right-aligned (as pdfmake itself moves page numbers);
 * - an image slot is replaced by an image of the same intrinsic size (the size is part of the
 *   page's key), so it lands in the same box.
 *
 * Texts that do not fit, and every constant part, stay in the definition and so in the key: a
 * page with a wrapped unit name gets a layout of its own. A value's width must not decide a
 * column's: a table that holds values spanning columns has numeric widths (pdfmake would widen a
 * star or auto column for a wide spanning value, and a marker is narrow); the specs compare.
 * When the layout does not show each marker exactly once where expected, the page is laid out
 * whole with its own values, as before.
 */

/** How a page builder asks for its variable parts. */
export interface PageParts {
  /** A text that varies from page to page, on one line of at most `width` points where it fits. */
  run(text: string, style: TextStyle, width: number): { text: string; noWrap?: true };
  /** An image (a data URL) that varies from page to page. */
  image(dataUrl: string): string;
  /** A paragraph that varies, broken into lines as pdfmake would break it (text-lines.ts). */
  paragraph(text: string, style: TextStyle, width: number): ContentText | ContentStack;
}

/** Builds the page as it is: every value in place (pdfmake lays out each page itself). */
export const DIRECT_PARTS: PageParts = {
  run,
  image: (dataUrl) => dataUrl,
  paragraph: paragraphRuns,
};

/** Private-use characters: no text of ours contains them, and each is one character wide. */
const TEXT_MARKER_BASE = 0xf0000;
const IMAGE_MARKER = '$$layout-once-image$$';
const textMarker = (i: number) => String.fromCodePoint(TEXT_MARKER_BASE + i);
/** Supplementary private-use area A, where the markers are. */
const MARKER_CHARACTERS = /[\u{F0000}-\u{FFFFF}]/gu;
/**
 * A text that stays one inline on its line: no line ends, no trailing white space, and no
 * leading white space unless the style keeps it (pdfmake would cut it off the line otherwise).
 */
const slottable = (text: string, style: TextStyle) =>
  (style.preserveLeadingSpaces ? /^.*\S$/ : /^\S(?:.*\S)?$/).test(text);

/** One page's definition with markers, and the values that go in their place. */
export interface SlotPage {
  content: Content;
  texts: string[];
  images: string[];
}

/** Builds a page with markers for its variable parts. */
export function slotPage(build: (parts: PageParts) => Content): SlotPage {
  const texts: string[] = [];
  const images: string[] = [];
  const parts: PageParts = {
    run(text, style, width) {
      const plain = run(text, style, width);
      if (!plain.noWrap || !slottable(text, style)) return plain;
      texts.push(text);
      return { text: textMarker(texts.length - 1), noWrap: true };
    },
    image(dataUrl) {
      images.push(dataUrl);
      return `${IMAGE_MARKER}${images.length - 1}`;
    },
    // Each line a paragraph of its own: as parts of one paragraph, the markers (narrower than
    // the lines) would share lines. The lines land where the paragraph's would (the specs
    // compare the pages).
    paragraph(text, style, width) {
      const lines = wrapLines(text, style, width);
      if (!lines) return { text };
      return { stack: lines.map((line) => this.run(line, style, width)) };
    },
  };
  const content = build(parts);
  // A marker that was not made here (a constant text with such a character) would be taken for
  // a value: such a page keeps its values in place and is laid out as a whole.
  const found = JSON.stringify(content).match(MARKER_CHARACTERS)?.length ?? 0;
  if (found !== texts.length) return { content: build(DIRECT_PARTS), texts: [], images: [] };
  return { content, texts, images };
}

/** Which of the document's fonts an inline is set in (pdfmake's provideFont arguments). */
interface FontKey {
  family: string;
  bold: boolean;
  italics: boolean;
}

/**
 * A layout with markers, kept per thread and shared by documents: it holds no object of the
 * document it was laid out in. Its inlines name their font by a FontKey (bound to each
 * document's own font, which keeps its own subset), its images by label (with the data of the
 * constant ones), and its vertical alignments carry their measured heights.
 */
interface Template {
  pages: LaidOutPage[];
  /** Per page: item index → text slot. */
  textItems: Array<Map<number, number>>;
  /** Per page: item index → image slot. */
  imageItems: Array<Map<number, number>>;
  /** Images that are part of the layout itself: label → data URL. */
  constantImages: Map<string, string>;
}

/** Counts, for tests and the bench: layouts made and pages drawn from an earlier layout. */
export interface LayoutOnceStats {
  layouts: number;
  filled: number;
}

type KitDocument = PDFKit.PDFDocument & {
  images: Record<string, string>;
  fontCache: Record<string, Record<string, object>>;
  provideImage(src: string): { width: number; height: number; orientation?: number };
  provideFont(family: string, bold: boolean, italics: boolean): object;
};

/**
 * Layouts by key, per thread, least recently used dropped first. A template is a page's lines
 * and boxes, tens of kilobytes; a season's tickets and certificates have a few dozen shapes.
 */
const TEMPLATES_KEPT = 64;
const templates = new Map<string, Template | null>();

/** Drops every kept layout (for tests that count layouts). */
export function forgetLayouts(): void {
  templates.clear();
}

/** Image labels, unique in the thread so that a template's labels mean the same everywhere. */
let nextImage = 0;

/**
 * Renders the pages in order as one PDF. `shell` is the document's definition without content
 * (page size, margins, styles, metadata, a static background); each page starts on a new sheet.
 * `finish` may add to the document before it is written (as for renderPdf).
 */
export async function renderSlotPages(
  shell: Omit<TDocumentDefinitions, 'content'>,
  pages: SlotPage[],
  options: { stats?: LayoutOnceStats; finish?: PdfFinish } = {},
): Promise<Buffer> {
  if (shell.header || shell.footer || shell.watermark || typeof shell.background === 'function') {
    throw new Error(
      'layout-once: headers, footers, watermarks and background functions are not kept',
    );
  }
  const { doc, definition } = openPdfmakeDocument({ ...shell, content: [] });
  const kit = doc as KitDocument;
  const layout = layoutFor(kit, definition);
  const shellKey = JSON.stringify([
    definition.pageSize,
    definition.pageOrientation,
    definition.pageMargins,
    definition.styles,
    definition.defaultStyle,
    definition.background,
  ]);
  const labels = new Map<string, string>();
  const label = (dataUrl: string) => {
    let name = labels.get(dataUrl);
    if (!name) {
      name = `layout-once-${nextImage++}`;
      kit.images[name] = dataUrl;
      labels.set(dataUrl, name);
    }
    return name;
  };
  const bound = new Map<Template, LaidOutPage[]>();
  const drawn: LaidOutPage[] = [];
  for (const page of pages) {
    const images = page.images.map(label);
    // Pixel size and EXIF orientation (pdfmake swaps the box of a photo turned on its side).
    const sizes = images.map((name) => {
      const image = kit.provideImage(name);
      return [image.width, image.height, image.orientation ?? 1];
    });
    const json = JSON.stringify(page.content);
    const fresh = () => JSON.parse(json) as unknown;
    const key = `${shellKey}\u0000${json}\u0000${JSON.stringify(sizes)}`;
    let template = templates.get(key);
    const known = template !== undefined;
    if (template === undefined) {
      const content = replaceMarkers(fresh(), images, label);
      template = templateOf(layout(content), kit, page, images);
    }
    if (options.stats) {
      if (!known || !template) options.stats.layouts++;
      else options.stats.filled++;
    }
    templates.delete(key);
    templates.set(key, template);
    if (templates.size > TEMPLATES_KEPT) templates.delete(templates.keys().next().value!);
    if (!template) {
      const content = replaceMarkers(fresh(), images, label, page.texts);
      drawn.push(...layout(content));
      continue;
    }
    let pagesHere = bound.get(template);
    if (!pagesHere) {
      pagesHere = bind(template, kit);
      bound.set(template, pagesHere);
    }
    drawn.push(...fill(template, pagesHere, page.texts, images));
  }
  new Renderer(doc).renderPages(drawn);
  options.finish?.(doc);
  return finishPdf(doc);
}

/** pdfmake's layout of one page's content in this document, as Printer would make it. */
function layoutFor(doc: PDFKit.PDFDocument, def: TDocumentDefinitions) {
  const pageSize = normalizePageSize(def.pageSize, def.pageOrientation);
  const margins = normalizePageMargin(def.pageMargins ?? 40);
  // pdfmake writes its measurements into the nodes it lays out: each layout gets its own copy.
  const background = JSON.stringify(def.background ?? null);
  return (content: unknown): LaidOutPage[] => {
    const builder = new LayoutBuilder(pageSize, margins, new SVGMeasure());
    builder.registerTableLayouts(tableLayouts);
    builder.registerTableLayouts(pdfmakeTableLayouts());
    return builder.layoutDocument(
      content,
      doc,
      def.styles ?? {},
      def.defaultStyle ?? {},
      JSON.parse(background) ?? undefined,
    );
  };
}

/**
 * Walks a content tree (parsed JSON): image markers become their labels, other data URLs get a
 * label too (so that every image of a layout is known by label), and with `texts` the text
 * markers become their texts.
 */
function replaceMarkers(
  node: unknown,
  images: string[],
  label: (dataUrl: string) => string,
  texts?: string[],
): unknown {
  if (Array.isArray(node)) return node.map((n) => replaceMarkers(n, images, label, texts));
  if (typeof node === 'string') {
    const slot = texts ? textSlot(node) : -1;
    return slot >= 0 && slot < texts!.length ? texts![slot] : node;
  }
  if (!node || typeof node !== 'object') return node;
  const out = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) {
    if (k === 'image' && typeof v === 'string' && v.startsWith(IMAGE_MARKER)) {
      out[k] = images[Number(v.slice(IMAGE_MARKER.length))];
    } else if (k === 'image' && typeof v === 'string' && v.startsWith('data:')) {
      out[k] = label(v);
    } else {
      out[k] = replaceMarkers(v, images, label, texts);
    }
  }
  return out;
}

/** The slot a text marker stands for, or -1. */
function textSlot(text: unknown): number {
  if (typeof text !== 'string' || text.length !== 2) return -1;
  const slot = (text.codePointAt(0) ?? 0) - TEXT_MARKER_BASE;
  return slot >= 0 && slot < 0x10000 ? slot : -1;
}

/**
 * Finds each marker in the layout, every text marker alone on its line (but for empty inlines)
 * and every image once, and detaches the layout from its document. Anything unexpected (a
 * marker missing, repeated or sharing its line with text; an item of a kind not kept) gives null.
 */
function templateOf(
  pages: LaidOutPage[],
  doc: KitDocument,
  page: SlotPage,
  labels: string[],
): Template | null {
  const imageSlots = new Map(labels.map((name, i) => [name, i]));
  if (imageSlots.size !== labels.length) return null;
  const fonts = fontKeys(doc);
  const seenTexts = new Set<number>();
  const seenImages = new Set<number>();
  const textItems: Array<Map<number, number>> = [];
  const imageItems: Array<Map<number, number>> = [];
  const constantImages = new Map<string, string>();
  const detached: LaidOutPage[] = [];
  for (const laidOut of pages) {
    const texts = new Map<number, number>();
    const images = new Map<number, number>();
    const items: LaidOutItem[] = [];
    for (const [index, item] of laidOut.items.entries()) {
      switch (item.type) {
        case 'line': {
          const line = item.item as unknown as LaidOutLine;
          for (const inline of line.inlines) {
            const slot = textSlot(inline.text);
            if (slot < 0 || slot >= page.texts.length) continue;
            const others = line.inlines.filter((i) => i !== inline);
            if (others.some((i) => i.text !== '') || seenTexts.has(slot)) return null;
            seenTexts.add(slot);
            texts.set(index, slot);
          }
          const keyed = withFonts(line, (font) => fonts.get(font as object));
          if (!keyed) return null;
          items.push({ type: item.type, item: keyed as unknown as LaidOutItem['item'] });
          break;
        }
        case 'image': {
          const name = String(item.item.image);
          const slot = imageSlots.get(name);
          if (slot === undefined) {
            if (!(name in doc.images)) return null;
            constantImages.set(name, doc.images[name]);
          } else {
            if (seenImages.has(slot)) return null;
            seenImages.add(slot);
            images.set(index, slot);
          }
          items.push({ type: item.type, item: { ...item.item } });
          break;
        }
        case 'vector':
          items.push(item);
          break;
        case 'beginVerticalAlignment':
        case 'endVerticalAlignment':
          items.push({ type: item.type, item: measuredAlignment(item.item) });
          break;
        default:
          return null;
      }
    }
    textItems.push(texts);
    imageItems.push(images);
    detached.push({ ...laidOut, items });
  }
  if (seenTexts.size !== page.texts.length || seenImages.size !== page.images.length) return null;
  return { pages: detached, textItems, imageItems, constantImages };
}

/** The document's fonts by object, as pdfmake's provideFont made them. */
function fontKeys(doc: KitDocument): Map<object, FontKey> {
  const keys = new Map<object, FontKey>();
  for (const [family, types] of Object.entries(doc.fontCache)) {
    for (const [type, font] of Object.entries(types)) {
      keys.set(font, { family, bold: type.startsWith('bold'), italics: type.endsWith('italics') });
    }
  }
  return keys;
}

/** The line with each inline's font replaced (null where `font` has none). */
function withFonts(line: LaidOutLine, font: (f: unknown) => unknown): LaidOutLine | null {
  const inlines = [];
  for (const inline of line.inlines) {
    const replaced = font(inline.font);
    if (!replaced) return null;
    inlines.push({ ...inline, font: replaced });
  }
  const copy = Object.create(Object.getPrototypeOf(line) as object) as LaidOutLine;
  return Object.assign(copy, line, { inlines });
}

/** A vertical alignment with its heights taken now: the cell it measured is not kept. */
function measuredAlignment(item: LaidOutItem['item']): LaidOutItem['item'] {
  const measured = item as {
    verticalAlignment?: string;
    isCellContentMultiPage?: boolean;
    getNodeHeight?: () => number;
    getViewHeight?: () => number;
  };
  const node = measured.getNodeHeight?.();
  const view = measured.getViewHeight?.();
  return {
    verticalAlignment: measured.verticalAlignment,
    isCellContentMultiPage: measured.isCellContentMultiPage,
    ...(node === undefined ? {} : { getNodeHeight: () => node, getViewHeight: () => view }),
  };
}

/** The template's pages with this document's fonts and images. */
function bind(template: Template, doc: KitDocument): LaidOutPage[] {
  for (const [name, dataUrl] of template.constantImages) {
    if (!(name in doc.images)) doc.images[name] = dataUrl;
    doc.provideImage(name);
  }
  const fonts = new Map<FontKey, object>();
  const fontOf = (key: unknown) => {
    const k = key as FontKey;
    let font = fonts.get(k);
    if (!font) {
      font = doc.provideFont(k.family, k.bold, k.italics);
      fonts.set(k, font);
    }
    return font;
  };
  return template.pages.map((page) => ({
    ...page,
    items: page.items.map((item) =>
      item.type === 'line'
        ? {
            type: item.type,
            item: withFonts(
              item.item as unknown as LaidOutLine,
              fontOf,
            ) as unknown as LaidOutItem['item'],
          }
        : item,
    ),
  }));
}

const measure = new TextInlines(null);

/** The bound pages with this page's texts and images in place of the markers. */
function fill(
  template: Template,
  pages: LaidOutPage[],
  texts: string[],
  images: string[],
): LaidOutPage[] {
  return pages.map((laidOut, p) => {
    const textItems = template.textItems[p];
    const imageItems = template.imageItems[p];
    if (textItems.size === 0 && imageItems.size === 0) return laidOut;
    const items = laidOut.items.map((item, index) => {
      const slot = textItems.get(index);
      if (slot !== undefined) {
        const line = withText(item.item as unknown as LaidOutLine, texts[slot]);
        return { type: item.type, item: line as LaidOutItem['item'] };
      }
      const image = imageItems.get(index);
      if (image !== undefined) {
        return { type: item.type, item: { ...item.item, image: images[image] } };
      }
      return item;
    });
    return { ...laidOut, items };
  });
}

/**
 * The line with another text in its marked inline, moved as pdfmake would align it; the empty
 * inlines after it move with its end.
 */
function withText(line: LaidOutLine, text: string): unknown {
  const at = line.inlines.findIndex((i) => textSlot(i.text) >= 0);
  const inline = line.inlines[at];
  const width = measure.widthOfText(text, inline);
  const spare = inline.width - width;
  const shift =
    inline.alignment === 'center' ? spare / 2 : inline.alignment === 'right' ? spare : 0;
  const inlines = line.inlines.map((other, i) =>
    i === at ? { ...inline, text, width } : i > at ? { ...other, x: other.x - spare } : other,
  );
  const filled = Object.create(Object.getPrototypeOf(line) as object) as LaidOutLine;
  return Object.assign(filled, line, {
    x: line.x + shift,
    inlineWidths: line.inlineWidths - spare,
    inlines,
  });
}
