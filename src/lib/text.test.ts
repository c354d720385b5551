import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, fill, htmlToText, inlineMarkup } from './text';

describe('htmlToText', () => {
  it('drops tags and decodes the common entities', () => {
    expect(htmlToText('Use <code>FROM</code> &amp; <em>USER</em>&nbsp;now')).toBe('Use FROM & USER now');
  });
});

describe('inlineMarkup', () => {
  it('turns backticks into code and escapes everything else', () => {
    expect(inlineMarkup('run `docker <b>` & <script>')).toBe('run <code>docker &lt;b&gt;</code> &amp; &lt;script&gt;');
  });
  it('leaves text without backticks escaped only', () => {
    expect(inlineMarkup('"a" < b')).toBe('&quot;a&quot; &lt; b');
  });
  it('escapes quotes for attributes', () => {
    expect(escapeHtml(`'x'`)).toBe('&#39;x&#39;');
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones as written', () => {
    expect(fill('{n} out of {max} ({x})', { n: 4, max: 5 })).toBe('4 out of 5 ({x})');
  });
  it('ignores inherited object keys', () => {
    expect(fill('{constructor}{toString}', {})).toBe('{constructor}{toString}');
  });
});

describe('decodeEntities', () => {
  it('decodes the entities Astro and Pagefind emit, nothing else', () => {
    expect(decodeEntities('&lt;b&gt; &amp; &quot;x&quot; &#39;y&#x27; &copy;')).toBe('<b> & "x" \'y\' &copy;');
  });
});
