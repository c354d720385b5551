// Every page inlines the site's stylesheet as Astro bundles it for its route: the rules of every
// component that route can render. This step keeps, on each built page, only the rules whose
// selectors can match that page, with PurgeCSS: a selector stays when each class, id, element and
// attribute it names appears in the page's HTML or in any of the site's scripts (which may add it
// later: open states, copy feedback, the theme). So a content page loses the tools' and the
// glossary's CSS, and the glossary loses the tools'.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PurgeCSS } from 'purgecss';

/**
 * The words of `text` that a selector may name. `el.dataset.copyState = …` in a script sets the
 * attribute `data-copy-state`, so such names are added in their attribute form.
 */
export function selectorTokens(text) {
  const words = new Set(text.match(/[A-Za-z0-9_-]+/g) ?? []);
  for (const [, name] of text.matchAll(/\.dataset\.([A-Za-z][A-Za-z0-9]*)/g)) {
    words.add(`data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
  }
  return [...words];
}

const STYLE = /<style([^>]*)>([\s\S]*?)<\/style>/g;

/** Prunes the inline `<style>` blocks of `html`; `scripts` is the text of the site's scripts. */
export async function pruneInlineCss(html, scripts) {
  const blocks = [...html.matchAll(STYLE)];
  if (blocks.length === 0) return html;
  const markup = html.replace(STYLE, '');
  const purged = await new PurgeCSS().purge({
    content: [
      { raw: markup, extension: 'html' },
      { raw: scripts, extension: 'js' },
    ],
    css: blocks.map((m) => ({ raw: m[2] })),
    defaultExtractor: selectorTokens,
    // Set on <html> before the first paint by the inline theme script.
    safelist: { standard: [/^:root$/], greedy: [/data-theme/] },
    keyframes: true,
    fontFace: true,
  });
  let i = 0;
  return html.replace(STYLE, (_, attrs) => `<style${attrs}>${purged[i++].css}</style>`);
}

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = new URL('../dist/', import.meta.url).pathname;
  const assets = join(dist, '_astro');
  const scripts = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(assets, name), 'utf8'))
    .join('\n');
  let before = 0;
  let after = 0;
  const pages = htmlFiles(dist);
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const pruned = await pruneInlineCss(html, scripts);
    before += html.length;
    after += pruned.length;
    writeFileSync(file, pruned);
  }
  console.log(`prune-css: ${pages.length} pages, inline CSS and HTML ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB`);
}
