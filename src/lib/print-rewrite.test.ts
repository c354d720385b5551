import { describe, expect, it } from 'vitest';
import { printHref, rewritePage } from './print-rewrite';

const slugs = new Set(['index', 'os-image-types', 'glossary']);

describe('printHref', () => {
  it('turns links inside the reading order into in-document anchors', () => {
    expect(printHref('#kernel', 'en', 'os-image-types', slugs)).toBe('#os-image-types--kernel');
    expect(printHref('/en/glossary/#term-kernel', 'en', 'os-image-types', slugs)).toBe('#glossary--term-kernel');
    expect(printHref('/en/os-image-types/', 'en', 'glossary', slugs)).toBe('#p-os-image-types');
    expect(printHref('/en/', 'en', 'glossary', slugs)).toBe('#p-index');
  });
  it('leaves links that go elsewhere alone', () => {
    expect(printHref('/en/compare/?preset=x', 'en', 'glossary', slugs)).toBeUndefined();
    expect(printHref('/zh/glossary/', 'en', 'glossary', slugs)).toBeUndefined();
    expect(printHref('https://example.org/', 'en', 'glossary', slugs)).toBeUndefined();
    expect(printHref('/en/not-in-order/', 'en', 'glossary', slugs)).toBeUndefined();
  });
});

describe('rewritePage', () => {
  it('prefixes ids and id references, shifts headings and keeps text and SVG as they are', () => {
    const html =
      '<h2 id="kernel">内核 &amp; <a href="#kernel">#</a></h2><table aria-labelledby="cap"><caption id="cap">x</caption></table>' +
      '<svg viewBox="0 0 10 10"><path d="M0 0"/></svg><p>“quoted” <a href="/en/glossary/#term-os">OS</a></p>';
    const out = rewritePage(html, 'en', 'os-image-types', slugs);
    expect(out).toContain('<h3 id="os-image-types--kernel">内核 &amp; <a href="#os-image-types--kernel">#</a></h3>');
    expect(out).toContain('aria-labelledby="os-image-types--cap"');
    expect(out).toContain('<caption id="os-image-types--cap">');
    expect(out).toContain('viewBox="0 0 10 10"');
    expect(out).toContain('<p>“quoted” <a href="#glossary--term-os">OS</a></p>');
  });
});
