import { jsonNestingExceeds } from './json-depth';

const deep = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('jsonNestingExceeds', () => {
  it.each([
    ['a flat object', '{"a":1}', 1, false],
    ['rows of marks at depth 4', '{"rows":[{"mark":{"kind":"absent"}}]}', 4, false],
    ['rows of marks past depth 3', '{"rows":[{"mark":{"kind":"absent"}}]}', 3, true],
    ['brackets inside strings', '{"a":"[[[[{{{{"}', 1, false],
    ['an escaped quote inside a string', '{"a":"\\"[[[["}', 1, false],
    ['an escaped backslash before the closing quote', '{"a":"\\\\","b":[[1]]}', 2, true],
    ['arrays count as objects do', '[[[[1]]]]', 3, true],
    ['20 levels at a limit of 20', deep(20), 20, false],
    ['21 levels at a limit of 20', deep(21), 20, true],
    ['100,000 levels', deep(100_000), 20, true],
  ])('%s', (_name, text, max, exceeds) => {
    expect(jsonNestingExceeds(bytes(text), max)).toBe(exceeds);
  });
});
