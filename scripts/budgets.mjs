// Byte budgets (gzip) for a first visit: everything the browser fetches without interaction.
// Shared by the static check in `npm test` (scripts/check-budgets.mjs) and `npm run bench`.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

const KB = 1024;
// Issue 14 brought content pages to at most 23.8 KB (CSS 4.6, JS 3.6) and tools to 35.6 KB (CSS 5.5,
// JS 11.4). Issues 15 and 16 then added head tags, breadcrumbs, page history and back to top to every
// page (about 1 KB), and each page's term cards: the definitions of the terms it links, in the page so
// that a card needs no fetch. The cards have their own budget, so a page's own bytes keep the content
// limit and the cards cannot grow unnoticed. The content limit went from 24.5 to 25.5 KB for that
// shared chrome (the longest articles, oci-image-internals and build-system-images, stand at 25.4).
// The glossary is the one reference page whose text is all definitions (74 entries, each with its
// copy-link control), and the whole guide in print is one long document: each has its own limit.
export const budgets = {
  content: { total: 25.5 * KB, js: 4 * KB, css: 6 * KB, termCards: 3 * KB },
  glossary: { total: 28 * KB, js: 4 * KB, css: 6 * KB, termCards: 0 },
  tool: { total: 38 * KB, js: 12 * KB, css: 6.5 * KB, termCards: 3 * KB },
  print: { total: 160 * KB, js: 4 * KB, css: 6 * KB, termCards: 0 },
};

const TERM_CARDS = /<div class="term-cards"[^>]*>(?:<div [^>]*popover="hint"[^>]*>[\s\S]*?<\/div>)*<\/div>/;

/** Gzip bytes the page's term cards add to its HTML (0 on a page that links no terms). */
export function termCardBytes(html) {
  const without = html.replace(TERM_CARDS, '');
  return without === html ? 0 : Math.max(0, gzipSize(Buffer.from(html)) - gzipSize(Buffer.from(without)));
}

/** One page of each kind; `kind` selects the budget. */
export const samplePages = [
  { kind: 'content', path: '/en/' },
  { kind: 'content', path: '/zh/os-image-types/' },
  { kind: 'content', path: '/en/app-image-and-the-os/' },
  { kind: 'glossary', path: '/zh/glossary/' },
  { kind: 'tool', path: '/en/compare/' },
  { kind: 'tool', path: '/zh/choose/' },
];

export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The first round trip of a new connection carries about 14 KB: the head's CSS and the article's first paragraph must fit. */
export const FIRST_FLIGHT = 14 * KB;

/** Gzip bytes of the document up to the end of its main content's first paragraph (null without one). */
export function firstParagraphBytes(html) {
  const start = html.search(/<(article|main)[\s>]/);
  const end = start < 0 ? -1 : html.indexOf('</p>', start);
  return end < 0 ? null : gzipSize(Buffer.from(html.slice(0, end + '</p>'.length)));
}

/** Inline <style> blocks count as CSS, the rest of the document as HTML (each gzipped on its own). */
export function splitInlineCss(html) {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  return { html: html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ''), css: styles };
}

/** The files a page loads on its own: HTML, stylesheets, icon, scripts and their static imports. */
export function staticAssets(dist, pagePath) {
  const htmlFile = join(dist, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
  const html = readFileSync(htmlFile);
  const found = { css: new Set(), js: new Set(), other: new Set() };
  new Parser({
    onopentag(name, attrs) {
      if (name === 'link' && attrs.rel === 'stylesheet' && attrs.href) found.css.add(attrs.href);
      if (name === 'link' && /(^|\s)icon(\s|$)/.test(attrs.rel ?? '') && attrs.href) found.other.add(attrs.href);
      if (name === 'link' && attrs.rel === 'modulepreload' && attrs.href) found.js.add(attrs.href);
      if (name === 'script' && attrs.src) found.js.add(attrs.src);
    },
  }).end(html.toString());
  // Follow static imports (not dynamic import(), which only runs on interaction).
  const queue = [...found.js];
  while (queue.length > 0) {
    const src = queue.pop();
    const code = readFileSync(join(dist, src)).toString();
    for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["']([^"']+)["']/g)) {
      const target = posix.join(posix.dirname(src), match[1]);
      if (!found.js.has(target)) {
        found.js.add(target);
        queue.push(target);
      }
    }
  }
  const size = (href) => {
    const file = join(dist, href);
    const buffer = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    return { href, raw: buffer.length, gzip: gzipSize(buffer) };
  };
  const parts = splitInlineCss(html.toString());
  const inline = Buffer.from(parts.css);
  return {
    html: { href: pagePath, raw: Buffer.byteLength(parts.html), gzip: gzipSize(Buffer.from(parts.html)) },
    css: [...found.css].map(size).concat(inline.length ? [{ href: '(inline <style>)', raw: inline.length, gzip: gzipSize(inline) }] : []),
    js: [...found.js].map(size),
    other: [...found.other].map(size),
  };
}

export function sum(files) {
  return files.reduce((acc, f) => ({ raw: acc.raw + f.raw, gzip: acc.gzip + f.gzip }), { raw: 0, gzip: 0 });
}

/** Budget problems for one page's byte counts by type (gzip). */
export function overBudget(kind, bytes) {
  const problems = [];
  const budget = budgets[kind];
  const check = (what, value, limit) => {
    if (limit !== undefined && value > limit) problems.push(`${what} ${(value / KB).toFixed(1)} KB > ${(limit / KB).toFixed(1)} KB`);
  };
  check('JS', bytes.js, budget.js);
  check('CSS', bytes.css, budget.css);
  check('term cards', bytes.termCards ?? 0, budget.termCards);
  check('total without term cards', bytes.total - (bytes.termCards ?? 0), budget.total);
  return problems;
}

export { dirname };
