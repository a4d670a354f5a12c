/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/** Cuts to Excel's 31 UTF-16 units without splitting a surrogate pair (rare name characters). */
function truncate(text: string, max: number): string {
  let out = '';
  for (const char of text) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out;
}

/** A name Excel accepts: no forbidden characters, no leading or trailing apostrophe, not blank. */
export function sanitizeSheetName(text: string): string {
  const cleaned = text
    .replace(FORBIDDEN, '_')
    .trim()
    .replace(/^'+|'+$/g, '');
  return truncate(cleaned, MAX_LENGTH) || '考场';
}

/**
 * Unique sheet names for the wanted ones, in order. Excel compares names case-insensitively
 * and reserves "History"; a clash gets "(2)", "(3)"… with the base shortened to keep 31.
 */
export function uniqueSheetNames(wanted: string[]): string[] {
  const used = new Set<string>(['history']);
  return wanted.map((raw) => {
    const base = sanitizeSheetName(raw);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name = truncate(base, MAX_LENGTH - suffix.length) + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
