import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import pdfmake from 'pdfmake';
import { buildSummaryTableDoc } from './summary-table.pdf';
import { CJK_FONT, cjkFontPaths, ensurePdfFonts, renderPdf, renderPdfStream } from './pdf-renderer';

/** Output of a poppler tool (pdftotext, pdfinfo) fed on stdin, or null where it is not installed. */
function poppler(tool: string, args: string[], pdf: Buffer): string | null {
  const run = spawnSync(tool, args, { input: pdf });
  return run.status === 0 ? run.stdout.toString('utf8') : null;
}

/** The number of glyphs in each embedded font program (FontFile2) of a PDF. */
async function embeddedGlyphCounts(pdf: Buffer): Promise<number[]> {
  const doc = await PDFDocument.load(pdf);
  const counts: number[] = [];
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (
      !(object instanceof PDFDict) ||
      object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')
    )
      continue;
    const file = doc.context.lookup(object.get(PDFName.of('FontFile2')));
    const bytes = decodePDFRawStream(file as PDFRawStream).decode();
    counts.push((fontkit.create(Buffer.from(bytes)) as { numGlyphs: number }).numGlyphs);
  }
  return counts;
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

  it('parses the font once yet subsets it per document: a PDF embeds only its own glyphs', async () => {
    // Many glyphs first: a parsed font shared by renders must not carry them into the next PDF.
    const many = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    await renderPdf({ content: [{ text: many }, { text: many, bold: true }] });
    const pdf = await renderPdf({ content: [{ text: '甲乙丙' }, { text: '丁', bold: true }] });
    // Each subset holds .notdef plus the glyphs printed in that weight.
    expect((await embeddedGlyphCounts(pdf)).sort()).toEqual([2, 4]);
    const text = poppler('pdftotext', ['-', '-'], pdf);
    if (text !== null) expect(text.replace(/\s/g, '')).toBe('甲乙丙丁');
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
