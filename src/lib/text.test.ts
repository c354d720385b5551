import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlToText, inlineMarkup } from './text';

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
