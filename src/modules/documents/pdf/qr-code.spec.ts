import qrEnc from 'pdfmake/js/qrEnc';
import { PNG } from 'pngjs';
import { qrImage, qrMatrix } from './qr-code';

/** The PNG inside an image node's data URL. */
function decode(image: string): PNG {
  const prefix = 'data:image/png;base64,';
  expect(image.startsWith(prefix)).toBe(true);
  return PNG.sync.read(Buffer.from(image.slice(prefix.length), 'base64'));
}

/** The dark cells of pdfmake's own qr node, as "x,y" module coordinates. */
function pdfmakeDark(payload: string, fit: number, eccLevel = 'L'): Set<string> {
  const [, ...modules] = qrEnc.measure({ qr: payload, fit, eccLevel })._canvas;
  const m = modules[0].w;
  return new Set(modules.map((r) => `${r.x / m},${r.y / m}`));
}

describe('qrImage', () => {
  const payload = 'DLGQ1|202509010001|k3J9sV0c2wq8XyZ9f8Gh1aBcDeFgHiJkLmNoPqRsTu';
  const link = `https://ks.example.cn/api/v1/public/certificates/page?c=${'A1'.repeat(180)}`;

  it.each([
    ['a ticket payload, ECC L', payload, 90, 'L'],
    ['a certificate link, ECC M', link, 91, 'M'],
  ] as const)(
    "for %s: every module is the pdfmake qr node's, in whole pixel blocks, at its size",
    (_, text, fit, ecc) => {
      const node = qrImage(text, fit, ecc);
      const measured = qrEnc.measure({ qr: text, fit, eccLevel: ecc });
      expect(node.width).toBe(measured._width);
      expect(node.height).toBe(measured._width);
      const png = decode(node.image);
      const { size } = qrMatrix(text, fit, ecc);
      const scale = png.width / size;
      expect(Number.isInteger(scale) && scale >= 4).toBe(true);
      const expected = pdfmakeDark(text, fit, ecc);
      const seen = new Set<string>();
      for (let y = 0; y < png.height; y++) {
        for (let x = 0; x < png.width; x++) {
          const v = png.data[(y * png.width + x) * 4];
          expect(v === 0 || v === 255).toBe(true);
          const cell = `${Math.floor(x / scale)},${Math.floor(y / scale)}`;
          // Every pixel of a module block agrees with the module.
          expect(v === 0).toBe(expected.has(cell));
          if (v === 0) seen.add(cell);
        }
      }
      expect(seen).toEqual(expected);
    },
  );

  it('is a 1-bit greyscale PNG whose block rows repeat through the Up filter', () => {
    const png = Buffer.from(qrImage(link, 91, 'M').image.split(',')[1], 'base64');
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png[24], png[25]]).toEqual([1, 0]); // bit depth 1, colour type 0 (greyscale)
    // 8-bit greyscale, as pngjs writes it, took ~4 KB for this code; the 1-bit one is smaller.
    expect(png.length).toBeLessThan(2500);
  });

  it('encodes a different payload differently', () => {
    expect(qrImage(payload.replace('0001', '0002'), 90).image).not.toBe(qrImage(payload, 90).image);
  });

  it('refuses a box too small for one point per module', () => {
    expect(() => qrImage(link, 40, 'M')).toThrow('二维码放不进');
  });
});
