import { describe, expect, it } from 'vitest';
import { cardDefinition, termIdsIn } from './term-card';

describe('termIdsIn', () => {
  it('lists each linked term once, in order of first use', () => {
    const mdx = 'A <Term id="kernel">kernel</Term> and an <Term id="initramfs">initramfs</Term>; the <Term id="kernel">kernel</Term> again.';
    expect(termIdsIn(mdx)).toEqual(['kernel', 'initramfs']);
  });
  it('finds nothing on a page without terms', () => {
    expect(termIdsIn('## Heading\n\nPlain prose.')).toEqual([]);
  });
});

describe('cardDefinition', () => {
  it('keeps two short sentences', () => {
    expect(cardDefinition('The first program. It loads the kernel.', 'en')).toBe('The first program. It loads the kernel.');
    expect(cardDefinition('固件之后运行的程序。它加载内核。', 'zh')).toBe('固件之后运行的程序。它加载内核。');
  });
  it('stops after the first sentence when two are long', () => {
    const long = `${'word '.repeat(25).trim()}. A second sentence.`;
    expect(cardDefinition(long, 'en')).toBe(`${'word '.repeat(25).trim()}.`);
    expect(cardDefinition(`${'长'.repeat(50)}。第二句。`, 'zh')).toBe(`${'长'.repeat(50)}。`);
  });
  it('does not split inside names such as python:3.11 or e.g. lower-case words', () => {
    expect(cardDefinition('A runtime such as python:3.11-slim. Small.', 'en')).toBe('A runtime such as python:3.11-slim. Small.');
    expect(cardDefinition('Tools, e.g. buildah, build it.', 'en')).toBe('Tools, e.g. buildah, build it.');
  });
});
