/**
 * The mask pdfmake's QR encoder would choose for a code, found about four times faster.
 *
 * pdfmake (`pdfmake/js/qrEnc.js`, `generate` with mask -1) masks the code eight ways and keeps
 * the mask with the lowest penalty (JIS X 0510:2004 §8.8.2, ISO/IEC 18004 §7.8.3): runs of one
 * colour, 2 × 2 blocks, finder-like patterns, the share of dark modules. It does so on arrays of
 * arrays with a fresh list of runs per row and column; for a certificate's signed link (73 × 73
 * modules) that is ~2.1 ms of the encoder's ~2.3, and ~15 % of a certificate's CPU (issue 12).
 *
 * Here the code is encoded once with mask 0 (pdfmake's encoder, ~0.2 ms), unmasked, and the
 * eight masks are applied and scored by pdfmake's own rules on one flat array (~0.5 ms for
 * all eight). `qr-mask.spec.ts` checks, on every version and level, that each mask's code is
 * the one pdfmake encodes with that mask and that the code kept is the one pdfmake draws.
 */

/** The format information's error correction bits (JIS X 0510:2004 Table 22; pdfmake's). */
const ECC_BITS = { L: 1, M: 0, Q: 3, H: 2 } as const;

/** The eight mask conditions, row i and column j (JIS X 0510:2004 Table 20). */
const MASKS: ReadonlyArray<(i: number, j: number) => boolean> = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (((i / 2) | 0) + ((j / 3) | 0)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];

/** BCH code of the format (10 bits) and version (12 bits) information, as pdfmake computes it. */
function bch(poly: number, p: number, genpoly: number, q: number): number {
  let modulus = poly << q;
  for (let i = p - 1; i >= 0; --i) {
    if ((modulus >> (q + i)) & 1) modulus ^= genpoly << i;
  }
  return (poly << q) | modulus;
}

/** Centres of the alignment patterns of a version (ISO/IEC 18004 Annex E, by its rule). */
export function alignmentCentres(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const size = 17 + 4 * version;
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const centres = [6];
  for (let pos = size - 7; centres.length < count; pos -= step) centres.splice(1, 0, pos);
  return centres;
}

const reservedByVersion = new Map<number, Uint8Array>();

/**
 * The modules no mask touches: finder patterns with their separators and the format areas,
 * timing patterns, alignment patterns, version information. Marked as pdfmake's
 * `makebasematrix` marks them; row-major, one byte per module.
 */
function reservedModules(version: number): Uint8Array {
  const cached = reservedByVersion.get(version);
  if (cached) return cached;
  const n = 17 + 4 * version;
  const reserved = new Uint8Array(n * n);
  const block = (y: number, x: number, h: number, w: number) => {
    for (let i = y; i < y + h; i++) reserved.fill(1, i * n + x, i * n + x + w);
  };
  block(0, 0, 9, 9);
  block(n - 8, 0, 8, 9);
  block(0, n - 8, 9, 8);
  for (let i = 9; i < n - 8; i++) reserved[6 * n + i] = reserved[i * n + 6] = 1;
  const centres = alignmentCentres(version);
  const m = centres.length;
  for (let a = 0; a < m; a++) {
    // Not where a finder pattern is: the first row's first and last, the last row's first.
    const from = a === 0 || a === m - 1 ? 1 : 0;
    const to = a === 0 ? m - 1 : m;
    for (let b = from; b < to; b++) block(centres[a] - 2, centres[b] - 2, 5, 5);
  }
  if (version > 6) {
    block(0, n - 11, 6, 3);
    block(n - 11, 0, 3, 6);
  }
  reservedByVersion.set(version, reserved);
  return reserved;
}

/** Writes the format information of an error correction level and mask (pdfmake's placement). */
function putFormat(cells: Uint8Array, n: number, ecc: number, mask: number): void {
  const code = bch((ecc << 3) | mask, 5, 0x537, 10) ^ 0x5412;
  for (let i = 0; i < 15; i++) {
    const r = i < 6 ? i : i < 8 ? i + 1 : n - 15 + i;
    const c = i < 8 ? n - 1 - i : i === 8 ? 7 : 14 - i;
    cells[r * n + 8] = cells[8 * n + c] = (code >> i) & 1;
  }
}

// pdfmake's penalty weights (qrEnc.js evaluatematrix).
const PENALTY_CONSECUTIVE = 3;
const PENALTY_TWOBYTWO = 3;
const PENALTY_FINDERLIKE = 40;
const PENALTY_DENSITY = 10;

/** Where each run of a line starts, then the line's end (scratch; the largest code is 177). */
const RUN_STARTS = new Int32Array(178);

/**
 * pdfmake's score of one row (`step` 1) or column (`step` n), read as it reads it: a list of
 * runs [0, dark, light, dark, light, …] (`evaluategroup`), where the first 0 stands for a light
 * run it never counts, the first dark run is 0 if the line starts light and the last light run
 * 0 if it ends dark. The list is not built: the last five runs are kept as `h1` (latest) to `h5`.
 *  - each run of 5 or more: 3 + (length − 5);
 *  - each dark run p at list index i ≥ 5 with runs p, 3p, p, p before it (1:1:3:1:1) and a
 *    light run of 4p or more before or after the pattern: 40.
 *
 * The runs are found without a branch per module: modules are random, so such a branch is
 * mostly mispredicted (reading the line run by run took twice as long).
 */
function lineScore(cells: Uint8Array, start: number, step: number, n: number): number {
  const starts = RUN_STARTS;
  starts[0] = 0;
  let runs = 1;
  let previous = cells[start];
  for (let j = 1, at = start + step; j < n; j++, at += step) {
    const v = cells[at];
    starts[runs] = j; // kept only if the colour changes here
    runs += v ^ previous;
    previous = v;
  }
  starts[runs] = n;
  let score = 0;
  let h1 = 0;
  let h2 = 0;
  let h3 = 0;
  let h4 = 0;
  let h5 = 0;
  // k: the run taken as dark; -1 when the line starts light (a dark run of 0 first)
  for (let k = cells[start] !== 0 ? 0 : -1, index = 1; k < runs; k += 2, index += 2) {
    const d = k < 0 ? 0 : starts[k + 1] - starts[k];
    const l = k + 1 < runs ? starts[k + 2] - starts[k + 1] : 0;
    if (d >= 5) score += PENALTY_CONSECUTIVE + (d - 5);
    if (l >= 5) score += PENALTY_CONSECUTIVE + (l - 5);
    if (
      index >= 5 &&
      h1 === d &&
      h2 === 3 * d &&
      h3 === d &&
      h4 === d &&
      (h5 >= 4 * d || l >= 4 * d)
    ) {
      score += PENALTY_FINDERLIKE;
    }
    h5 = h3;
    h4 = h2;
    h3 = h1;
    h2 = d;
    h1 = l;
  }
  return score;
}

/** 1 where a 2 × 2 block's four modules, summed, are all light (0) or all dark (4). */
const SAME_FOUR = new Uint8Array([1, 0, 0, 0, 1]);

/**
 * pdfmake's `evaluatematrix`, lower is better: every row and column (`lineScore`), 3 for
 * each 2 × 2 block of one colour (overlapping ones count), and 10 for each 5 % the share of
 * dark modules lies from half. The block count is read without branches: the modules are
 * random, so a branch per module would mostly be mispredicted (~3 times slower).
 */
function penalty(cells: Uint8Array, n: number): number {
  let score = 0;
  let dark = 0;
  let blocks = 0;
  for (let i = 0; i < n; i++) {
    score += lineScore(cells, i * n, 1, n) + lineScore(cells, i, n, n);
    const row = i * n;
    for (let j = 0; j < n; j++) dark += cells[row + j];
    if (i + 1 === n) continue;
    let left = cells[row] + cells[row + n];
    for (let j = 1; j < n; j++) {
      const right = cells[row + j] + cells[row + n + j];
      blocks += SAME_FOUR[left + right];
      left = right;
    }
  }
  return (
    score +
    PENALTY_TWOBYTWO * blocks +
    PENALTY_DENSITY * ((Math.abs(dark / n / n - 0.5) / 0.05) | 0)
  );
}

const masksByVersion = new Map<number, Uint8Array[]>();

/** Each mask as the bits it flips: 1 where its condition holds on a module it applies to. */
function maskPatterns(version: number): Uint8Array[] {
  const cached = masksByVersion.get(version);
  if (cached) return cached;
  const n = 17 + 4 * version;
  const reserved = reservedModules(version);
  const patterns = MASKS.map((f) => {
    const bits = new Uint8Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) if (!reserved[i * n + j] && f(i, j)) bits[i * n + j] = 1;
    }
    return bits;
  });
  masksByVersion.set(version, patterns);
  return patterns;
}

function xorInto(cells: Uint8Array, bits: Uint8Array): void {
  for (let k = 0; k < cells.length; k++) cells[k] ^= bits[k];
}

/** The data before masking: the code as encoded with mask 0, with mask 0 undone. */
function unmasked(masked0: Uint8Array, patterns: Uint8Array[]): Uint8Array {
  const data = masked0.slice();
  xorInto(data, patterns[0]);
  return data;
}

/** `cells` ← the data with a mask and its format information. */
function maskInto(
  cells: Uint8Array,
  data: Uint8Array,
  n: number,
  eccLevel: keyof typeof ECC_BITS,
  mask: number,
  patterns: Uint8Array[],
): Uint8Array {
  cells.set(data);
  xorInto(cells, patterns[mask]);
  putFormat(cells, n, ECC_BITS[eccLevel], mask);
  return cells;
}

/** The code with another mask (and its format information), from the code with mask 0. */
export function remask(
  masked0: Uint8Array,
  n: number,
  eccLevel: keyof typeof ECC_BITS,
  mask: number,
): Uint8Array {
  const patterns = maskPatterns((n - 17) / 4);
  return maskInto(new Uint8Array(n * n), unmasked(masked0, patterns), n, eccLevel, mask, patterns);
}

/**
 * The code as pdfmake would mask it, from the code as encoded with mask 0 (`masked0`,
 * row-major, 1 for a dark module): the first mask of the lowest penalty, as `generate` keeps
 * it, and the code with that mask and its format information.
 */
export function bestMask(
  masked0: Uint8Array,
  n: number,
  eccLevel: keyof typeof ECC_BITS,
): { mask: number; cells: Uint8Array } {
  const patterns = maskPatterns((n - 17) / 4);
  const data = unmasked(masked0, patterns);
  let cells = new Uint8Array(n * n);
  let best = { mask: 0, cells: new Uint8Array(n * n) };
  let bestScore = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    const score = penalty(maskInto(cells, data, n, eccLevel, mask, patterns), n);
    if (score < bestScore) {
      bestScore = score;
      [best, cells] = [{ mask, cells }, best.cells]; // keep this code, reuse the other buffer
    }
  }
  return best;
}
