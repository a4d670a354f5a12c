import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** Whether poppler's pdftoppm is installed (the page comparisons need it). */
export const hasPoppler = spawnSync('pdftoppm', ['-v']).status === 0;

/** Each page as a 60 dpi image, or null without poppler. */
export function pageImages(pdf: Buffer): PNG[] | null {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-png-'));
  try {
    const run = spawnSync('pdftoppm', ['-r', '60', '-png', '-', join(dir, 'p')], { input: pdf });
    if (run.status !== 0) return null;
    return readdirSync(dir)
      .sort()
      .map((f) => PNG.sync.read(readFileSync(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pixels whose colour differs clearly (more than anti-aliasing of a sub-point shift). */
export function differingPixels(a: PNG, b: PNG): number {
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d =
      Math.abs(a.data[i] - b.data[i]) +
      Math.abs(a.data[i + 1] - b.data[i + 1]) +
      Math.abs(a.data[i + 2] - b.data[i + 2]);
    if (d > 60) n++;
  }
  return n;
}
