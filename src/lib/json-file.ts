import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * JSON.parse with an error that names the file, the line and the column of the first syntax error
 * (V8's own message has no position for many errors, e.g. a trailing comma). jsonc-parser, in
 * strict mode, locates it.
 */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (!first) throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
    const { line, column } = lineColumn(text, first.offset);
    throw new Error(`${file}:${line}:${column}: not valid JSON: ${describe(first.error)}`);
  }
}

function describe(code: ParseError['error']): string {
  // printParseErrorCode gives "PropertyNameExpected"; readers get "property name expected".
  return printParseErrorCode(code)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
