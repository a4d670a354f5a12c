import { crc32, deflateSync } from 'node:zlib';
import type { ContentImage } from 'pdfmake/interfaces';
import qrEnc from 'pdfmake/js/qrEnc';
import { bestMask } from './qr-mask';

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
  // Encoded with mask 0, then masked as pdfmake's own search would mask it: the same code,
  // without its ~2 ms search (qr-mask.ts).
  const { size, moduleSize, cells: masked0 } = encoded(payload, fit, eccLevel);
  const { cells } = bestMask(masked0, size, eccLevel);
  return { size, moduleSize, dark: (x, y) => cells[y * size + x] === 1 };
}

/** pdfmake's encoding with mask 0, as its `qr` node would draw it, one byte per module. */
function encoded(payload: string, fit: number, eccLevel: QrEccLevel) {
  const [background, ...modules] = qrEnc.measure({ qr: payload, fit, eccLevel, mask: 0 })._canvas;
  const moduleSize = modules[0]?.w ?? 0;
  if (moduleSize < 1) throw new Error(`二维码放不进 ${fit} 点的方框`);
  const size = Math.round(background.w / moduleSize);
  const cells = new Uint8Array(size * size);
  for (const m of modules) cells[(m.y / moduleSize) * size + m.x / moduleSize] = 1;
  return { size, moduleSize, cells };
}

/**
 * A QR code as pdfmake's `qr` node draws it (same encoder, same size, no quiet zone beyond the
 * white square), but as one small black-and-white PNG instead of a filled rectangle per module.
 * pdfmake writes each rectangle with its own colour, width and fill operators: on a
 * certificate's signed link (~3,700 dark modules) that was 20 ms of the page, three quarters of
 * its drawing (issue 12). The image is drawn at about 300 dpi, whole pixels per module, and PDF
 * readers do not smooth it (no /Interpolate), so the edges stay sharp.
 */
export function qrImage(payload: string, fit: number, eccLevel: QrEccLevel = 'L'): ContentImage {
  const qr = qrMatrix(payload, fit, eccLevel);
  const scale = Math.max(1, Math.ceil(qr.moduleSize * PIXELS_PER_POINT));
  const points = qr.size * qr.moduleSize;
  return {
    image: `data:image/png;base64,${blockPng(qr, scale).toString('base64')}`,
    width: points,
    height: points,
  };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and the CRC of type and data (PNG spec §5.3). */
function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The code as a 1-bit greyscale PNG (black 0, white 1), each module a `scale` × `scale` block.
 * A block's first pixel row is written as is (filter None); the rows that repeat it use the
 * "Up" filter, which makes them zeros. pngjs writes only 8- and 16-bit images: at 8 bits the
 * same image was 8 times the bytes to fill and deflate, ~1.2 ms of a certificate's ~13 ms of
 * CPU. pdfkit embeds a PNG's compressed data as it is (FlateDecode with the PNG predictor).
 */
function blockPng(qr: QrMatrix, scale: number): Buffer {
  const side = qr.size * scale;
  const rowBytes = Math.ceil(side / 8);
  const stride = rowBytes + 1;
  const raw = Buffer.alloc(side * stride); // zeros: filter None, or Up with nothing changed
  for (let y = 0; y < qr.size; y++) {
    const first = y * scale * stride;
    raw.fill(0xff, first + 1, first + stride);
    for (let x = 0; x < qr.size; x++) {
      if (!qr.dark(x, y)) continue;
      for (let px = x * scale; px < (x + 1) * scale; px++) {
        raw[first + 1 + (px >> 3)] &= ~(0x80 >> (px & 7));
      }
    }
    for (let r = 1; r < scale; r++) raw[first + r * stride] = 2; // Up: same as the row above
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale; compression, filter and interlace methods 0
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
