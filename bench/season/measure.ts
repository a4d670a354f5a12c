/** Step timing for the season benchmark: wall time, peak RSS while it runs, and its floor. */

export interface StepResult {
  name: string;
  /** Wall time of the step through the service, less the time the bench spent as the client. */
  seconds: number;
  /** The library work alone on the same data, measured in the same run. */
  floorSeconds: number;
  /** seconds / floorSeconds */
  ratio: number;
  /** Rows, pages or certificates the step handled. */
  items: number;
  /** Peak resident set size of the process (service, workers and bench) during the step. */
  peakRssMb: number;
  /** What the items are, in Chinese, for the table. */
  unit: string;
  /** What the floor measures. */
  floor: string;
  /** Time the bench spent preparing clients' files (filling score sheets), not counted. */
  clientSeconds: number;
}

/** Samples the process's RSS every 20 ms until stopped; answers the peak in MB. */
export function rssWatch(): { stop(): number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss) / 1024 / 1024;
    },
  };
}

export const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

/** Wall time of `work` in seconds, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: seconds(start) };
}

/** Time spent as the client inside a step (filling files a grader would fill by hand). */
export class ClientClock {
  total = 0;
  async run<T>(work: () => Promise<T>): Promise<T> {
    const { value, seconds: s } = await timed(work);
    this.total += s;
    return value;
  }
}

/** Runs `fn` over `items` with at most `n` at a time, in order of start. */
export async function pool<T, R>(
  items: readonly T[],
  n: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  });
  await Promise.all(lanes);
  return out;
}

const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The table as printed. */
export function formatTable(steps: StepResult[], total: number): string {
  const head = ['步骤 step', 's', 'items', '/s', 'floor s', 'ratio', 'peak RSS MB'];
  const rows = steps.map((s) => [
    s.name,
    fmt(s.seconds, 2),
    `${s.items.toLocaleString('en-US')} ${s.unit}`,
    fmt(s.items / Math.max(s.seconds, 1e-9), 0),
    fmt(s.floorSeconds, 2),
    `${fmt(s.ratio, 2)}×`,
    fmt(s.peakRssMb, 0),
  ]);
  rows.push(['total', fmt(total, 1), '', '', '', '', '']);
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0 ? c + ' '.repeat(widths[i] - width(c)) : ' '.repeat(widths[i] - width(c)) + c,
      )
      .join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}
