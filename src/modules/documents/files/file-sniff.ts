/**
 * What an upload really is, judged by its bytes, never by its name or the
 * declared content type (security-checklist #28, #31).
 */
export interface ImageInfo {
  mimeType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  /** JPEG only: a baseline (SOF0) frame, which every reader handles. */
  baseline?: boolean;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function sniffImage(b: Buffer): ImageInfo | null {
  if (
    b.length > 24 &&
    b.subarray(0, 8).equals(PNG_SIGNATURE) &&
    b.toString('latin1', 12, 16) === 'IHDR'
  ) {
    return { mimeType: 'image/png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return jpegSize(b);
  return null;
}

/** Walks the JPEG markers to the frame header (SOF0–SOF15 except DHT/JPG/DAC). */
function jpegSize(b: Buffer): ImageInfo | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2;
      continue;
    }
    const length = b.readUInt16BE(i + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame)
      return {
        mimeType: 'image/jpeg',
        height: b.readUInt16BE(i + 5),
        width: b.readUInt16BE(i + 7),
        baseline: marker === 0xc0,
      };
    if (marker === 0xda || length < 2) return null;
    i += 2 + length;
  }
  return null;
}

/** A PDF starts with %PDF- and, when complete, ends with %%EOF (allowing trailing whitespace). */
export function isPdf(b: Buffer): boolean {
  if (b.length < 16 || b.toString('latin1', 0, 5) !== '%PDF-') return false;
  return b.toString('latin1', Math.max(0, b.length - 1024)).includes('%%EOF');
}
