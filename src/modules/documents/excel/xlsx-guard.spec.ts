import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { deflateRawSync } from 'node:zlib';
import { sheetBuffer } from '../../../../test/fixtures/xlsx/workbook-builder';
import { buildZip, rewritePart, unzipEntries } from '../../../../test/fixtures/xlsx/zip-builder';
import { rowBombXlsx } from '../../../../test/fixtures/xlsx/row-bomb';
import { consumeEntryStream, inspectXlsx } from './xlsx-guard';

const MIB = 1024 * 1024;
const WORKBOOK_XML = '<?xml version="1.0" encoding="UTF-8"?><workbook/>';
const workbookPart = { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK_XML) };

/** 60 MiB of zeros deflates to ~60 KB: compressed once, reused by every bomb below. */
const bombData = Buffer.alloc(60 * MIB);
const bombDeflated = deflateRawSync(bombData);

describe('inspectXlsx', () => {
  let goodXlsx: Buffer;

  beforeAll(async () => {
    goodXlsx = await sheetBuffer([
      ['单位名称', '联系人'],
      ['大连市教育局', '张三'],
    ]);
  });

  it('accepts a well-formed workbook with Chinese text', async () => {
    await expect(inspectXlsx(goodXlsx)).resolves.toBeUndefined();
  });

  // Checklist row 29: disguised and malformed files.
  it.each([
    ['an empty buffer', () => Buffer.alloc(0)],
    ['random bytes', () => randomBytes(4096)],
    ['a CSV renamed to .xlsx', () => Buffer.from('单位名称,联系人\n大连市教育局,张三\n', 'utf8')],
    [
      'random bytes behind a zip magic',
      () => Buffer.concat([Buffer.from('PK\x03\x04'), randomBytes(2048)]),
    ],
    ['a file truncated to half', () => goodXlsx.subarray(0, Math.floor(goodXlsx.length / 2))],
    ['a file missing its last 10 bytes', () => goodXlsx.subarray(0, goodXlsx.length - 10)],
  ])('rejects %s as XLSX_INVALID', async (_label, makeBuffer) => {
    await expect(inspectXlsx(makeBuffer())).rejects.toMatchObject({
      kind: 'validation',
      code: 'XLSX_INVALID',
      message: '文件损坏或不是有效的 xlsx 文件',
    });
  });

  it('rejects a zip that is not an xlsx (no xl/workbook.xml)', async () => {
    const zip = buildZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]);
    await expect(inspectXlsx(zip)).rejects.toMatchObject({ code: 'XLSX_INVALID' });
  });

  it('rejects a corrupt deflate stream inside a valid directory', async () => {
    const zip = buildZip([
      workbookPart,
      { name: 'xl/styles.xml', data: Buffer.alloc(100), deflated: randomBytes(64) },
    ]);
    await expect(inspectXlsx(zip)).rejects.toMatchObject({ code: 'XLSX_INVALID' });
  });

  it('finding 2: refuses 1,000,000 rows in a 65 KB file before exceljs builds them (413)', async () => {
    const bomb = await rowBombXlsx(1_000_000);
    expect(bomb.length).toBeLessThan(100_000);
    await expect(inspectXlsx(bomb)).rejects.toMatchObject({
      kind: 'payload-too-large',
      code: 'XLSX_TOO_MANY_ROWS',
      message: expect.stringContaining('12000'),
    });
    await expect(inspectXlsx(await rowBombXlsx(11_000))).resolves.toBeUndefined();
    await expect(inspectXlsx(await rowBombXlsx(20), { maxSheetCells: 10 })).rejects.toMatchObject({
      code: 'XLSX_TOO_MANY_ROWS',
    });
  });

  // Checklist row 27: zip bombs, declared and actual.
  it('rejects more entries than allowed', async () => {
    const parts = Array.from({ length: 201 }, (_, i) => ({
      name: `xl/media/p${i}.bin`,
      data: Buffer.from('x'),
    }));
    const zip = buildZip([workbookPart, ...parts]);
    await expect(inspectXlsx(zip)).rejects.toMatchObject({
      kind: 'payload-too-large',
      code: 'XLSX_TOO_LARGE',
    });
    await expect(inspectXlsx(goodXlsx, { maxEntries: 3 })).rejects.toMatchObject({
      code: 'XLSX_TOO_LARGE',
    });
  });

  it('rejects an honest 60 MiB entry from its declared size (413)', async () => {
    const zip = buildZip([
      workbookPart,
      { name: 'xl/sharedStrings.xml', data: bombData, deflated: bombDeflated },
    ]);
    expect(zip.length).toBeLessThan(200 * 1024);
    await expect(inspectXlsx(zip)).rejects.toMatchObject({
      kind: 'payload-too-large',
      code: 'XLSX_TOO_LARGE',
      message: expect.stringContaining('25 MB'),
    });
  });

  it('rejects a 4 GB declared entry without inflating it', async () => {
    const zip = buildZip([
      workbookPart,
      { name: 'xl/sharedStrings.xml', data: Buffer.from('<sst/>'), declaredSize: 0xfffffffe },
    ]);
    await expect(inspectXlsx(zip)).rejects.toMatchObject({ code: 'XLSX_TOO_LARGE' });
  });

  it('rejects a total declared size over 40 MiB', async () => {
    const bomb20 = bombData.subarray(0, 20 * MIB);
    const deflated = deflateRawSync(bomb20);
    const parts = [1, 2, 3].map((i) => ({
      name: `xl/worksheets/sheet${i}.xml`,
      data: bomb20,
      deflated,
    }));
    await expect(inspectXlsx(buildZip([workbookPart, ...parts]))).rejects.toMatchObject({
      code: 'XLSX_TOO_LARGE',
      message: expect.stringContaining('40 MB'),
    });
  });

  it('detects an entry that inflates past its (small) declared size', async () => {
    const zip = buildZip([
      workbookPart,
      { name: 'xl/sharedStrings.xml', data: bombData, deflated: bombDeflated, declaredSize: 1024 },
    ]);
    await expect(inspectXlsx(zip)).rejects.toMatchObject({ code: 'XLSX_INVALID' });
  });

  it('caps actually inflated bytes even when nothing declares a size', async () => {
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(1024));
    const budget = { maxEntryBytes: 100 * 1024, maxTotalBytes: 4096, totalBytes: 0 };
    await expect(
      consumeEntryStream(Readable.from(chunks), budget, { markup: false }),
    ).rejects.toMatchObject({
      code: 'XLSX_TOO_LARGE',
    });
  });

  // Checklist row 33: XXE / entity expansion.
  it.each([
    ['xl/workbook.xml', (xml: string) => xml.replace('?>', '?><!DOCTYPE x [<!ENTITY a "b">]>')],
    [
      'xl/sharedStrings.xml',
      (xml: string) => xml.replace('?>', '?><!doctype sst SYSTEM "http://x">'),
    ],
    [
      '_rels/.rels',
      (xml: string) => xml.replace('?>', '?><!ENTITY e SYSTEM "file:///etc/passwd">'),
    ],
  ])('rejects DOCTYPE/ENTITY markup in %s', async (part, inject) => {
    const zip = await rewritePart(goodXlsx, part, inject);
    await expect(inspectXlsx(zip)).rejects.toMatchObject({
      kind: 'validation',
      code: 'XLSX_UNSAFE',
      message: '文件包含不允许的内容（外部实体/DOCTYPE）',
    });
  });

  it('rejects DOCTYPE in a UTF-16 encoded part', async () => {
    const entries = await unzipEntries(goodXlsx);
    const utf16 = Buffer.from(
      '\ufeff<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a><a/>',
      'utf16le',
    );
    const zip = buildZip([...entries, { name: 'xl/custom.xml', data: utf16 }]);
    await expect(inspectXlsx(zip)).rejects.toMatchObject({ code: 'XLSX_UNSAFE' });
  });

  it('finds a DOCTYPE split across two inflated chunks', async () => {
    const chunks = [Buffer.from('<?xml?><!DOC'), Buffer.from('TYPE a><a/>')];
    const budget = { maxEntryBytes: MIB, maxTotalBytes: MIB, totalBytes: 0 };
    await expect(
      consumeEntryStream(Readable.from(chunks), budget, { markup: true }),
    ).rejects.toMatchObject({
      code: 'XLSX_UNSAFE',
    });
  });

  // Checklist row 29: a verdict within the time budget, timer cleared either way.
  it('fails with XLSX_TIMEOUT when inspection exceeds the budget', async () => {
    const zip = buildZip([
      workbookPart,
      { name: 'xl/media/big.bin', data: bombData, deflated: bombDeflated },
    ]);
    await expect(
      inspectXlsx(zip, { maxEntryBytes: 64 * MIB, maxTotalBytes: 128 * MIB, timeoutMs: 1 }),
    ).rejects.toMatchObject({ code: 'XLSX_TIMEOUT', message: '文件解析超时，文件可能已损坏' });
  });
});
