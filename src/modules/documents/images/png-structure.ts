import { inflateSync } from 'node:zlib';

/**
 * A strict look at a PNG before any decoder sees it. png-js (inside pdfkit) inflates in a zlib
 * callback and throws there, which ends the process; pngjs turns garbage image data into a black
 * picture without a word. So the image data is inflated here with Node's zlib, bounded by the size
 * the header implies, and must come out at exactly that size.
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Samples per pixel by colour type (PNG 11.2.2); absent types are invalid. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Record<number, number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};
/** Adam7 passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

/** Throws an Error naming what is wrong; returns the header when the structure holds. */
export function checkPngStructure(b: Buffer, maxPixels: number): PngHeader {
  if (b.length < 45 || !b.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  const header = readHeader(b);
  if (header.width * header.height > maxPixels) throw new Error('too many pixels');
  const idat: Buffer[] = [];
  let offset = 8;
  let ended = false;
  while (offset + 12 <= b.length) {
    const length = b.readUInt32BE(offset);
    const type = b.toString('latin1', offset + 4, offset + 8);
    if (offset + 12 + length > b.length) throw new Error(`chunk ${type} truncated`);
    if (type === 'IDAT') idat.push(b.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
    if (type === 'IEND') {
      ended = true;
      break;
    }
  }
  if (!ended || idat.length === 0) throw new Error('no image data or no IEND');
  const expected = rawSize(header);
  const raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected });
  if (raw.length !== expected) throw new Error('image data has the wrong size');
  return header;
}

function readHeader(b: Buffer): PngHeader {
  if (b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('IHDR is not first');
  }
  const header: PngHeader = {
    width: b.readUInt32BE(16),
    height: b.readUInt32BE(20),
    bitDepth: b[24],
    colorType: b[25],
    interlaced: b[28] === 1,
  };
  const depths = DEPTHS[header.colorType];
  if (!depths?.includes(header.bitDepth)) throw new Error('invalid colour type or bit depth');
  if (b[26] !== 0 || b[27] !== 0 || b[28] > 1) throw new Error('unknown compression or filter');
  if (header.width === 0 || header.height === 0) throw new Error('empty image');
  return header;
}

/** Bytes of filtered scanlines the image data must inflate to (PNG 7.2, 8.2). */
export function rawSize(h: PngHeader): number {
  const bitsPerPixel = CHANNELS[h.colorType] * h.bitDepth;
  const lines = (width: number, height: number) =>
    width && height ? height * (1 + Math.ceil((width * bitsPerPixel) / 8)) : 0;
  if (!h.interlaced) return lines(h.width, h.height);
  return ADAM7.reduce(
    (sum, [x0, y0, dx, dy]) =>
      sum +
      lines(Math.ceil(Math.max(0, h.width - x0) / dx), Math.ceil(Math.max(0, h.height - y0) / dy)),
    0,
  );
}
