import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pdfmake from 'pdfmake';
import { buildSummaryTableDoc } from './summary-table.pdf';
import { CJK_FONT, cjkFontPaths, ensurePdfFonts, renderPdf, renderPdfStream } from './pdf-renderer';

/** Output of a poppler tool (pdftotext, pdfinfo) fed on stdin, or null where it is not installed. */
function poppler(tool: string, args: string[], pdf: Buffer): string | null {
  const run = spawnSync(tool, args, { input: pdf });
  return run.status === 0 ? run.stdout.toString('utf8') : null;
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const smallSummary = () =>
  buildSummaryTableDoc(
    [
      {
        seq: 1,
        name: '张建国',
        gender: '男',
        birthMonth: '1975-03',
        idNumber: '21020219750312101X',
        education: '中专',
        workStartDate: '1995-07-01',
        currentOccupation: null,
        currentLevel: null,
        currentCertDate: null,
        targetOccupation: '维修电工',
        targetLevel: '初级工',
      },
    ],
    {
      title: '大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表',
      departmentName: '大连市财政局',
    },
  );

describe('pdf renderer', () => {
  it('finds both font files through the package.json', () => {
    const paths = cjkFontPaths();
    expect(existsSync(paths.normal) && existsSync(paths.bold)).toBe(true);
  });

  it('registers the CJK family once, idempotently', () => {
    ensurePdfFonts();
    ensurePdfFonts();
    expect(Object.keys(pdfmake.fonts)).toContain(CJK_FONT);
  });

  it('renders a PDF with embedded subset fonts and the Chinese cells', async () => {
    const pdf = await renderPdf(smallSummary());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    const info = poppler('pdfinfo', ['-'], pdf);
    if (info !== null) {
      expect(info).toMatch(/Title:\s+大连市机关事业单位工勤技能人员技术等级晋升考核申报汇总表/);
      expect(info).toMatch(/Producer:\s+dalian-skill-exam/);
    }
    const text = poppler('pdftotext', ['-layout', '-', '-'], pdf);
    if (text !== null) {
      expect(text).toContain('申报职业等级情况');
      expect(text).toContain('张建国');
      expect(text).toContain('主管部门：大连市财政局（盖章）');
      expect(text.replace(/ /g, '')).toContain('第1页共1页');
    }
  });

  it('streams a complete PDF', async () => {
    const pdf = await collect(await renderPdfStream(smallSummary()));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('refuses URLs and local files other than the fonts', async () => {
    const withImage = (src: string) => ({ content: [{ image: 'x' }], images: { x: src } });
    await expect(renderPdf(withImage('https://example.com/a.png'))).rejects.toThrow(/URL/);
    await expect(renderPdf(withImage('/etc/hostname'))).rejects.toThrow(/local file/);
  });
});
