import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown } from './table-export';

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
