import { describe, expect, it } from 'vitest';
import { lineColumn, parseJsonFile } from './json-file';

describe('parseJsonFile', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJsonFile('{"a": [1, 2]}', 'x.json')).toEqual({ a: [1, 2] });
  });

  it.each([
    ['a trailing comma in an array', '{\n  "rows": [\n    1,\n  ]\n}', 'x.json:4:3: not valid JSON: value expected'],
    ['a trailing comma in an object', '{\n  "a": 1,\n}', 'x.json:3:1: not valid JSON: property name expected'],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 'x.json:3:3: not valid JSON: comma expected'],
    ['a bare word', '{"a": x}', 'x.json:1:7: not valid JSON: invalid symbol'],
    ['a comment', '// hi\n{}', 'x.json:1:1: not valid JSON: invalid comment token'],
    ['an empty file', '', 'x.json:1:1: not valid JSON: value expected'],
    ['a cut-off file', '{\n  "a": [1, 2', 'x.json:2:13: not valid JSON: close bracket expected'],
  ])('names the line and column of %s', (_, text, message) => {
    expect(() => parseJsonFile(text, 'x.json')).toThrow(message);
  });
});

describe('lineColumn', () => {
  it('counts from 1 and resets the column after each newline', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
