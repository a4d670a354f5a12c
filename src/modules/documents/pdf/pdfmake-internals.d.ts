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
    measure(node: { qr: string; fit?: number; eccLevel?: string }): {
      _canvas: QrRect[];
      _width: number;
    };
  };
  export default qrEnc;
}
