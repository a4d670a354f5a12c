import type { ContentImage, ContentTable } from 'pdfmake/interfaces';

/** pdfmake works in points; an 一寸 photo is 25 × 35 mm. */
const MM = 72 / 25.4;
export const PHOTO_WIDTH = 25 * MM;
export const PHOTO_HEIGHT = 35 * MM;

export const PHOTO_PLACEHOLDER = '粘贴一寸免冠照片';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * The photo as a data URL, typed by its magic bytes rather than by any stored file name.
 * Anything else is refused: printing a placeholder would hide an upload the candidate made.
 */
export function photoDataUrl(photo: Buffer, ticketNumber: string): string {
  let mime: string;
  if (photo.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC)) mime = 'image/png';
  else if (photo.subarray(0, JPEG_MAGIC.length).equals(JPEG_MAGIC)) mime = 'image/jpeg';
  else throw new Error(`准考证 ${ticketNumber} 的照片不是 JPEG 或 PNG 格式`);
  return `data:${mime};base64,${photo.toString('base64')}`;
}

/** An empty 25 × 35 mm box, framed by a one-cell table, for a photo glued on by hand. */
function placeholderBox(): ContentTable {
  return {
    table: {
      // A cell is its width plus 4 pt of padding each side.
      widths: [PHOTO_WIDTH - 8],
      heights: [PHOTO_HEIGHT - 4],
      body: [
        [
          {
            // Two lines of four: seven 9 pt characters would fill the 63 pt line exactly.
            text: `${PHOTO_PLACEHOLDER.slice(0, 4)}\n${PHOTO_PLACEHOLDER.slice(4)}`,
            color: '#888888',
            fontSize: 9,
            lineHeight: 1.3,
            alignment: 'center',
            margin: [0, PHOTO_HEIGHT / 2 - 18, 0, 0],
          },
        ],
      ],
    },
    layout: {
      hLineStyle: () => ({ dash: { length: 3 } }),
      vLineStyle: () => ({ dash: { length: 3 } }),
    },
  };
}

/** The content of the photo cell: the uploaded photo at 一寸 size, or the placeholder box. */
export function photoContent(
  photo: Buffer | null,
  ticketNumber: string,
): ContentImage | ContentTable {
  if (!photo) return placeholderBox();
  return { image: photoDataUrl(photo, ticketNumber), fit: [PHOTO_WIDTH, PHOTO_HEIGHT] };
}
