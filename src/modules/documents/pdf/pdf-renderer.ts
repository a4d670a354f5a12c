import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import pdfmake from 'pdfmake';
import PdfmakeDocument from 'pdfmake/js/PDFDocument';
import { normalizePageSize } from 'pdfmake/js/PageSize';
import type { CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';

/** Font family name builders may use; it is also every rendered document's default font. */
export const CJK_FONT = 'NotoSansSC';

const PRODUCER = 'dalian-skill-exam (pdfmake)';

/** Paths inside @expo-google-fonts/noto-sans-sc and the virtual names pdfmake reads them under. */
const FONT_FILES = {
  normal: { file: '400Regular/NotoSansSC_400Regular.ttf', vfsName: 'NotoSansSC-Regular.ttf' },
  bold: { file: '700Bold/NotoSansSC_700Bold.ttf', vfsName: 'NotoSansSC-Bold.ttf' },
} as const;

/** pdfmake's in-memory file system; @types/pdfmake does not describe it on the server entry. */
interface VirtualFs {
  writeFileSync(filename: string, content: Buffer): void;
}

let registered = false;
let fontBytes: { normal: Buffer; bold: Buffer } | null = null;

/**
 * The package's directory, found through its package.json so that hoisting or a different
 * node_modules layout still works; the package's JavaScript (an Expo hook) is never loaded.
 */
export function fontPackageDir(): string {
  return dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
}

/** Absolute paths of the regular and bold .ttf files. */
export function cjkFontPaths(): { normal: string; bold: string } {
  const dir = fontPackageDir();
  return { normal: join(dir, FONT_FILES.normal.file), bold: join(dir, FONT_FILES.bold.file) };
}

/** The two .ttf files, read once per process (thread) and shared by every user of the fonts. */
export function cjkFontBytes(): { normal: Buffer; bold: Buffer } {
  if (!fontBytes) {
    const paths = cjkFontPaths();
    fontBytes = { normal: readFileSync(paths.normal), bold: readFileSync(paths.bold) };
  }
  return fontBytes;
}

/** What a stand-in for a parsed font starts with (no font format's magic number). */
const PARSED_FONT_MAGIC = 'dalian-parsed-font:';

/**
 * Parses both fonts once per thread and returns stand-ins that fontkit turns back into them.
 * pdfkit hands every document's font bytes to `fontkit.create`, which parses the 10 MB font
 * again (tables, metrics, the layout tables): about 13 ms of a certificate's render, and most
 * of the garbage. fontkit's public `registerFormat` adds a format that recognises the small
 * stand-in and yields the font already parsed; each document still makes its own subset, so a
 * PDF embeds only the glyphs it prints. A parsed font is only read from, one render at a time
 * in a thread (layout and subsetting are synchronous).
 */
function parsedFontStandIns(bytes: { normal: Buffer; bold: Buffer }): {
  normal: Buffer;
  bold: Buffer;
} {
  const parsed = new Map<string, fontkit.Font>([
    [`${PARSED_FONT_MAGIC}normal`, withDecodedGlyphsKept(fontkit.create(bytes.normal))],
    [`${PARSED_FONT_MAGIC}bold`, withDecodedGlyphsKept(fontkit.create(bytes.bold))],
  ]);
  const keyOf = (buffer: Uint8Array) =>
    buffer.length <= 64 ? Buffer.from(buffer).toString('latin1') : '';
  function ParsedFont(stream: { buffer: Uint8Array }): fontkit.Font {
    return parsed.get(keyOf(stream.buffer)) as fontkit.Font;
  }
  ParsedFont.probe = (buffer: Uint8Array) => parsed.has(keyOf(buffer));
  fontkit.registerFormat(ParsedFont as unknown as fontkit.FontFormat);
  return {
    normal: Buffer.from(`${PARSED_FONT_MAGIC}normal`, 'latin1'),
    bold: Buffer.from(`${PARSED_FONT_MAGIC}bold`, 'latin1'),
  };
}

/** Glyph outlines kept decoded per font, then dropped all at once: about 2.5 KB a glyph. */
const DECODED_GLYPHS_KEPT = 4000;

interface TrueTypeGlyph {
  _decode(): unknown;
}

/**
 * Keeps each glyph's decoded outline. Every document embeds its own subset of the font, and
 * fontkit decodes each of its glyphs' outlines again to copy them (TTFSubset._addGlyph): about
 * 1.2 ms of a certificate's 1.4 ms subset (issue 12). A glyph's outline never changes; the
 * parsed font is only read from.
 */
function withDecodedGlyphsKept(font: fontkit.Font): fontkit.Font {
  const f = font as { getGlyph(id: number, codePoints?: number[]): TrueTypeGlyph };
  const getGlyph = f.getGlyph.bind(font);
  let decoded = new Map<TrueTypeGlyph, unknown>();
  f.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (!Object.prototype.hasOwnProperty.call(glyph, '_decode')) {
      const decode = glyph._decode.bind(glyph);
      glyph._decode = () => {
        if (decoded.has(glyph)) return decoded.get(glyph);
        if (decoded.size >= DECODED_GLYPHS_KEPT) decoded = new Map();
        const outline = decode();
        decoded.set(glyph, outline);
        return outline;
      };
    }
    return glyph;
  };
  return font;
}

/**
 * Registers Noto Sans SC with the pdfmake singleton once per process. The 10 MB font files
 * are read and parsed once (parsedFontStandIns), so no document touches the disk again;
 * URLs are refused outright and local files are limited to the two fonts, so a definition
 * that names an image path or URL (e.g. from user input) cannot read or fetch anything.
 */
export function ensurePdfFonts(): void {
  if (registered) return;
  const paths = cjkFontPaths();
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;
  const standIns = parsedFontStandIns(cjkFontBytes());
  vfs.writeFileSync(FONT_FILES.normal.vfsName, standIns.normal);
  vfs.writeFileSync(FONT_FILES.bold.vfsName, standIns.bold);
  // addFonts, not setFonts: the singleton is shared, another module's families stay usable.
  // Strings, not Buffers: pdfmake rewrites font entries as URLs and would lose a Buffer.
  pdfmake.addFonts({
    [CJK_FONT]: {
      normal: FONT_FILES.normal.vfsName,
      bold: FONT_FILES.bold.vfsName,
      italics: FONT_FILES.normal.vfsName,
      bolditalics: FONT_FILES.bold.vfsName,
    },
  });
  const allowed = new Set([resolve(paths.normal), resolve(paths.bold)]);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => allowed.has(resolve(path)));
  registered = true;
}

/** The definition with the CJK default font and metadata; the caller's object is not mutated. */
function prepare(def: TDocumentDefinitions): TDocumentDefinitions {
  return {
    ...def,
    defaultStyle: { font: CJK_FONT, ...def.defaultStyle },
    info: { ...def.info, producer: PRODUCER, creator: PRODUCER, title: def.info?.title ?? '' },
  };
}

/**
 * What may be added to the laid-out document before pdfkit writes its trailer (e.g. a
 * signature field and its placeholder, so the file need not be parsed and written again).
 */
export type PdfFinish = (doc: PDFKit.PDFDocument) => void;

/** Renders a definition into a complete PDF in memory: for small and medium documents. */
export async function renderPdf(def: TDocumentDefinitions, finish?: PdfFinish): Promise<Buffer> {
  ensurePdfFonts();
  const output = pdfmake.createPdf(prepare(def));
  if (!finish) return output.getBuffer();
  const doc = await output.getStream();
  finish(doc);
  return finishPdf(doc);
}

/** Ends a pdfkit document and collects its bytes. */
export async function finishPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(doc, 'end');
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * A pdfmake document with the definition's settings (page size, fonts, metadata) and no pages
 * yet, for a caller that lays out and draws pages itself (layout-once.ts), made as pdfmake's
 * Printer makes it; with the definition as pdfmake sees it (default font and metadata added).
 */
export function openPdfmakeDocument(def: TDocumentDefinitions): {
  doc: PDFKit.PDFDocument;
  definition: TDocumentDefinitions;
} {
  ensurePdfFonts();
  const definition = prepare(def);
  const size = normalizePageSize(definition.pageSize, definition.pageOrientation);
  const singleton = pdfmake as unknown as {
    fonts: object;
    virtualfs: unknown;
    localAccessPolicy: unknown;
  };
  const options = {
    size: [size.width, size.height],
    pdfVersion: '1.3',
    tagged: false,
    displayTitle: false,
    compress: true,
    fontLayoutCache: true,
    bufferPages: false,
    autoFirstPage: false,
    info: pdfInfo(definition.info ?? {}),
    font: null,
  };
  const doc = new PdfmakeDocument(
    singleton.fonts,
    {},
    {},
    {},
    options,
    singleton.virtualfs,
    singleton.localAccessPolicy,
  );
  return { doc, definition };
}

/** The document information dictionary as pdfmake's Printer writes it (createMetadata). */
function pdfInfo(info: object): Record<string, unknown> {
  const standard = ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer'];
  const out: Record<string, unknown> = { Producer: 'pdfmake', Creator: 'pdfmake' };
  for (const [key, value] of Object.entries(info)) {
    if (!value) continue;
    const capitalized = key.charAt(0).toUpperCase() + key.slice(1);
    out[standard.includes(capitalized) ? capitalized : key.replace(/\s+/g, '')] = value;
  }
  return out;
}

/**
 * Adds named table layouts (pdfmake's `layout: 'name'`) to every render. Builders name their
 * layouts rather than pass functions, so that a definition is plain data (layout-once.ts keys
 * pages by their JSON).
 */
export function registerTableLayouts(layouts: Record<string, CustomTableLayout>): void {
  pdfmake.addTableLayouts(layouts);
}

/** The named table layouts registered so far. */
export function pdfmakeTableLayouts(): Record<string, unknown> {
  return (pdfmake as unknown as { tableLayouts?: Record<string, unknown> }).tableLayouts ?? {};
}

/**
 * Renders a definition as a readable stream (e.g. to pipe into an HTTP response or a file).
 * pdfmake 0.3 lays out and draws every page before the stream is handed over, so this saves
 * the final concatenated copy and lets the response start at once, but peak memory still grows
 * with the page count: split very large jobs into several documents (per unit or per room).
 */
export async function renderPdfStream(def: TDocumentDefinitions): Promise<NodeJS.ReadableStream> {
  ensurePdfFonts();
  const doc = await pdfmake.createPdf(prepare(def)).getStream();
  // pdfkit finishes the file (xref, trailer) only on end(); the data waits in the stream.
  doc.end();
  return doc;
}
