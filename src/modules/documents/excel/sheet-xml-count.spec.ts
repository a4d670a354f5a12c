import { createSheetCounter } from './sheet-xml-count';

const feed = (chunks: string[]) => {
  const count = createSheetCounter();
  let last = { rows: 0, cells: 0 };
  for (const c of chunks) last = { ...count(Buffer.from(c, 'latin1')) };
  return last;
};

describe('createSheetCounter', () => {
  const xml =
    '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"/></row><row r="2"/><x:row><x:c>' +
    '</x:c></x:row></sheetData><rowBreaks count="1"/><cols><col min="1"/></cols><cfRule/>';

  it('counts rows and cells, prefixed or not, and nothing that merely starts alike', () => {
    expect(feed([xml])).toEqual({ rows: 3, cells: 3 });
  });

  it.each([1, 2, 3, 5, 7, 11])('counts the same when cut into %i-byte chunks', (size) => {
    const chunks = xml.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
    expect(feed(chunks)).toEqual({ rows: 3, cells: 3 });
  });
});
