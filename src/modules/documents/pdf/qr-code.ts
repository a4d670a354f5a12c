import type { ContentImage } from 'pdfmake/interfaces';
import qrEnc from 'pdfmake/js/qrEnc';
import { PNG } from 'pngjs';

export type QrEccLevel = 'L' | 'M' | 'Q' | 'H';

/** Image pixels per point of the printed code: about 300 dpi, so each module stays sharp. */
const PIXELS_PER_POINT = 300 / 72;

/** The dark modules of a code, as pdfmake's encoder lays them out for a given size. */
export interface QrMatrix {
  /** Modules per side. */
  size: number;
  /** Points per module (pdfmake rounds down to a whole point). */
  moduleSize: number;
  dark: (x: number, y: number) => boolean;
}

export function qrMatrix(payload: string, fit: number, eccLevel: QrEccLevel = 'L'): QrMatrix {
  const [background, ...modules] = qrEnc.measure({ qr: payload, fit, eccLevel })._canvas;
  const moduleSize = modules[0]?.w ?? 0;
  if (moduleSize < 1) throw new Error(`二维码放不进 ${fit} 点的方框`);
  const size = Math.round(background.w / moduleSize);
  const cells = new Uint8Array(size * size);
  for (const m of modules) cells[(m.y / moduleSize) * size + m.x / moduleSize] = 1;
  return { size, moduleSize, dark: (x, y) => cells[y * size + x] === 1 };
}

/**
 * A QR code as pdfmake's `qr` node draws it (same encoder, same size, no quiet zone beyond the
 * white square), but as one small greyscale PNG instead of a filled rectangle per module.
 * pdfmake writes each rectangle with its own colour, width and fill operators: on a
 * certificate's signed link (89 × 89 modules, ~3,700 dark) that was 20 ms of the page, three
 * quarters of its drawing (issue 12). The image is drawn at about 300 dpi, whole pixels per
 * module, and PDF readers do not smooth it (no /Interpolate), so the edges stay sharp.
 */
export function qrImage(payload: string, fit: number, eccLevel: QrEccLevel = 'L'): ContentImage {
  const qr = qrMatrix(payload, fit, eccLevel);
  const scale = Math.max(1, Math.ceil(qr.moduleSize * PIXELS_PER_POINT));
  const side = qr.size * scale;
  const png = new PNG({ width: side, height: side, colorType: 0, inputHasAlpha: false });
  const pixels = Buffer.alloc(side * side, 0xff);
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) {
      if (!qr.dark(x, y)) continue;
      for (let row = y * scale; row < (y + 1) * scale; row++) {
        pixels.fill(0, row * side + x * scale, row * side + (x + 1) * scale);
      }
    }
  }
  png.data = pixels;
  // The "Up" row filter only: pngjs would try all five on every row, and a row of a block
  // repeats the one above, so Up makes it zeros (smallest and fastest of the five here).
  const bytes = PNG.sync.write(png, {
    colorType: 0,
    inputColorType: 0,
    inputHasAlpha: false,
    filterType: 2,
  });
  const points = qr.size * qr.moduleSize;
  return {
    image: `data:image/png;base64,${bytes.toString('base64')}`,
    width: points,
    height: points,
  };
}
