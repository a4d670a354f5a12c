import { PassThrough, Readable } from 'node:stream';
import { ZipFile } from 'yazl';

export interface ZipBatches {
  /** Files rendered by the first task; each next task renders twice as many, up to `perTask`. */
  first: number;
  /** Files rendered by one task at most. */
  perTask: number;
  /** Tasks running at once (the document pool's threads). */
  inFlight: number;
}

/**
 * A zip of one file per item, streamed while the files are made: the items go in batches to
 * `render` (one worker task each; small at first, then larger), up to `inFlight` batches at once, and each batch's files
 * enter the zip in the items' order as soon as it and the ones before it are done. The files
 * are piped into the zip, so they move only as fast as the reader takes them, and the next
 * batch starts once the zip has taken the last file of one: a slow reader holds at most the
 * batches in flight in memory. A reader that goes away (the stream is destroyed) stops the
 * work; a failed batch destroys the stream with its error.
 */
export function zipInBatches<T>(
  items: readonly T[],
  render: (batch: T[]) => Promise<Buffer[]>,
  nameOf: (item: T) => string,
  o: ZipBatches,
): NodeJS.ReadableStream {
  const zip = new ZipFile();
  const out = zip.outputStream as PassThrough;
  const batches = inBatches(items, o);
  const started: Promise<Buffer[]>[] = [];
  const start = (i: number) => {
    const task = render(batches[i]);
    // Awaited in order below; until then a rejection must not count as unhandled.
    task.catch(() => undefined);
    started.push(task);
  };
  void (async () => {
    try {
      for (let i = 0; i < Math.min(o.inFlight, batches.length); i++) start(i);
      for (let i = 0; i < batches.length; i++) {
        const files = await started.shift()!;
        if (out.destroyed) return;
        const streams = files.map((bytes) => Readable.from([bytes], { objectMode: false }));
        batches[i].forEach((item, k) =>
          // Stored, not deflated: a PDF's streams are compressed already (−10 % for 0.7 ms each).
          zip.addReadStream(streams[k], nameOf(item), { size: files[k].length, compress: false }),
        );
        await taken(streams[streams.length - 1], out);
        if (out.destroyed) return;
        if (i + o.inFlight < batches.length) start(i + o.inFlight);
      }
      zip.end();
    } catch (e) {
      out.destroy(e as Error);
    }
  })();
  return out;
}

/** Growing batches, so the first files (and the reader's first bytes) come quickly. */
export function inBatches<T>(items: readonly T[], o: ZipBatches): T[][] {
  const batches: T[][] = [];
  let size = Math.min(o.first, o.perTask);
  for (let i = 0; i < items.length; i += size, size = Math.min(size * 2, o.perTask))
    batches.push(items.slice(i, i + size));
  return batches;
}

/** Resolves once the zip has read all of `file` (or its output is gone). */
function taken(file: Readable, out: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      file.off('end', done);
      out.off('close', done);
      resolve();
    };
    file.on('end', done);
    out.on('close', done);
  });
}
