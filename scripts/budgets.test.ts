import { describe, expect, it } from 'vitest';
import { firstParagraphBytes, gzipSize, overBudget, termCardBytes } from './budgets.mjs';

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

describe('termCardBytes', () => {
  const article = '<main><article><h1>T</h1><p>Prose that links a <a class="term" data-term="kernel">kernel</a>.</p></article></main>';
  const card = (id: string, text: string) => `<div id="term-card-${id}" popover="hint"><p><b>${id}</b></p><p>${text}</p></div>`;
  const cards = `<div class="term-cards" data-full-entry="Full entry">${card('kernel', 'The core of the OS.')}${card('rootfs', 'The root file system.')}</div>`;

  it('is what the cards add to the gzip size of the page', () => {
    const html = `<html><body>${article}${cards}</body></html>`;
    expect(termCardBytes(html)).toBe(gzipSize(Buffer.from(html)) - gzipSize(Buffer.from(`<html><body>${article}</body></html>`)));
    expect(termCardBytes(html)).toBeGreaterThan(0);
  });

  it('is 0 on a page without cards', () => {
    expect(termCardBytes(`<html><body>${article}</body></html>`)).toBe(0);
  });

  it('lets a page keep its own limit while the cards are held to theirs', () => {
    const KB = 1024;
    expect(overBudget('content', { js: KB, css: KB, total: 26 * KB, termCards: 2 * KB })).toEqual([]);
    expect(overBudget('content', { js: KB, css: KB, total: 26 * KB, termCards: 0 })).toEqual(['total without term cards 26.0 KB > 25.5 KB']);
    expect(overBudget('content', { js: KB, css: KB, total: 30 * KB, termCards: 4 * KB })).toEqual(['term cards 4.0 KB > 3.0 KB', 'total without term cards 26.0 KB > 25.5 KB']);
  });
});
