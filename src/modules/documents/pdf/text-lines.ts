import LineBreaker from 'linebreak';
import PDFDocument from 'pdfkit';
import { cjkFontBytes } from './pdf-renderer';

/**
 * Text measured the way pdfmake measures it (pdfkit's EmbeddedFont over the same Noto Sans SC
 * files), so a layout can be decided once and handed to pdfmake as whole runs.
 *
 * Why: pdfmake breaks CJK text into one "word" per character and then measures, lays out and
 * draws each one separately (style look-ups, a text object per character). A line that is known
 * to fit is handed over as one `noWrap` run instead; it lands on the same line at the same place,
 * with a fraction of the work (issue 12).
 */
export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  characterSpacing?: number;
  /** pdfmake's `preserveLeadingSpaces`: a paragraph's leading spaces (an indent) are kept. */
  preserveLeadingSpaces?: boolean;
}

let measurer: PDFKit.PDFDocument | null = null;

/** One pdfkit document per process, used only to measure; it is never written. */
function fonts(): PDFKit.PDFDocument {
  if (!measurer) {
    const bytes = cjkFontBytes();
    measurer = new PDFDocument({ autoFirstPage: false });
    measurer.registerFont('normal', bytes.normal);
    measurer.registerFont('bold', bytes.bold);
  }
  return measurer;
}

/** Widths already measured: labels and headings repeat on every page. Bounded, then restarted. */
const widths = new Map<string, number>();
const MAX_WIDTHS = 10_000;

/** The width pdfmake gives `text` as one inline (TextInlines.widthOfText). */
export function textWidth(text: string, style: TextStyle): number {
  const spacing = style.characterSpacing ?? 0;
  const key = `${style.bold ? 'b' : 'r'}${style.fontSize}/${spacing}/${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const doc = fonts().font(style.bold ? 'bold' : 'normal');
    width = doc.fontSize(style.fontSize).widthOfString(text) + spacing * (text.length - 1);
    if (widths.size >= MAX_WIDTHS) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/**
 * The text as one unwrapped run when it certainly fits on one line of `maxWidth` points, where
 * pdfmake would also have put it on one line; otherwise the text as is, for pdfmake to wrap.
 * `maxWidth` may be a lower bound of the space (a smaller one only means fewer runs).
 */
export function oneLine(text: string, style: TextStyle, maxWidth: number): { noWrap?: true } {
  return !text.includes('\n') && textWidth(text, style) <= maxWidth ? { noWrap: true } : {};
}

/** A text node, as one run when it fits `width` with the given style. */
export const run = (text: string, style: TextStyle, width: number) => ({
  text,
  ...oneLine(text, style, width),
});

/** pdfmake's words (TextBreaker.splitWords): the text cut at every UAX #14 break opportunity. */
function words(text: string): string[] {
  const breaker = new LineBreaker(text);
  const out: string[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    out.push(text.slice(last, bk.position));
    last = bk.position;
  }
  return out;
}

const TRAILING = /\s+$/;

const paragraphs = new Map<string, string[] | null>();

/**
 * The lines pdfmake would make of a paragraph `maxWidth` wide (LayoutBuilder.buildNextLine:
 * words are added while the line without its trailing spaces fits), or null when it would have to
 * cut a word (a hard wrap) or the text has its own line ends: pdfmake then wraps it itself.
 * Memoized: the 考生须知 of a session are the same on every ticket.
 */
export function wrapLines(text: string, style: TextStyle, maxWidth: number): string[] | null {
  const key = JSON.stringify([
    text,
    style.fontSize,
    !!style.bold,
    style.characterSpacing,
    !!style.preserveLeadingSpaces,
    maxWidth,
  ]);
  if (!paragraphs.has(key)) {
    if (paragraphs.size >= MAX_WIDTHS) paragraphs.clear();
    paragraphs.set(key, computeLines(text, style, maxWidth));
  }
  return paragraphs.get(key)!;
}

function computeLines(text: string, style: TextStyle, maxWidth: number): string[] | null {
  if (/[\r\n]/.test(text) || style.characterSpacing) return null;
  // Without preserveLeadingSpaces pdfmake cuts a leading space off its line's width.
  if (/^\s/.test(text) && !style.preserveLeadingSpaces) return null;
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of words(text)) {
    const w = textWidth(word, style);
    const trailing = TRAILING.exec(word);
    const cut = trailing ? textWidth(trailing[0], style) : 0;
    if (line && width + w - cut > maxWidth) {
      lines.push(line);
      line = '';
      width = 0;
    }
    if (!line && w - cut > maxWidth) return null;
    line += word;
    width += w;
  }
  if (line) lines.push(line);
  return lines;
}

/** A paragraph as pdfmake would break it, one run per line; or the text, for pdfmake to wrap. */
export function paragraphRuns(
  text: string,
  style: TextStyle,
  width: number,
): { text: string | Array<{ text: string; noWrap: true }> } {
  const lines = wrapLines(text, style, width);
  return { text: lines ? lines.map((line) => ({ text: line, noWrap: true as const })) : text };
}
