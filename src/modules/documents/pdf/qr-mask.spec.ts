import qrEnc from 'pdfmake/js/qrEnc';
import { alignmentCentres, bestMask, remask } from './qr-mask';

type Ecc = 'L' | 'M' | 'Q' | 'H';

/** A seeded index in [0, n): mulberry32, so every run draws the same texts. */
function seeded(seed: number): (n: number) => number {
  let a = seed;
  return (n) => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** pdfmake's own code, one byte per module, row-major; with `mask` or its own choice. */
function pdfmakeCells(text: string, eccLevel: Ecc, mask?: number) {
  const node = mask === undefined ? { qr: text, eccLevel } : { qr: text, eccLevel, mask };
  const [background, ...modules] = qrEnc.measure({ ...node, fit: 4000 })._canvas;
  const m = modules[0].w;
  const n = Math.round(background.w / m);
  const cells = new Uint8Array(n * n);
  for (const r of modules) cells[(r.y / m) * n + r.x / m] = 1;
  return { n, cells };
}

/** Byte-mode texts of growing length, one at least for every QR version 1–40 at level `ecc`. */
function textsOfEveryVersion(ecc: Ecc, rnd: (n: number) => number): Map<number, string> {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789?&=_';
  const byVersion = new Map<number, string>();
  for (let length = 1; byVersion.size < 40; length += 1 + (length >> 5)) {
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[rnd(alphabet.length)];
    const { n } = pdfmakeCells(text, ecc, 0);
    const version = (n - 17) / 4;
    if (!byVersion.has(version)) byVersion.set(version, text);
  }
  return byVersion;
}

describe('qr-mask (pdfmake’s mask choice without its search)', () => {
  it('places alignment patterns where the standard does (ISO/IEC 18004 Annex E)', () => {
    expect(alignmentCentres(1)).toEqual([]);
    expect(alignmentCentres(2)).toEqual([6, 18]);
    expect(alignmentCentres(7)).toEqual([6, 22, 38]);
    expect(alignmentCentres(14)).toEqual([6, 26, 46, 66]);
    expect(alignmentCentres(32)).toEqual([6, 34, 60, 86, 112, 138]);
    expect(alignmentCentres(36)).toEqual([6, 24, 50, 76, 102, 128, 154]);
    expect(alignmentCentres(40)).toEqual([6, 30, 58, 86, 114, 142, 170]);
  });

  it.each(['L', 'M', 'Q', 'H'] as const)(
    'at level %s, on every version: each mask gives pdfmake’s code, and the choice is pdfmake’s',
    (ecc) => {
      const rnd = seeded(20251201);
      for (const [version, text] of textsOfEveryVersion(ecc, rnd)) {
        const zero = pdfmakeCells(text, ecc, 0);
        // The reserved modules and the format information are right: every mask's code
        // derived from mask 0's is exactly the one pdfmake encodes with that mask.
        for (let mask = 1; mask < 8; mask++) {
          const derived = remask(zero.cells, zero.n, ecc, mask);
          expect({
            version,
            mask,
            same: Buffer.compare(derived, pdfmakeCells(text, ecc, mask).cells),
          }).toEqual({ version, mask, same: 0 });
        }
        // The code kept is the one pdfmake draws when it searches for the mask itself.
        const best = bestMask(zero.cells, zero.n, ecc);
        const auto = pdfmakeCells(text, ecc).cells;
        expect({ version, same: Buffer.compare(best.cells, auto) }).toEqual({ version, same: 0 });
        expect(Buffer.compare(pdfmakeCells(text, ecc, best.mask).cells, auto)).toBe(0);
      }
    },
  );

  it('masks as pdfmake does 300 certificate-like links, and not always with the same mask', () => {
    const rnd = seeded(7);
    const seen = new Set<number>();
    for (let i = 0; i < 300; i++) {
      let sig = '';
      for (let k = 0; k < 96; k++)
        sig += 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[rnd(64)];
      const text = `https://ks.example.cn/api/v1/public/certificates/page?c=${sig.slice(0, 40 + (i % 50))}&s=${sig}`;
      const zero = pdfmakeCells(text, 'M', 0);
      const best = bestMask(zero.cells, zero.n, 'M');
      seen.add(best.mask);
      expect(Buffer.compare(best.cells, pdfmakeCells(text, 'M').cells)).toBe(0);
    }
    expect(seen.size).toBeGreaterThan(4);
  });
});
