import { safeName } from './upload.decorators';

describe('safeName (security-checklist #31, #32)', () => {
  it.each([
    ['../../dist/main.js', 'main.js'],
    ['..\\..\\x.xlsx', 'x.xlsx'],
    ['a\u0000b"\r\n.pdf', 'ab.pdf'],
    [Buffer.from('汇总表.xlsx', 'utf8').toString('latin1'), '汇总表.xlsx'],
    ['汇总表.xlsx', '汇总表.xlsx'],
    ['café.pdf', 'café.pdf'],
    ['', 'file'],
  ])('%j → %j', (raw, expected) => {
    expect(safeName(raw)).toBe(expected);
  });
});
