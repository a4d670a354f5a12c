import { StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

/**
 * A file download whose Chinese name survives every browser and cannot split
 * headers (RFC 6266/5987; security-checklist #32): an ASCII fallback plus
 * the UTF-8 name percent-encoded.
 */
export function download(body: Buffer, type: string, filename: string): StreamableFile {
  return new StreamableFile(body, {
    type,
    length: body.length,
    disposition: disposition(filename),
  });
}

/** The same, for a body produced while it is sent (no length known in advance). */
export function streamDownload(
  body: NodeJS.ReadableStream,
  type: string,
  filename: string,
): StreamableFile {
  const stream = body instanceof Readable ? body : Readable.from(body);
  return new StreamableFile(stream, { type, disposition: disposition(filename) });
}

function disposition(filename: string): string {
  const ext = filename.includes('.') ? filename.slice(filename.lastIndexOf('.')) : '';
  const fallback = `download${ext.replace(/[^.a-z0-9]/gi, '')}`;
  const encoded = encodeURIComponent(filename.replace(/[\r\n"]/g, ''));
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
