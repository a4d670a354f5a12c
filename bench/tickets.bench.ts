import { execFileSync } from 'node:child_process';
import { PDFDocument } from 'pdf-lib';
import { chunks, mapConcurrent } from '../src/common/async/map-concurrent';
import { renderTicketsPdf } from '../src/modules/documents/pdf/ticket.pdf';
import { DEFAULT_TICKET_INSTRUCTIONS } from '../src/modules/documents/pdf/ticket.pdf';
import { DocumentJobs } from '../src/modules/documents/workers/document-jobs';
import { DocumentWorkers } from '../src/modules/documents/workers/document-workers';
import type { TicketView } from '../src/modules/scheduling/domain/ticket-documents.types';
import { ticketQrPayload } from '../src/modules/scheduling/domain/ticket-number';
import { jpegImage } from '../test/factories/files.factory';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 2000);
/** TicketsService's PAGES_PER_BATCH (not imported: that would load the whole service here). */
const BATCH = 50;

function ticket(i: number, photo: Buffer): TicketView {
  const number = `2025${(i % 7) + 1}${String((i % 300) + 1).padStart(3, '0')}${String((i % 30) + 1).padStart(2, '0')}`;
  return {
    sessionTitle: '2025年度大连市机关事业单位工勤技能人员技术等级晋升考核',
    issuer: '大连市就业和人才服务中心',
    ticketNumber: number,
    name: `考生${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`,
    gender: i % 2 ? '男' : '女',
    idNumber: '11010519491231002X',
    unitName: '大连市第一中学',
    departmentName: '大连市教育局',
    occupation: '维修电工',
    levelName: '高级工',
    paperCategory: '电工',
    sittings: [
      {
        componentName: '理论考试',
        date: '2025-09-13',
        startTime: '09:00',
        endTime: '11:00',
        venueName: '大连市第一考点',
        venueAddress: '中山区人民路1号',
        examRoom: 12,
        roomName: '一号楼201',
        seat: (i % 30) + 1,
      },
      {
        componentName: '实际操作考核',
        date: '2025-09-13',
        startTime: '14:00',
        endTime: '16:00',
        venueName: '大连市第一考点',
        venueAddress: '中山区人民路1号',
        examRoom: 12,
        roomName: '一号楼201',
        seat: (i % 30) + 1,
      },
    ],
    photo,
    qrPayload: ticketQrPayload(number, 'bench-secret'),
    instructions: DEFAULT_TICKET_INSTRUCTIONS,
  };
}

const MB = 1024 * 1024;

/**
 * Runs `work` and prints pages/s (wall clock), the CPU time per page of this process (all its
 * threads: main, the document workers, the garbage collector) and its peak RSS meanwhile.
 */
async function measured(label: string, pages: number, work: () => Promise<Buffer[]>) {
  let peak = process.memoryUsage().rss;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const files = await work();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(watch);
  const size = files.reduce((sum, f) => sum + f.length, 0) / MB;
  console.log(
    `${label.padEnd(52)} ${(pages / (ms / 1000)).toFixed(0).padStart(5)} pages/s` +
      `  ${((cpu.user + cpu.system) / 1000 / pages).toFixed(2).padStart(6)} ms CPU/page` +
      `  peak RSS ${(peak / MB).toFixed(0).padStart(4)} MB  ${size.toFixed(1)} MB out`,
  );
}

/** One core: batches of 100 rendered one after another on the main thread, joined with pdf-lib. */
async function renderInProcess(views: TicketView[]): Promise<Buffer> {
  const out = await PDFDocument.create();
  for (const batch of chunks(views, BATCH)) {
    const part = await PDFDocument.load(await renderTicketsPdf(batch));
    for (const page of await out.copyPages(part, part.getPageIndices())) out.addPage(page);
  }
  return Buffer.from(await out.save());
}

/** A department's GET /tickets.pdf as TicketsService does it, `parallel` batches at a time. */
async function download(jobs: DocumentJobs, views: TicketView[], parallel: number) {
  const parts = await mapConcurrent(chunks(views, BATCH), parallel, (b) => jobs.ticketsPdf(b));
  return jobs.mergePdfs(parts, 'bench');
}

const CASES: Record<string, (views: TicketView[], jobs: DocumentJobs) => Promise<Buffer[]>> = {
  'one core: in-process batches + join': async (views) => [await renderInProcess(views)],
  'pool, batches one at a time (as before issue 12)': async (views, jobs) => {
    const out: Buffer[] = [];
    for (const half of chunks(views, Math.ceil(views.length / 2))) {
      out.push(await download(jobs, half, 1));
    }
    return out;
  },
  'pool, 2 batches at once per download': async (views, jobs) => {
    const out: Buffer[] = [];
    for (const half of chunks(views, Math.ceil(views.length / 2))) {
      out.push(await download(jobs, half, 2));
    }
    return out;
  },
  'pool, two departments at once': (views, jobs) =>
    Promise.all(chunks(views, Math.ceil(views.length / 2)).map((h) => download(jobs, h, 2))),
};

/** One case in this process: the pool started and warm (fonts read) first, as in a service. */
async function runCase(name: string): Promise<void> {
  const photo = jpegImage(295, 413);
  const views = Array.from({ length: TICKETS }, (_, i) => ticket(i, photo));
  const workers = new DocumentWorkers({ threads: 2 });
  const jobs = new DocumentJobs(workers);
  try {
    if (name.startsWith('pool')) {
      await Promise.all([jobs.ticketsPdf(views.slice(0, 2)), jobs.ticketsPdf(views.slice(2, 4))]);
    }
    await measured(name, TICKETS, () => CASES[name](views, jobs));
  } finally {
    await workers.onModuleDestroy();
  }
}

/**
 * Admission tickets of one department (BENCH_TICKETS, default 2,000), each with a photo and a
 * QR code. The service caps one PDF at 1,000 pages, so the pool cases render them as two
 * downloads of half each, one after the other or both at once. Each case runs in a process of
 * its own, so that its peak RSS is its own.
 */
function main(): void {
  const only = process.argv[2];
  if (only) {
    void runCase(only);
    return;
  }
  console.log(`admission-ticket benchmark: ${TICKETS} tickets, batches of ${BATCH} pages`);
  for (const name of Object.keys(CASES)) {
    execFileSync(process.execPath, [__filename, name], { stdio: 'inherit' });
  }
}

main();
