import { randomBytes } from 'node:crypto';
import { fromBuffer, type Entry } from 'yauzl';
import { inBatches, zipInBatches } from './certificate-zip';

/** Every entry of a zip: its name and its bytes, in the zip's order. */
/** The compression method of every entry unzipped so far (0 = stored, 8 = deflated). */
const methods: number[] = [];

function unzip(zip: Buffer): Promise<[string, Buffer][]> {
  return new Promise((resolve, reject) => {
    fromBuffer(zip, { lazyEntries: true }, (err, file) => {
      if (err || !file) return reject(err ?? new Error('no zip'));
      const out: [string, Buffer][] = [];
      file.on('entry', (e: Entry) => {
        methods.push(e.compressionMethod);
        file.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2 ?? new Error('no entry'));
          const parts: Buffer[] = [];
          stream.on('data', (b: Buffer) => parts.push(b));
          stream.on('end', () => {
            out.push([e.fileName, Buffer.concat(parts)]);
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(out));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const items = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A renderer whose later batches finish first, counting how many run at once. */
function slowFirst(total: number) {
  const calls: number[][] = [];
  let running = 0;
  let peak = 0;
  const render = async (batch: number[]) => {
    calls.push(batch);
    peak = Math.max(peak, ++running);
    await sleep(5 + (total - batch[0]) * 2);
    running--;
    return batch.map((i) => Buffer.from(`file ${i}`));
  };
  return { render, calls, peak: () => peak };
}

describe('zipInBatches (a zip of one file per item, rendered in batches)', () => {
  it.each([
    [1, 5, 12, [1, 2, 4, 5]],
    [5, 50, 300, [5, 10, 20, 40, 50, 50, 50, 50, 25]],
    [5, 50, 3, [3]],
  ])('starts with %i, doubles up to %i: %i items in batches of %j', (first, perTask, n, sizes) => {
    expect(inBatches(items(n), { first, perTask, inFlight: 2 }).map((b) => b.length)).toEqual(
      sizes,
    );
  });

  it('holds every file once, in the order of the items, whichever batch finishes first', async () => {
    const r = slowFirst(10);
    const zip = await readAll(
      zipInBatches(items(10), r.render, (i) => `u/${i}.pdf`, { first: 1, perTask: 3, inFlight: 2 }),
    );
    const entries = await unzip(zip);
    expect(entries.map(([name]) => name)).toEqual(items(10).map((i) => `u/${i}.pdf`));
    expect(entries.map(([, bytes]) => bytes.toString())).toEqual(items(10).map((i) => `file ${i}`));
    // Stored as they are: PDFs are compressed inside already.
    expect(methods.slice(-10)).toEqual(Array(10).fill(0));
    expect(r.calls).toEqual([[0], [1, 2], [3, 4, 5], [6, 7, 8], [9]]);
  });

  it('runs at most `inFlight` batches at once, and does use them', async () => {
    const r = slowFirst(40);
    await readAll(zipInBatches(items(40), r.render, String, { first: 4, perTask: 4, inFlight: 2 }));
    expect(r.peak()).toBe(2);
  });

  it('starts no further batch while the reader has not taken what was written', async () => {
    let rendered = 0;
    // Random bytes do not compress: each batch is 1 MB in the zip.
    const render = (batch: number[]) => {
      rendered += batch.length;
      return Promise.resolve(batch.map(() => randomBytes(256 * 1024)));
    };
    const stream = zipInBatches(items(40), render, String, { first: 4, perTask: 4, inFlight: 1 });
    await sleep(300);
    expect(rendered).toBeLessThanOrEqual(8);
    const entries = await unzip(await readAll(stream));
    expect(entries).toHaveLength(40);
    expect(rendered).toBe(40);
  });

  it('stops when the reader goes away', async () => {
    let batches = 0;
    const render = async (batch: number[]) => {
      batches++;
      await sleep(10);
      return batch.map(() => randomBytes(256 * 1024));
    };
    const stream = zipInBatches(items(100), render, String, { first: 5, perTask: 5, inFlight: 2 });
    (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
    await sleep(200);
    expect(batches).toBeLessThanOrEqual(3);
  });

  it('ends the stream with the error of a failed batch', async () => {
    const render = (batch: number[]) =>
      batch[0] === 4
        ? Promise.reject(new Error('渲染失败'))
        : Promise.resolve(batch.map((i) => Buffer.from(String(i))));
    const stream = zipInBatches(items(12), render, String, { first: 2, perTask: 2, inFlight: 2 });
    await expect(readAll(stream)).rejects.toThrow('渲染失败');
  });
});
