import { describe, expect, it } from 'vitest';
import { firstParagraphBytes, gzipSize } from './budgets.mjs';

describe('firstParagraphBytes', () => {
  it('counts the document up to the end of the article’s first paragraph', () => {
    const head = '<html><head><style>p{margin:0}</style></head><body><nav><p>menu</p></nav>';
    const html = `${head}<main><article><h1>T</h1><p>First.</p><p>Second.</p></article></main></body></html>`;
    expect(firstParagraphBytes(html)).toBe(gzipSize(Buffer.from(`${head}<main><article><h1>T</h1><p>First.</p>`)));
  });

  it('is null for a page without a paragraph in its main content', () => {
    expect(firstParagraphBytes('<main><h1>T</h1></main>')).toBeNull();
    expect(firstParagraphBytes('<p>outside</p>')).toBeNull();
  });
});
