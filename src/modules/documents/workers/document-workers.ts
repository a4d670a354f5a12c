import { Inject, Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { DomainError } from '../../../common/errors/domain-error';
import {
  asBuffer,
  type DocumentTask,
  type DocumentTaskResults,
  type TaskKind,
  type WorkerReply,
} from './document-tasks';
import { documentsBusy, type TaskFailures } from './worker-errors';

export interface DocumentPoolOptions {
  /** Worker threads: the machine's 2 cores render in parallel, no more. */
  threads: number;
  /** Tasks waiting for a thread; one more answers 503 DOCUMENTS_BUSY. */
  queue: number;
  /** V8 old-generation heap of each worker; reaching it ends that worker and its task only. */
  heapMb: number;
  /** The worker module (tests point it at hostile stand-ins). */
  filename: string;
}

export const DOCUMENT_POOL_OPTIONS = Symbol('DOCUMENT_POOL_OPTIONS');

export const DEFAULT_POOL_OPTIONS: Readonly<DocumentPoolOptions> = Object.freeze({
  threads: Math.max(1, Math.min(2, availableParallelism())),
  queue: 32,
  heapMb: 384,
  filename: workerFile(),
});

/** The built worker in dist/, or the TypeScript shim when running from sources (jest). */
function workerFile(): string {
  const compiled = join(__dirname, 'document-worker.js');
  return existsSync(compiled) ? compiled : join(__dirname, 'document-worker.dev.js');
}

/**
 * A bounded pool of worker threads for everything that parses uploads or renders documents
 * (security-checklist rows 27, 34; findings 1, 2). Each task has a real timeout: on expiry its
 * thread is terminated, not merely no longer awaited.
 */
@Injectable()
export class DocumentWorkers implements OnModuleDestroy {
  private readonly logger = new Logger('DocumentWorkers');
  private readonly pool: Piscina;
  /** Tasks accepted and not yet settled; bounded by threads + queue. */
  private inFlight = 0;
  private readonly capacity: number;
  /** Tasks on a thread now; at most `threads`. The others wait their turn here, in order. */
  private running = 0;
  private readonly threads: number;
  private readonly turns: (() => void)[] = [];

  constructor(@Optional() @Inject(DOCUMENT_POOL_OPTIONS) options?: Partial<DocumentPoolOptions>) {
    const o = { ...DEFAULT_POOL_OPTIONS, ...options };
    // Counted here: piscina's own maxQueue does not bound tasks that carry an AbortSignal.
    this.capacity = o.threads + o.queue;
    this.threads = o.threads;
    // libuv's thread pool starts with its first task, its threads inheriting the starter's
    // priority: started here, by the main thread, it never runs at the workers' nice 10.
    void stat(__filename).catch(() => undefined);
    this.pool = new Piscina({
      filename: o.filename,
      name: 'runDocumentTask',
      minThreads: 0,
      maxThreads: o.threads,
      idleTimeout: 30_000,
      // 16 MB of young generation, not 32: with both threads rendering one download, each
      // thread's nursery counted in the peak RSS (−50 MB for a 1,000-page download).
      resourceLimits: { maxOldGenerationSizeMb: o.heapMb, maxYoungGenerationSizeMb: 16 },
    });
    // A worker that dies outside a task (or cannot start) is reported here; unheard, piscina's
    // 'error' event would end the process.
    this.pool.on('error', (e: unknown) =>
      this.logger.error({
        msg: 'document worker error',
        error: String((e as Error)?.message ?? e),
      }),
    );
  }

  /**
   * Runs one task; a refusal inside the worker comes back as the same DomainError. Its timeout
   * counts from when a thread takes it, not from when it joined the queue: four departments
   * downloading at once must not time out waiting behind each other (issue 12).
   */
  async run<K extends TaskKind>(
    task: DocumentTask<K>,
    timeoutMs: number,
    failures: TaskFailures,
  ): Promise<DocumentTaskResults[K]> {
    if (this.inFlight >= this.capacity) throw documentsBusy();
    this.inFlight++;
    let reply: WorkerReply<DocumentTaskResults[K]>;
    try {
      await this.turn();
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), timeoutMs);
      try {
        reply = (await this.pool.run(task, { signal: abort.signal })) as typeof reply;
      } catch (e) {
        throw this.failure(task.kind, e, abort.signal.aborted, failures);
      } finally {
        clearTimeout(timer);
        this.done();
      }
    } finally {
      this.inFlight--;
    }
    if (!reply.ok) {
      const { kind, code, message, details } = reply.error;
      throw new DomainError(kind, code, message, details);
    }
    return revive(reply.value);
  }

  /** Waits for a free thread, first come first served. */
  private turn(): Promise<void> {
    if (this.running < this.threads) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.turns.push(resolve));
  }

  /** Hands the thread to the next waiting task, if any. */
  private done(): void {
    const next = this.turns.shift();
    if (next) next();
    else this.running--;
  }

  private failure(kind: TaskKind, e: unknown, timedOut: boolean, f: TaskFailures): DomainError {
    // Duck-typed: errors raised by worker_threads may come from another realm (jest).
    const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
    if (timedOut) return f.timeout();
    if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.logger.warn({ msg: 'document worker out of memory', task: kind });
      return f.memory();
    }
    this.logger.error({ msg: 'document worker failed', task: kind, error: String(message ?? e) });
    return f.crash();
  }

  /** Tasks running or waiting (for tests and monitoring). */
  get pending(): number {
    return this.inFlight;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.destroy();
  }
}

/** Buffers come back as Uint8Arrays: turn results (a Buffer, Buffers, an object) back. */
function revive<T>(value: T): T {
  if (value instanceof Uint8Array) return asBuffer(value) as T;
  if (Array.isArray(value) && value.every((v) => v instanceof Uint8Array)) {
    return value.map((v: Uint8Array) => asBuffer(v)) as T;
  }
  if (value && typeof value === 'object' && 'bytes' in value && value.bytes instanceof Uint8Array) {
    return { ...value, bytes: asBuffer(value.bytes) };
  }
  return value;
}
