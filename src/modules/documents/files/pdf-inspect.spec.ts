import { PDFDocument, PDFName } from 'pdf-lib';
import { pdfFile } from '../../../../test/factories/files.factory';
import { inspectPdf } from './pdf-inspect';

/** A real PDF written by pdf-lib (catalog inside an object stream) with `extra` in its catalog. */
async function pdfWithCatalog(extra: Record<string, unknown>): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  for (const [key, value] of Object.entries(extra)) {
    doc.catalog.set(PDFName.of(key), doc.context.obj(value as never));
  }
  return Buffer.from(await doc.save({ useObjectStreams: true }));
}

describe('inspectPdf (finding 4)', () => {
  it('accepts a well-formed PDF and counts its pages', async () => {
    await expect(inspectPdf(pdfFile())).resolves.toEqual({ pages: 1 });
    await expect(inspectPdf(await pdfWithCatalog({}))).resolves.toEqual({ pages: 1 });
  });

  it('accepts an /OpenAction that only opens a page', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj([page.ref, PDFName.of('Fit')]));
    await expect(inspectPdf(Buffer.from(await doc.save()))).resolves.toEqual({ pages: 1 });
  });

  it('refuses an HTML page that starts with %PDF- and ends with %%EOF', async () => {
    const html = Buffer.from(
      '%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n',
    );
    await expect(inspectPdf(html)).rejects.toMatchObject({ code: 'DOCUMENT_TYPE' });
  });

  it.each([
    ['JavaScript run on open', { OpenAction: { S: 'JavaScript', JS: '(app.alert(1))' } }],
    ['a launch action', { OpenAction: { S: 'Launch', F: '(calc.exe)' } }],
    ['additional actions', { AA: { WC: { S: 'JavaScript', JS: '(1)' } } }],
    ['a document-level script tree', { Names: { JavaScript: { Names: [] } } }],
    ['attached files', { Names: { EmbeddedFiles: { Names: [] } } }],
    ['an XFA form', { AcroForm: { Fields: [], XFA: '(<xdp/>)' } }],
  ])('refuses %s as DOCUMENT_ACTIVE_CONTENT', async (_, extra) => {
    const pdf = await pdfWithCatalog(toPdfValues(extra) as Record<string, unknown>);
    await expect(inspectPdf(pdf)).rejects.toMatchObject({
      kind: 'validation',
      code: 'DOCUMENT_ACTIVE_CONTENT',
    });
  });

  it('sees through #xx escapes in names', async () => {
    const pdf = pdfFile('x', '/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >> ');
    await expect(inspectPdf(pdf)).rejects.toMatchObject({ code: 'DOCUMENT_ACTIVE_CONTENT' });
  });
});

/** Strings become PDF names unless written as (literal); objects and arrays recurse. */
function toPdfValues(v: unknown): unknown {
  if (typeof v === 'string') return v.startsWith('(') ? v : PDFName.of(v);
  if (Array.isArray(v)) return v.map(toPdfValues);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPdfValues(x)]));
  }
  return v;
}
