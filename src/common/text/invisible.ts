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

/** Line breaks and TAB belong to text written in paragraphs. */
const PARAGRAPH_WHITESPACE = /[\t\n\r]/g;

/** Free text (a résumé, a reason, a note): NUL, BEL, direction overrides and the like. */
export function hasInvisibleInParagraphs(text: string): boolean {
  return INVISIBLE.test(text.replace(PARAGRAPH_WHITESPACE, ''));
}
