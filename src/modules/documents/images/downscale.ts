/**
 * Pure pixel work for photos: fit within a box, flatten transparency onto white (an ID photo's
 * background) and downscale by area averaging, so a 4000×5000 upload becomes a sharp 600×750.
 */

export interface Rgba {
  width: number;
  height: number;
  /** width × height × 4 bytes, row-major RGBA. */
  data: Uint8Array;
}

/** The largest size within `maxWidth` × `maxHeight` with the same aspect ratio; never enlarged. */
export function fitWithin(
  width: number,
  height: number,
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** For each target index, the source indexes it covers and their weights (summing to 1). */
function coverage(source: number, target: number): { index: number[]; weight: number[] }[] {
  const step = source / target;
  return Array.from({ length: target }, (_, t) => {
    const start = t * step;
    const end = Math.min(source, start + step);
    const index: number[] = [];
    const weight: number[] = [];
    for (let s = Math.floor(start); s < end; s++) {
      index.push(s);
      weight.push((Math.min(end, s + 1) - Math.max(start, s)) / step);
    }
    return { index, weight };
  });
}

/** RGBA in, opaque RGBA out at the target size: columns first, then rows. */
export function downscale(src: Rgba, width: number, height: number): Rgba {
  const cols = coverage(src.width, width);
  const rows = coverage(src.height, height);
  const wide = new Float32Array(src.height * width * 3);
  for (let y = 0; y < src.height; y++) {
    const line = y * src.width * 4;
    for (let x = 0; x < width; x++) {
      const { index, weight } = cols[x];
      let r = 0;
      let g = 0;
      let b = 0;
      for (let k = 0; k < index.length; k++) {
        const p = line + index[k] * 4;
        const alpha = src.data[p + 3] / 255;
        const w = weight[k];
        r += w * (src.data[p] * alpha + 255 * (1 - alpha));
        g += w * (src.data[p + 1] * alpha + 255 * (1 - alpha));
        b += w * (src.data[p + 2] * alpha + 255 * (1 - alpha));
      }
      const q = (y * width + x) * 3;
      wide[q] = r;
      wide[q + 1] = g;
      wide[q + 2] = b;
    }
  }
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const { index, weight } = rows[y];
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        let v = 0;
        for (let k = 0; k < index.length; k++)
          v += weight[k] * wide[(index[k] * width + x) * 3 + c];
        out[o + c] = Math.round(v);
      }
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}
