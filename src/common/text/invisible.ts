/**
 * Control characters (line feed, TAB, …), format characters (U+FEFF,
 * zero-width spaces, direction marks) and line/paragraph separators (U+2028,
 * U+2029): invisible on screen, yet they break printed lists and exports, and
 * let two names that look alike differ.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE.test(text);
}
