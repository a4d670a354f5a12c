import { getPriority, setPriority } from 'node:os';

/**
 * The nice value of a document worker thread (issue 12: responsive under load). Rendering a
 * department's tickets or certificates keeps a core busy for tens of seconds; on the same core as
 * the service's main thread it held every request's answer behind it (p99 of reads 350–490 ms
 * during four 1,000-page downloads on one core). At nice 10 the kernel gives a runnable main
 * thread about ten times a worker's share, and a worker still has any core nobody else wants.
 */
export const DOCUMENT_THREAD_NICE = 10;

/**
 * Lowers the calling thread's priority: Linux keeps a nice value per thread, and
 * setpriority(PRIO_PROCESS, 0) sets the caller's. Raising it again needs privileges, so a
 * thread only ever lowers itself. Where the system refuses, the thread runs as before. Threads
 * the caller starts inherit its value: libuv's thread pool must have been started by the main
 * thread before (DocumentWorkers does), or the main thread's file and crypto work would run at
 * the documents' priority.
 */
export function yieldToRequests(nice = DOCUMENT_THREAD_NICE): number {
  // Elsewhere the call sets the whole process's priority (macOS) or its class (Windows).
  if (process.platform !== 'linux') return getPriority(0);
  try {
    if (getPriority(0) < nice) setPriority(0, nice);
  } catch {
    // Not permitted here (some sandboxes): the work runs at the service's priority.
  }
  return getPriority(0);
}
