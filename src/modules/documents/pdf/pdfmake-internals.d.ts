/**
 * The two untyped modules the ticket layout borrows from pdfmake so that its output matches what
 * pdfmake would draw: its line-break finder (UAX #14) and its QR encoder.
 */
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
    measure(node: { qr: string; fit?: number }): { _canvas: QrRect[]; _width: number };
  };
  export default qrEnc;
}
