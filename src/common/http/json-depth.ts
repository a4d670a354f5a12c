/**
 * Deepest nesting of objects and arrays in a JSON text, read byte by byte without parsing
 * (strings and their escapes skipped), stopping as soon as `max` is passed. A body nested
 * tens of thousands deep parses fine but overflows the stack of every recursive walk after
 * it (the validation pipe's prototype-key strip answered 500), so it is refused up front.
 */
export function jsonNestingExceeds(text: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}
