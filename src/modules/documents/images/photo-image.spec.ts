import { decode as decodeJpeg } from 'jpeg-js';
import { deflateSync } from 'node:zlib';
import { corruptPng, jpegImage, pngImage } from '../../../../test/factories/files.factory';
import { sniffImage } from '../files/file-sniff';
import { fitWithin } from './downscale';
import { isStoredForm, normalizePhoto } from './photo-image';
import { checkPngStructure, rawSize } from './png-structure';

/** A PNG whose header declares `width` × `height` but whose data is tiny: a pixel-count bomb. */
function declaredPng(width: number, height: number): Buffer {
  const png = pngImage(10, 10);
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}

describe('normalizePhoto (finding 1)', () => {
  it('re-encodes a PNG as a baseline JPEG of the same size', () => {
    const out = normalizePhoto(pngImage(295, 413));
    expect(sniffImage(out.bytes)).toEqual({
      mimeType: 'image/jpeg',
      width: 295,
      height: 413,
      baseline: true,
    });
    expect(out.source.mimeType).toBe('image/png');
    expect(isStoredForm(out.bytes)).toBe(true);
  });

  it('downscales a 4000 × 5000 photo to 600 × 750, keeping its content', () => {
    const out = normalizePhoto(jpegImage(4000, 5000));
    expect([out.width, out.height]).toEqual([600, 750]);
    const pixels = decodeJpeg(out.bytes, { useTArray: true });
    const at = (x: number, y: number) => pixels.data[(y * 600 + x) * 4];
    expect(at(300, 100)).toBeGreaterThan(0xc0); // the light field
    expect(at(300, 300)).toBeLessThan(0x60); // the dark band (rows 1/3 to 1/2)
  });

  it.each([
    ['a valid signature and IHDR with garbage image data', corruptPng()],
    ['a PNG cut off inside its image data', pngImage(300, 400).subarray(0, 60)],
    ['a JPEG whose scan data is cut off', jpegImage(300, 400).subarray(0, 400)],
  ])('refuses %s as PHOTO_CORRUPT', (_, bytes) => {
    expect(() => normalizePhoto(bytes)).toThrow(expect.objectContaining({ code: 'PHOTO_CORRUPT' }));
  });

  it('refuses more than 25 megapixels from the header, before decoding (413)', () => {
    expect(() => normalizePhoto(declaredPng(6000, 8000))).toThrow(
      expect.objectContaining({ kind: 'payload-too-large', code: 'PHOTO_TOO_LARGE' }),
    );
  });

  it('refuses what is not JPEG or PNG', () => {
    expect(() => normalizePhoto(Buffer.from('GIF89a........'))).toThrow(
      expect.objectContaining({ code: 'PHOTO_TYPE' }),
    );
  });
});

describe('checkPngStructure', () => {
  it('accepts image data that inflates to exactly what the header implies', () => {
    expect(checkPngStructure(pngImage(7, 5), 1e6)).toMatchObject({ width: 7, height: 5 });
  });

  it('refuses image data that inflates to more than the header implies', () => {
    const png = pngImage(7, 5);
    const idat = deflateSync(Buffer.alloc(1000));
    const start = png.indexOf('IDAT') - 4;
    const length = png.readUInt32BE(start);
    const patched = Buffer.concat([
      png.subarray(0, start),
      Buffer.from([0, 0, (idat.length >> 8) & 0xff, idat.length & 0xff]),
      Buffer.from('IDAT'),
      idat,
      Buffer.alloc(4),
      png.subarray(start + 12 + length),
    ]);
    expect(() => checkPngStructure(patched, 1e6)).toThrow();
  });

  it.each([
    [{ width: 7, height: 5, bitDepth: 8, colorType: 0, interlaced: false }, 40],
    [{ width: 7, height: 5, bitDepth: 8, colorType: 6, interlaced: false }, 145],
    [{ width: 1, height: 1, bitDepth: 8, colorType: 2, interlaced: true }, 4],
    [{ width: 8, height: 8, bitDepth: 1, colorType: 0, interlaced: true }, 30],
  ])('computes the filtered size of %o', (header, size) => {
    expect(rawSize(header)).toBe(size);
  });
});

describe('fitWithin', () => {
  it.each([
    [4000, 5000, 600, 750],
    [295, 413, 295, 413],
    [1200, 1600, 600, 800],
    [300, 2000, 120, 800],
  ])('%i × %i → %i × %i within 600 × 800, never enlarged', (w, h, ew, eh) => {
    expect(fitWithin(w, h, 600, 800)).toEqual({ width: ew, height: eh });
  });
});
