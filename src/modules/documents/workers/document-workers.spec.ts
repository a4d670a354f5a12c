import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { DomainError } from '../../../common/errors/domain-error';
import { generatePdfKey } from '../../certificates/signing/key-material';
import { checkPdfSignature } from '../../certificates/signing/pdf-signature-check';
import { makeCertificateView } from '../../../../test/factories/certificate.factory';
import { corruptPng, jpegImage } from '../../../../test/factories/files.factory';
import { DocumentWorkers } from './document-workers';
import { DOCUMENT_THREAD_NICE, yieldToRequests } from './thread-priority';
import type { TaskFailures } from './worker-errors';

const HOSTILE = join(__dirname, '../../../../test/fixtures/workers/hostile-worker.js');

const FAILURES: TaskFailures = {
  timeout: () => new DomainError('unavailable', 'T_TIMEOUT', '超时'),
  memory: () => new DomainError('payload-too-large', 'T_MEMORY', '内存'),
  crash: () => new DomainError('unprocessable', 'T_CRASH', '崩溃'),
};

const task = (kind: string, extra: object = {}) => ({ kind, ...extra }) as never;

describe('DocumentWorkers with hostile tasks (finding 2)', () => {
  let pool: DocumentWorkers;
  beforeAll(() => {
    pool = new DocumentWorkers({ filename: HOSTILE, threads: 2, queue: 2, heapMb: 48 });
  });
  afterAll(() => pool.onModuleDestroy());

  const run = (kind: string, ms = 5_000, extra: object = {}) =>
    pool.run(task(kind, extra), ms, FAILURES);

  it('a throw from a zlib callback ends one task, not the process', async () => {
    await expect(run('zlib-callback-throw')).rejects.toMatchObject({ code: 'T_CRASH' });
    await expect(run('ok')).resolves.toBe('done ok');
  });

  it('a task that exhausts its heap ends its worker only', async () => {
    await expect(run('exhaust-heap', 30_000)).rejects.toMatchObject({ code: 'T_MEMORY' });
    await expect(run('ok')).resolves.toBe('done ok');
  });

  it('a timeout terminates a task that never yields, and the threads stay usable', async () => {
    const started = Date.now();
    await expect(run('spin', 300)).rejects.toMatchObject({ code: 'T_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(Promise.all([run('a'), run('b')])).resolves.toEqual(['done a', 'done b']);
  });

  it("a task's timeout counts from when a thread takes it, not its time in the queue", async () => {
    await pool.onModuleDestroy();
    pool = new DocumentWorkers({ filename: HOSTILE, threads: 1, queue: 4 });
    await run('warm');
    // Each takes 250 ms with 400 ms allowed: the third waits 500 ms before it starts.
    const jobs = [1, 2, 3].map(() => run('sleep', 400, { ms: 250 }));
    await expect(Promise.all(jobs)).resolves.toHaveLength(3);
    // A task that runs too long still times out, queued or not.
    const slow = [run('sleep', 5_000, { ms: 200 }), run('spin', 300)];
    const [first, second] = await Promise.allSettled(slow);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'T_TIMEOUT' } });
  });

  it('a full queue answers DOCUMENTS_BUSY (503) instead of piling up', async () => {
    await pool.onModuleDestroy();
    pool = new DocumentWorkers({ filename: HOSTILE, threads: 2, queue: 2 });
    await Promise.all([run('warm'), run('warm')]);
    // 2 running + 2 waiting are accepted; the fifth and sixth are refused at once.
    const jobs = Array.from({ length: 6 }, () => run('sleep', 5_000, { ms: 300 }));
    const settled = await Promise.allSettled(jobs);
    const busy = settled.filter(
      (s) => s.status === 'rejected' && (s.reason as DomainError).code === 'DOCUMENTS_BUSY',
    );
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(4);
    expect(busy).toHaveLength(2);
    expect((busy[0] as PromiseRejectedResult).reason).toMatchObject({ kind: 'unavailable' });
  });
});

describe('DocumentWorkers with the real worker, from TypeScript sources', () => {
  let pool: DocumentWorkers;
  beforeAll(() => {
    pool = new DocumentWorkers({ threads: 1 });
  });
  afterAll(() => pool.onModuleDestroy());

  it('re-encodes a photo in a worker thread', async () => {
    const out = await pool.run(
      { kind: 'normalize-photo', file: jpegImage(1200, 1600) },
      20_000,
      FAILURES,
    );
    expect(Buffer.isBuffer(out.bytes)).toBe(true);
    expect([out.width, out.height]).toEqual([600, 800]);
  });

  it('brings a refusal back as the same DomainError', async () => {
    const refused = pool.run({ kind: 'normalize-photo', file: corruptPng() }, 20_000, FAILURES);
    await expect(refused).rejects.toBeInstanceOf(DomainError);
    await expect(refused).rejects.toMatchObject({ kind: 'validation', code: 'PHOTO_CORRUPT' });
  });

  it('renders and signs a batch of certificates: one signed one-page PDF each, in order', async () => {
    const pem = generatePdfKey(new Date('2025-01-01T00:00:00Z'));
    const key = { privateKeyPem: pem.privateKeyPem, certificatePem: pem.certificatePem ?? '' };
    const names = ['张建国', '李秀英', '王鑫'];
    const views = names.map((name, i) =>
      makeCertificateView({ name, number: `DL2025-J-00000${i}` }),
    );
    const pdfs = await pool.run(
      { kind: 'certificate-pdfs', views, key, signedAt: '2025-10-15T02:00:00.000Z' },
      60_000,
      FAILURES,
    );
    expect(pdfs).toHaveLength(3);
    for (const [i, pdf] of pdfs.entries()) {
      expect(Buffer.isBuffer(pdf)).toBe(true);
      const doc = await PDFDocument.load(pdf);
      expect(doc.getPageCount()).toBe(1);
      expect(doc.getTitle()).toContain(`（${names[i]}）`);
      expect(checkPdfSignature(pdf)).toMatchObject({
        valid: true,
        subFilter: 'adbe.pkcs7.detached',
      });
    }
  }, 60_000);

  /** The nice value of each of this process's threads (Linux: /proc/self/task/<tid>/stat). */
  function threadNices(): Map<number, number> {
    const nices = new Map<number, number>();
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state is 3rd, nice the 19th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      nices.set(Number(tid), Number(fields[16]));
    }
    return nices;
  }

  (existsSync('/proc/self/task') ? it : it.skip)(
    'issue 12: a worker thread runs at nice 10, so requests come before documents; the main thread keeps its own',
    async () => {
      const before = threadNices();
      const fresh = new DocumentWorkers({ threads: 1 });
      try {
        await fresh.run({ kind: 'normalize-photo', file: jpegImage(60, 80) }, 20_000, FAILURES);
        const after = threadNices();
        const started = [...after].filter(([tid]) => !before.has(tid)).map(([, nice]) => nice);
        expect(started).toContain(DOCUMENT_THREAD_NICE);
        expect(after.get(process.pid)).toBe(before.get(process.pid));
        expect(after.get(process.pid)).toBeLessThan(DOCUMENT_THREAD_NICE);
      } finally {
        await fresh.onModuleDestroy();
      }
    },
  );
});

describe('yieldToRequests', () => {
  it('never raises a priority: a thread already nicer keeps its value', () => {
    expect(yieldToRequests(-5)).toBe(getPriority(0));
  });
});
