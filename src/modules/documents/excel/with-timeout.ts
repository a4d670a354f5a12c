/**
 * Settles with `work`, or rejects with `onTimeout()` after `ms`. The timer is always cleared so
 * it never keeps the event loop alive. A truncated xlsx can leave a parser promise pending
 * forever (checklist row 29), hence every parse is raced against this.
 *
 * Note: this stops *waiting*; it cannot stop synchronous work. Callers pass `onTimeout` to also
 * tear down their streams. What bounds a parse for real is the document worker pool
 * (workers/document-workers.ts): every parse runs in a worker thread that is terminated when
 * its task's time is up.
 */
export async function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => Error,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), Math.max(0, ms));
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
