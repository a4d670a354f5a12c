import { hasInvisibleCharacters, hasInvisibleInParagraphs } from './invisible';

describe('invisible characters', () => {
  it.each([
    ['plain Chinese', '2019年获市级先进工作者', false, false],
    ['a line break', '第一行\n第二行', true, false],
    ['a Windows line break and a TAB', '第一行\r\n\t第二行', true, false],
    ['NUL', 'a\u0000b', true, true],
    ['BEL', 'a\u0007b', true, true],
    ['a right-to-left override', '合格\u202e格合不', true, true],
    ['a zero-width space', '张\u200b三', true, true],
    ['a line separator', 'a\u2028b', true, true],
  ])('%s', (_name, text, inNames, inParagraphs) => {
    expect(hasInvisibleCharacters(text)).toBe(inNames);
    expect(hasInvisibleInParagraphs(text)).toBe(inParagraphs);
  });
});
