import { PDFDocument } from 'pdf-lib';
import { renderTicketsPdf } from '../src/modules/documents/pdf/ticket.pdf';
import { DEFAULT_TICKET_INSTRUCTIONS } from '../src/modules/documents/pdf/ticket.pdf';
import type { TicketView } from '../src/modules/scheduling/domain/ticket-documents.types';
import { ticketQrPayload } from '../src/modules/scheduling/domain/ticket-number';
import { jpegImage } from '../test/factories/files.factory';
import { time } from './bench-app';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 2000);
const BATCH = 100;

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

/** One department batch of tickets as the download builds it: batches of 100 pages, joined with pdf-lib. */
async function main(): Promise<void> {
  const photo = jpegImage(295, 413);
  const views = Array.from({ length: TICKETS }, (_, i) => ticket(i, photo));
  let peak = 0;
  const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  console.log(
    `admission-ticket benchmark: ${TICKETS} tickets (one department batch), each with a photo and a QR code`,
  );
  const merged = await time(`render ${TICKETS} pages in batches of ${BATCH} + join`, async () => {
    const out = await PDFDocument.create();
    for (let i = 0; i < views.length; i += BATCH) {
      const part = await PDFDocument.load(await renderTicketsPdf(views.slice(i, i + BATCH)));
      for (const page of await out.copyPages(part, part.getPageIndices())) out.addPage(page);
    }
    return Buffer.from(await out.save());
  });
  clearInterval(watch);
  console.log(
    `  ${(merged.length / 1024 / 1024).toFixed(1)} MB, peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
  );
}

void main();
