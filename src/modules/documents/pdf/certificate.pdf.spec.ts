import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { makeCertificateView } from '../../../../test/factories/certificate.factory';
import {
  buildCertificatesDoc,
  CertificateView,
  certificateTitle,
  chineseDate,
  renderCertificatesPdf,
} from './certificate.pdf';
import { forgetLayouts } from './layout-once';
import { renderPdf } from './pdf-renderer';
import { qrImage } from './qr-code';
import { differingPixels, hasPoppler, pageImages } from '../../../../test/support/pdf-pages';

export const CERTIFICATE_VIEW: CertificateView = makeCertificateView({
  verifyUrl: 'https://ks.example.cn/api/v1/public/certificates/verify',
});
const QR = CERTIFICATE_VIEW.qrText;

function poppler(tool: string, args: string[], pdf: Buffer): string | null {
  const run = spawnSync(tool, args, { input: pdf });
  return run.status === 0 ? run.stdout.toString('utf8') : null;
}

/** The definition's texts, a paragraph's runs joined (a statement is one run per line). */
const texts = (doc: unknown): string =>
  JSON.stringify(doc, (key, value: unknown) =>
    key === 'text' && Array.isArray(value)
      ? (value as { text: string }[]).map((v) => v.text).join('')
      : value,
  );

describe('certificate PDF (合格证明)', () => {
  it.each([
    ['2025-10-15', '2025年10月15日'],
    ['2026-01-05', '2026年1月5日'],
  ])('writes the date %s as %s', (date, zh) => expect(chineseDate(date)).toBe(zh));

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => chineseDate('2025/10/15')).toThrow('YYYY-MM-DD');
  });

  it('prints the title of the year, every field, the authority, the date and the QR code', () => {
    const doc = buildCertificatesDoc([CERTIFICATE_VIEW]);
    const json = texts(doc.content);
    expect(doc.info?.title).toBe(`${certificateTitle(2025)}（张建国）`);
    for (const expected of [
      '2025年度大连市机关事业单位工勤技能人员',
      '技术等级晋升考核合格证明',
      '张建国',
      '21020219800101123X',
      '大连市演示第一中学',
      '汽车驾驶员',
      '"技师"',
      '"考试"',
      '证书编号：DL2025-J-000123',
      '发证机关：大连市人力资源和社会保障局',
      '发证日期：2025年10月15日',
      '经考核合格，特发此证明。',
      '扫码验证',
      '验证网址：https://ks.example.cn/api/v1/public/certificates/verify',
    ]) {
      expect(json).toContain(expected);
    }
    // The code is the signed link at ECC M, 89 points square.
    expect(json).toContain(JSON.stringify(qrImage(QR, 91, 'M').image));
    expect(json).not.toContain('补发');
  });

  it('names 免考复核认定 and, for a reissue, the number it replaces', () => {
    const json = texts(
      buildCertificatesDoc([
        { ...CERTIFICATE_VIEW, route: 'exempt-review', reissueOf: 'DL2025-J-000007' },
      ]).content,
    );
    expect(json).toContain('免考复核认定');
    expect(json).toContain('本证明补发，原证书编号 DL2025-J-000007 作废。');
  });

  it('titles a batch by the session only', () => {
    const doc = buildCertificatesDoc([CERTIFICATE_VIEW, { ...CERTIFICATE_VIEW, name: '李红' }]);
    expect(doc.info?.title).toBe(certificateTitle(2025));
  });

  it('renders one A4 portrait page per certificate', async () => {
    const long = {
      ...CERTIFICATE_VIEW,
      name: '欧阳建国',
      unitName: '大连市演示区城市管理综合行政执法局市政设施维护管理服务中心第二管理所',
      departmentName: '大连市演示区城市管理综合行政执法局（演示）',
      reissueOf: 'DL2025-J-000007',
    };
    const views = [CERTIFICATE_VIEW, long, CERTIFICATE_VIEW];
    const pdf = await renderCertificatesPdf(views);
    if (process.env.CERTIFICATE_PDF_OUT) writeFileSync(process.env.CERTIFICATE_PDF_OUT, pdf);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(3);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
  });

  it('refuses an empty batch', () => {
    expect(() => buildCertificatesDoc([])).toThrow('没有可生成的合格证明');
  });
});

/**
 * The definition as before issue 12: every text for pdfmake to break and measure itself. But the
 * title: pdfmake spaces characters (`characterSpacing: 3`) only within one piece of text, so the
 * title cut into one piece per character was printed without its spacing; as one run it has it.
 */
function asPdfmakeWouldWrap(content: unknown): unknown {
  if (Array.isArray(content)) return content.map(asPdfmakeWouldWrap);
  if (!content || typeof content !== 'object' || Buffer.isBuffer(content)) return content;
  const node = { ...(content as Record<string, unknown>) };
  if (node.style !== 'title') delete node.noWrap;
  if (Array.isArray(node.text))
    node.text = (node.text as { text: string }[]).map((line) => line.text).join('');
  for (const [k, v] of Object.entries(node)) node[k] = asPdfmakeWouldWrap(v);
  return node;
}

describe('issue 12: certificates drawn in runs look the same as pdfmake wrapping every character', () => {
  const views = [
    CERTIFICATE_VIEW,
    makeCertificateView({
      name: '欧阳建国',
      unitName: '大连市演示区城市管理综合行政执法局市政设施维护管理服务中心第二管理所',
      departmentName: '大连市演示区城市管理综合行政执法局（演示）',
      occupation: '中式烹调师',
      reissueOf: 'DL2025-J-000007',
    }),
    makeCertificateView({
      name: '李红',
      occupation: '电工',
      level: 'junior',
      route: 'exempt-review',
    }),
    makeCertificateView({
      name: '司马长风',
      occupation: '汽车维修工（机动车检测工）',
      issuer: '大连市人力资源和社会保障局（大连市职业技能鉴定指导中心）',
    }),
  ];

  it('hands the statement to pdfmake as lines, and a text too long for its cell as it is', () => {
    const doc = JSON.stringify(buildCertificatesDoc(views).content);
    expect(doc).toContain('{"text":"欧阳建国","noWrap":true');
    expect(doc).not.toContain(
      '"text":"大连市演示区城市管理综合行政执法局市政设施维护管理服务中心第二管理所","noWrap"',
    );
  });

  (hasPoppler ? it : it.skip)('every page matches, pixel for pixel but anti-aliasing', async () => {
    const doc = buildCertificatesDoc(views);
    const before = { ...doc, content: asPdfmakeWouldWrap(doc.content) as typeof doc.content };
    const [now, then] = [pageImages(await renderPdf(doc)), pageImages(await renderPdf(before))];
    expect(now).toHaveLength(views.length);
    expect(then).toHaveLength(views.length);
    // Another person's page differs by thousands of pixels, and so would a line broken elsewhere.
    // The same glyphs drawn as one run rather than word by word differ by anti-aliasing: a few
    // hundred pixels on each line of Latin letters and digits (the number, the link) at most.
    expect(differingPixels(now![0], then![2])).toBeGreaterThan(2000);
    now!.forEach((page, i) => expect(differingPixels(page, then![i])).toBeLessThan(600));
  });
});

describe('issue 12: certificates laid out once per shape and filled in look as pdfmake lays each out', () => {
  beforeEach(() => forgetLayouts());

  // Names, units and occupations of other widths (the statement breaks elsewhere), another
  // date, a reissue line, 免考复核认定, a unit name that wraps.
  const views = [
    CERTIFICATE_VIEW,
    makeCertificateView({ name: '欧阳建国', occupation: '中式烹调师', number: 'DL2025-J-000123' }),
    makeCertificateView({
      name: '李红',
      occupation: '电工',
      level: 'junior',
      issueDate: '2025-12-01',
    }),
    makeCertificateView({ name: '张三', route: 'exempt-review', reissueOf: 'DL2025-J-000007' }),
    makeCertificateView({
      name: '王五',
      unitName: '大连市演示区城市管理综合行政执法局市政设施维护管理服务中心第二管理所',
    }),
    makeCertificateView({ name: '赵六', gender: '女', departmentName: '大连市教育局' }),
  ];

  (hasPoppler ? it : it.skip)('every page matches, pixel for pixel', async () => {
    const stats = { layouts: 0, filled: 0 };
    const filled = pageImages(await renderCertificatesPdf(views, undefined, stats));
    const laidOut = pageImages(await renderPdf(buildCertificatesDoc(views)));
    expect(filled).toHaveLength(views.length);
    // Another person's page differs by thousands of pixels.
    expect(differingPixels(filled![0], laidOut![1])).toBeGreaterThan(2000);
    filled!.forEach((page, i) => expect(differingPixels(page, laidOut![i])).toBeLessThan(20));
    expect(stats.filled).toBeGreaterThanOrEqual(2);
  });

  it('one certificate a document, as the zip signs them: laid out once for all', async () => {
    const stats = { layouts: 0, filled: 0 };
    const same = views.slice(0, 2).concat(views[5]);
    const texts: string[] = [];
    for (const view of same) {
      const pdf = await renderCertificatesPdf([view], undefined, stats);
      texts.push(poppler('pdftotext', ['-layout', '-', '-'], pdf) ?? view.name);
    }
    expect(stats).toEqual({ layouts: 1, filled: 2 });
    same.forEach((view, i) => {
      expect(texts[i]).toContain(view.name);
      for (const other of same) if (other !== view) expect(texts[i]).not.toContain(other.name);
    });
  });
});
