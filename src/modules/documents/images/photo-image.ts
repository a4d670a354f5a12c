import { decode as decodeJpeg, encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { DomainError } from '../../../common/errors/domain-error';
import { sniffImage, type ImageInfo } from '../files/file-sniff';
import { downscale, fitWithin, type Rgba } from './downscale';
import { checkPngStructure } from './png-structure';

/**
 * Every photo is decoded and re-encoded before it is stored, so what the service keeps and later
 * hands to pdfkit is a baseline JPEG it wrote itself (finding 1: a PNG with a valid header and
 * corrupt image data crashed the process on every ticket download). Runs in a document worker.
 */

/** Largest stored photo: ample for a 25 × 35 mm print at 600 dpi. */
export const PHOTO_MAX_WIDTH = 600;
export const PHOTO_MAX_HEIGHT = 800;
/** Largest source decoded (read from the header before decoding): 25 MP, e.g. 5000 × 5000. */
export const MAX_SOURCE_PIXELS = 25_000_000;
const JPEG_QUALITY = 90;

export interface NormalizedPhoto {
  bytes: Buffer;
  width: number;
  height: number;
  source: ImageInfo;
}

const photoError = (kind: 'validation' | 'payload-too-large', code: string, message: string) =>
  new DomainError(kind, code, message, [{ field: 'file', code, message: `file：${message}` }]);

export const photoCorrupt = (): DomainError =>
  photoError(
    'validation',
    'PHOTO_CORRUPT',
    '照片文件已损坏或无法解码，请重新导出 JPEG 或 PNG 后上传',
  );

export const photoTooLarge = (info: ImageInfo): DomainError =>
  photoError(
    'payload-too-large',
    'PHOTO_TOO_LARGE',
    `照片像素 ${info.width}×${info.height} 过大（上限 ${MAX_SOURCE_PIXELS / 1_000_000} 百万像素），请缩小后上传`,
  );

/** Decodes (bounded by the header's pixel count), flattens, downscales, re-encodes. */
export function normalizePhoto(bytes: Buffer): NormalizedPhoto {
  const source = sniffImage(bytes);
  if (!source) throw photoError('validation', 'PHOTO_TYPE', '照片须为 JPEG 或 PNG 图片');
  if (source.width * source.height > MAX_SOURCE_PIXELS) throw photoTooLarge(source);
  const pixels = decode(bytes, source);
  const size = fitWithin(pixels.width, pixels.height, PHOTO_MAX_WIDTH, PHOTO_MAX_HEIGHT);
  const out = downscale(pixels, size.width, size.height);
  const jpeg = encodeJpeg({ width: out.width, height: out.height, data: out.data }, JPEG_QUALITY);
  return { bytes: Buffer.from(jpeg.data), width: out.width, height: out.height, source };
}

function decode(bytes: Buffer, info: ImageInfo): Rgba {
  let image: Rgba;
  try {
    image = info.mimeType === 'image/png' ? decodePng(bytes) : decodeJpegStrict(bytes);
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw photoCorrupt();
  }
  if (image.width !== info.width || image.height !== info.height) throw photoCorrupt();
  return image;
}

function decodePng(bytes: Buffer): Rgba {
  checkPngStructure(bytes, MAX_SOURCE_PIXELS);
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

function decodeJpegStrict(bytes: Buffer): Rgba {
  return decodeJpeg(bytes, {
    useTArray: true,
    formatAsRGBA: true,
    tolerantDecoding: false,
    maxResolutionInMP: MAX_SOURCE_PIXELS / 1_000_000,
    maxMemoryUsageInMB: 512,
  });
}

/** A photo this service wrote (or any baseline JPEG within the stored bounds) goes in unchanged. */
export function isStoredForm(bytes: Buffer): boolean {
  const info = sniffImage(bytes);
  return (
    info?.mimeType === 'image/jpeg' &&
    info.baseline === true &&
    info.width <= PHOTO_MAX_WIDTH &&
    info.height <= PHOTO_MAX_HEIGHT
  );
}
