import { StreamableFile } from '@nestjs/common';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PDF_TYPE = 'application/pdf';

/**
 * A file download whose Chinese name survives every browser and cannot split
 * headers (RFC 6266/5987; security-checklist #32): an ASCII fallback plus
 * the UTF-8 name percent-encoded.
 */
export function download(body: Buffer, type: string, filename: string): StreamableFile {
  const ext = filename.includes('.') ? filename.slice(filename.lastIndexOf('.')) : '';
  const fallback = `download${ext.replace(/[^.a-z0-9]/gi, '')}`;
  const encoded = encodeURIComponent(filename.replace(/[\r\n"]/g, ''));
  return new StreamableFile(body, {
    type,
    length: body.length,
    disposition: `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`,
  });
}
