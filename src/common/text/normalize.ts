/**
 * Normalises a name for exact matching (CONTRACT.md, occupation look-up):
 * full-width forms become half-width (NFKC: （）→ (), ＡＢ → AB, U+3000 → space)
 * and surrounding white space is dropped. Nothing else changes: matching stays exact.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').trim();
}
