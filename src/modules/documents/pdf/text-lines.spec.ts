import { oneLine, textWidth, wrapLines } from './text-lines';

describe('textWidth', () => {
  it('measures CJK characters at one em and grows with size, weight and spacing', () => {
    expect(textWidth('准考证', { fontSize: 10 })).toBeCloseTo(30, 5);
    expect(textWidth('准考证', { fontSize: 20 })).toBeCloseTo(60, 5);
    expect(textWidth('2025', { fontSize: 10, characterSpacing: 1 })).toBeCloseTo(
      textWidth('2025', { fontSize: 10 }) + 3,
      5,
    );
    expect(textWidth('Wide', { fontSize: 10, bold: true })).toBeGreaterThan(
      textWidth('Wide', { fontSize: 10 }),
    );
  });
});

describe('oneLine', () => {
  it.each([
    ['大连市第一考点', 10, 70, true],
    ['大连市第一考点', 10, 69.9, false],
    ['第一行\n第二行', 10, 500, false],
  ])('%s at %d pt in %d pt → one run: %s', (text, fontSize, width, expected) => {
    expect(oneLine(text, { fontSize }, width).noWrap === true).toBe(expected);
  });
});

describe('wrapLines', () => {
  const style = { fontSize: 10 };

  it('fills each line as far as it goes and keeps every character, in order', () => {
    const text =
      '考生只可携带黑色签字笔、2B 铅笔、橡皮等必要文具；严禁携带手机、智能手表等电子设备及书籍资料进入考场。';
    const lines = wrapLines(text, style, 200)!;
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const [i, line] of lines.entries()) {
      expect(textWidth(line.trimEnd(), style)).toBeLessThanOrEqual(200);
      // The next line's first character would not have fitted.
      if (i < lines.length - 1) {
        expect(textWidth(line + lines[i + 1][0], style)).toBeGreaterThan(200);
      }
    }
  });

  it('breaks at a space, never inside "2B" or "30"', () => {
    const lines = wrapLines('考生应于考核开始前 30 分钟到达考场', style, 100)!;
    expect(lines).toEqual(['考生应于考核开始前 ', '30 分钟到达考场']);
  });

  it('keeps closing punctuation with the character before it', () => {
    // 7 characters fit in 85 pt; "场。" is one word and moves down whole.
    expect(wrapLines('二证缺一不得入场。考生', style, 85)).toEqual(['二证缺一不得入', '场。考生']);
  });

  it.each([
    ['a word longer than the line, which pdfmake must cut', 'x'.repeat(80)],
    ['its own line ends', '第一行\n第二行'],
    ['leading spaces', '  缩进'],
  ])('leaves text with %s to pdfmake (null)', (_, text) => {
    expect(wrapLines(text, style, 100)).toBeNull();
  });

  it('keeps an indent of ideographic spaces when pdfmake preserves leading spaces', () => {
    const text = '\u3000\u3000张建国同志参加考核，经考核合格，特发此证明。';
    const indented = { ...style, preserveLeadingSpaces: true };
    const lines = wrapLines(text, indented, 100)!;
    expect(lines.join('')).toBe(text);
    expect(lines[0].startsWith('\u3000\u3000')).toBe(true);
    // The indent takes room on the first line: 10 pt characters, 100 pt wide, 2 of them spaces.
    expect(lines[0]).toHaveLength(10);
  });
});
