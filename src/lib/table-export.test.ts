import { describe, expect, it } from 'vitest';
import { looksLikeFormula, toCsv, toMarkdown } from './table-export';

const table = { caption: 'Ratings', header: ['Scenario', 'A|B'], rows: [['HPC', '5'], ['Line\nbreak', '']] };

describe('toMarkdown', () => {
  it('escapes pipes, keeps line breaks and adds the caption', () => {
    expect(toMarkdown(table)).toBe(
      '**Ratings**\n\n| Scenario | A\\|B |\n| --- | --- |\n| HPC | 5 |\n| Line<br>break |   |\n',
    );
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and defuses formulas', () => {
    const csv = toCsv({ header: ['a', 'b'], rows: [['x,y', 'say "hi"'], ['=1+1', '-2']] });
    expect(csv).toBe('a,b\r\n"x,y","say ""hi"""\r\n\'=1+1,\'-2\r\n');
  });
});

describe('looksLikeFormula', () => {
  it('finds a formula start after whitespace, control and invisible characters', () => {
    for (const cell of ['=1+1', ' =1+1', '\u200B=1+1', '\n=1+1', '\t@SUM(A1)', '\uFEFF+1', '\u3000-1', '\u202E=1']) {
      expect(looksLikeFormula(cell), JSON.stringify(cell)).toBe(true);
    }
  });
  it('treats the full-width ＝＋－＠ like their ASCII forms', () => {
    for (const cell of ['＝1+1', '＋1', '－1', '＠A1', ' ＝HYPERLINK("x")']) expect(looksLikeFormula(cell), cell).toBe(true);
  });
  it('leaves ordinary text alone', () => {
    for (const cell of ['HPC', '5', 'a=b', '', ' ', '容器镜像 = 应用 + 依赖', '1-2']) expect(looksLikeFormula(cell), cell).toBe(false);
  });
  it('quotes a neutralised cell that also needs CSV quoting', () => {
    expect(toCsv({ header: ['a'], rows: [['\n=1,2']] })).toBe('a\r\n"\'\n=1,2"\r\n');
  });
});
