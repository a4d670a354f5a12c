import { isPdf, sniffImage } from './file-sniff';

function png(width: number, height: number): Buffer {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

function jpeg(width: number, height: number): Buffer {
  const app0 = Buffer.from([
    0xff,
    0xe0,
    0x00,
    0x10,
    ...Buffer.from('JFIF\0'),
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
  ]);
  const sof = Buffer.alloc(19);
  sof.writeUInt16BE(0xffc0, 0);
  sof.writeUInt16BE(17, 2);
  sof[4] = 8;
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.from([0xff, 0xd9])]);
}

describe('sniffImage', () => {
  it('reads a PNG header', () => {
    expect(sniffImage(png(295, 413))).toEqual({ mimeType: 'image/png', width: 295, height: 413 });
  });
  it('finds the JPEG frame after other segments', () => {
    expect(sniffImage(jpeg(358, 441))).toEqual({
      mimeType: 'image/jpeg',
      width: 358,
      height: 441,
      baseline: true,
    });
  });
  it.each([
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00')],
    ['a PDF named .jpg', Buffer.from('%PDF-1.7 ...')],
    ['an HTML page', Buffer.from('<html><script>alert(1)</script>')],
    ['a truncated JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00])],
  ])('refuses %s', (_, b) => {
    expect(sniffImage(b)).toBeNull();
  });
});

describe('isPdf', () => {
  it('accepts a complete PDF and refuses a truncated one or another type', () => {
    expect(isPdf(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n'))).toBe(true);
    expect(isPdf(Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'))).toBe(false);
    expect(isPdf(Buffer.from('PK\x03\x04 not a pdf at all %%EOF'))).toBe(false);
  });
});
