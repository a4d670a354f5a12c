import type { CanvasRect } from 'pdfmake/interfaces';
import qrEnc from 'pdfmake/js/qrEnc';
import { qrCanvas } from './ticket-qr';

/** Every 1 × 1 cell a set of rectangles covers (coordinates are whole points here). */
function cells(rects: Array<Pick<CanvasRect, 'x' | 'y' | 'w' | 'h'>>): Set<string> {
  const out = new Set<string>();
  for (const r of rects) {
    for (let y = r.y; y < r.y + r.h; y++)
      for (let x = r.x; x < r.x + r.w; x++) out.add(`${x},${y}`);
  }
  return out;
}

describe('qrCanvas', () => {
  const payload = 'DLGQ1|202509010001|k3J9sV0c2wq8XyZ9f8Gh1aBcDeFgHiJkLmNoPqRsTu';

  it("covers exactly the dark modules of pdfmake's own qr node, on the same white square", () => {
    const [background, ...modules] = qrEnc.measure({ qr: payload, fit: 90 })._canvas;
    const [bg, ...runs] = qrCanvas(payload, 90).canvas as CanvasRect[];
    expect(bg).toEqual(background);
    expect(runs.every((r) => r.color === modules[0].color && r.lineWidth === 0)).toBe(true);
    expect(cells(runs)).toEqual(cells(modules));
  });

  it('joins adjacent modules into rectangles, so far fewer of them', () => {
    const modules = qrEnc.measure({ qr: payload, fit: 90 })._canvas.length - 1;
    const runs = qrCanvas(payload, 90).canvas.length - 1;
    expect(runs).toBeLessThan(modules * 0.5);
  });

  it('encodes a different payload differently', () => {
    const dark = (p: string) => cells((qrCanvas(p, 90).canvas as CanvasRect[]).slice(1));
    expect(dark(payload.replace('0001', '0002'))).not.toEqual(dark(payload));
  });
});
