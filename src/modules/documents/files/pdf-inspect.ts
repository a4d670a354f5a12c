import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from 'pdf-lib';
import { DomainError } from '../../../common/errors/domain-error';
import { isPdf } from './file-sniff';

/**
 * A supporting document is a PDF by its structure, not by its first and last bytes (finding 4:
 * an HTML page starting with %PDF- was accepted, and so was a PDF that runs JavaScript on open).
 * The file is parsed with pdf-lib (object streams included, names with #xx escapes decoded) and
 * refused when it carries active content. Runs in a document worker: a hostile file can only
 * exhaust that worker's memory.
 */

/** Dictionary keys that carry scripts, automatic actions, attachments or rich media. */
const ACTIVE_KEYS = new Set([
  'JavaScript',
  'JS',
  'AA',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'RichMediaContent',
  'XFA',
]);
/** Action types (/S) that run code, open files or send data out. */
const ACTIVE_ACTIONS = new Set([
  'JavaScript',
  'Launch',
  'SubmitForm',
  'ImportData',
  'GoToE',
  'GoToR',
  'RichMediaExecute',
  'Rendition',
]);

const badDocument = (code: string, message: string) =>
  new DomainError('validation', code, message, [
    { field: 'file', code, message: `file：${message}` },
  ]);

export const notAPdf = () => badDocument('DOCUMENT_TYPE', '证明材料须为完整的 PDF 文件');

/** Resolves with the page count of a well-formed PDF without active content; otherwise 400. */
export async function inspectPdf(bytes: Buffer): Promise<{ pages: number }> {
  if (!isPdf(bytes)) throw notAPdf();
  const doc = await load(bytes);
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch {
    throw notAPdf();
  }
  if (pages < 1) throw notAPdf();
  const found = activeContent(doc);
  if (found.length) {
    throw badDocument(
      'DOCUMENT_ACTIVE_CONTENT',
      `PDF 含有脚本、自动动作、附件或多媒体等活动内容（${found.join('、')}），请用“打印为 PDF”另存或重新扫描后上传`,
    );
  }
  return { pages };
}

async function load(bytes: Buffer): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
  } catch (e) {
    if (e instanceof Error && e.name === 'EncryptedPDFError') {
      throw badDocument('DOCUMENT_ENCRYPTED', '不接受加密的 PDF，请取消密码保护后上传');
    }
    throw notAPdf();
  }
}

/** Names of what is active, e.g. ['/OpenAction', '/JavaScript'], over every object in the file. */
export function activeContent(doc: PDFDocument): string[] {
  const found = new Set<string>();
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object, found, 0);
  return [...found];
}

/** Direct objects only: every indirect object is visited on its own, so references need no following. */
function visit(object: PDFObject, found: Set<string>, depth: number): void {
  if (depth > 64) return;
  if (object instanceof PDFStream) return visit(object.dict, found, depth + 1);
  if (object instanceof PDFArray) {
    for (const item of object.asArray()) visit(item, found, depth + 1);
    return;
  }
  if (!(object instanceof PDFDict)) return;
  for (const [key, value] of object.entries()) {
    const name = key.decodeText();
    if (ACTIVE_KEYS.has(name)) found.add(`/${name}`);
    // A destination array opens a page; anything else (an action) runs on open.
    if (name === 'OpenAction' && !(value instanceof PDFArray)) found.add('/OpenAction');
    if (name === 'S' && value instanceof PDFName && ACTIVE_ACTIONS.has(value.decodeText())) {
      found.add(`/${value.decodeText()}`);
    }
    if (name === 'Type' && value instanceof PDFName && value.decodeText() === 'EmbeddedFile') {
      found.add('/EmbeddedFile');
    }
    visit(value, found, depth + 1);
  }
}
