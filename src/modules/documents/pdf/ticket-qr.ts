import type { CanvasRect, ContentCanvas } from 'pdfmake/interfaces';
import qrEnc from 'pdfmake/js/qrEnc';

/**
 * The verification QR code as a canvas with the very squares pdfmake's `qr` node draws (same
 * encoder, same module size, same white background), but joined: adjacent dark modules of a row
 * into one rectangle, and a rectangle with the same run in the row below grown downwards.
 * pdfmake draws one filled rectangle per module, each with its own colour, opacity and line width
 * operators: on a ticket that was a quarter of the page's drawing time (issue 12). The joined
 * rectangles cover exactly the same area.
 */
export function qrCanvas(payload: string, fit: number): ContentCanvas {
  const [background, ...modules] = qrEnc.measure({ qr: payload, fit })._canvas;
  const rects: CanvasRect[] = [{ ...background }];
  // Rectangles still open at their bottom edge, by their horizontal extent.
  const open = new Map<string, CanvasRect>();
  let run: CanvasRect | null = null;
  const close = (r: CanvasRect | null) => {
    if (!r) return;
    const key = `${r.x},${r.w}`;
    const above = open.get(key);
    if (above && above.y + above.h === r.y) above.h += r.h;
    else {
      rects.push(r);
      open.set(key, r);
    }
  };
  // pdfmake emits the modules row by row, left to right.
  for (const m of modules) {
    if (run && run.y === m.y && run.x + run.w === m.x) run.w += m.w;
    else {
      close(run);
      run = { ...m };
    }
  }
  close(run);
  return { canvas: rects };
}
