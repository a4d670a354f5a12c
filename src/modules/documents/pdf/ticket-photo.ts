import type { ContentImage, ContentTable } from 'pdfmake/interfaces';
import { DomainError } from '../../../common/errors/domain-error';
import { isStoredForm, normalizePhoto } from '../images/photo-image';
import { registerTableLayouts } from './pdf-renderer';

/** pdfmake works in points; an 一寸 photo is 25 × 35 mm. */
const MM = 72 / 25.4;
export const PHOTO_WIDTH = 25 * MM;
export const PHOTO_HEIGHT = 35 * MM;

export const PHOTO_PLACEHOLDER = '粘贴一寸免冠照片';

const JPEG_MAGIC = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * The photo as pdfkit may receive it: a baseline JPEG within the stored bounds, which pdfkit
 * embeds without decoding. Photos stored before uploads were re-encoded (any PNG, large or
 * progressive JPEGs) are converted here first: a PNG never reaches pdfkit, whose PNG decoder
 * throws from a zlib callback on corrupt data and so ended the process (finding 1).
 */
export function printablePhoto(photo: Buffer, ticket: { ticketNumber: string; name: string }) {
  if (isStoredForm(photo)) return photo;
  try {
    return normalizePhoto(photo).bytes;
  } catch {
    throw new DomainError(
      'unprocessable',
      'PHOTO_CORRUPT',
      `准考证 ${ticket.ticketNumber}（${ticket.name}）的照片已损坏或无法识别，请单位重新上传照片后再下载`,
      [{ field: 'photo', code: 'PHOTO_CORRUPT', message: `准考证 ${ticket.ticketNumber} 的照片` }],
    );
  }
}

/**
 * The photo as a data URL. Only JPEG is accepted (see printablePhoto); anything else is refused,
 * since printing a placeholder would hide an upload the candidate made.
 */
export function photoDataUrl(photo: Buffer, ticketNumber: string): string {
  if (!photo.subarray(0, JPEG_MAGIC.length).equals(JPEG_MAGIC)) {
    throw new Error(`准考证 ${ticketNumber} 的照片不是 JPEG 格式`);
  }
  return `data:image/jpeg;base64,${photo.toString('base64')}`;
}

/** The placeholder's dashed frame (named, so that a page is plain data: layout-once.ts). */
registerTableLayouts({
  photoBox: {
    hLineStyle: () => ({ dash: { length: 3 } }),
    vLineStyle: () => ({ dash: { length: 3 } }),
  },
});

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
    layout: 'photoBox',
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
