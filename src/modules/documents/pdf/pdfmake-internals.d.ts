/**
 * Untyped modules: the two the ticket layout borrows from pdfmake so that its output matches what
 * pdfmake would draw (its line-break finder, UAX #14, and its QR encoder), and the part of
 * fontkit the renderer uses to parse the CJK font once per thread.
 */
declare module 'fontkit' {
  /** A parsed font; opaque here, pdfkit uses it. */
  export type Font = object;
  export interface FontFormat {
    new (stream: unknown): Font;
    probe(buffer: Uint8Array): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
  export function registerFormat(format: FontFormat): void;
}

declare module 'linebreak' {
  interface Break {
    position: number;
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}

declare module 'pdfmake/js/qrEnc' {
  interface QrRect {
    type: 'rect';
    x: number;
    y: number;
    w: number;
    h: number;
    lineWidth: number;
    color: string;
  }
  const qrEnc: {
    /** `mask` 0–7 skips the encoder's own search for the best mask (see qr-mask.ts). */
    measure(node: { qr: string; fit?: number; eccLevel?: string; mask?: number }): {
      _canvas: QrRect[];
      _width: number;
    };
  };
  export default qrEnc;
}

/** What pdfmake's layout makes of a document: positioned lines, vectors and images per page. */
declare module 'pdfmake/js/LayoutBuilder' {
  export interface LaidOutInline {
    text: string;
    width: number;
    x: number;
    alignment?: string;
    leadingCut?: number;
    trailingCut?: number;
    [key: string]: unknown;
  }
  export interface LaidOutLine {
    x: number;
    y: number;
    inlines: LaidOutInline[];
    inlineWidths: number;
    leadingCut: number;
    trailingCut: number;
  }
  export interface LaidOutItem {
    type: string;
    item: { image?: unknown; [key: string]: unknown };
  }
  export interface LaidOutPage {
    items: LaidOutItem[];
    [key: string]: unknown;
  }
  export default class LayoutBuilder {
    constructor(
      pageSize: { width: number; height: number },
      pageMargins: { left: number; top: number; right: number; bottom: number },
      svgMeasure: unknown,
    );
    registerTableLayouts(layouts: Record<string, unknown>): void;
    layoutDocument(
      content: unknown,
      doc: PDFKit.PDFDocument,
      styles: object,
      defaultStyle: object,
      background?: unknown,
    ): LaidOutPage[];
  }
}

declare module 'pdfmake/js/Renderer' {
  import type { LaidOutPage } from 'pdfmake/js/LayoutBuilder';
  export default class Renderer {
    constructor(doc: PDFKit.PDFDocument, progressCallback?: unknown);
    renderPages(pages: LaidOutPage[]): void;
  }
}

declare module 'pdfmake/js/TextInlines' {
  export default class TextInlines {
    constructor(pdfDocument: PDFKit.PDFDocument | null);
    widthOfText(text: string, inline: object): number;
  }
}

declare module 'pdfmake/js/SVGMeasure' {
  export default class SVGMeasure {}
}

declare module 'pdfmake/js/PageSize' {
  export function normalizePageSize(
    pageSize: unknown,
    orientation: unknown,
  ): { width: number; height: number; orientation: string };
  export function normalizePageMargin(margin: unknown): {
    left: number;
    top: number;
    right: number;
    bottom: number;
  };
}

declare module 'pdfmake/js/tableLayouts' {
  export const tableLayouts: Record<string, unknown>;
}

/** pdfmake's pdfkit document: pdfkit plus pdfmake's font, image and access-policy look-ups. */
declare module 'pdfmake/js/PDFDocument' {
  import PDFKitDocument from 'pdfkit';
  export default class PdfmakeDocument extends PDFKitDocument {
    constructor(
      fonts: object,
      images: object,
      patterns: object,
      attachments: object,
      options: object,
      virtualfs: unknown,
      localAccessPolicy: unknown,
    );
  }
}
