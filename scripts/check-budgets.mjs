// The cheap, static version of the bench's byte budgets: sizes of what each sample page references.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { FIRST_FLIGHT, budgets, firstParagraphBytes, overBudget, samplePages, staticAssets, sum, termCardBytes } from './budgets.mjs';
import { builtPagesList } from './site-files.mjs';

const dist = join(new URL('..', import.meta.url).pathname, 'dist');
const kb = (n) => (n / 1024).toFixed(1);
let failed = false;
const rows = [];
// Every content page is held to the content budget; the tools to the tool budget; the print edition to its own.
const kindOf = (path) =>
  samplePages.find((p) => p.path === path)?.kind ??
  (/\/(compare|choose|search)\/$/.test(path) ? 'tool' : /\/(print|glossary)\/$/.exec(path)?.[1] ?? 'content');
const pages = builtPagesList(dist).map((path) => ({ path, kind: kindOf(path) }));
for (const { kind, path } of pages) {
  const assets = staticAssets(dist, path);
  const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const css = sum(assets.css).gzip;
  const js = sum(assets.js).gzip;
  const total = assets.html.gzip + css + js + sum(assets.other).gzip;
  const termCards = termCardBytes(html);
  const problems = overBudget(kind, { css, js, total, termCards });
  const first = firstParagraphBytes(html);
  if (first !== null && first > FIRST_FLIGHT) problems.push(`CSS and first paragraph ${kb(first)} KB > ${kb(FIRST_FLIGHT)} KB`);
  if (problems.length > 0) failed = true;
  rows.push(`${problems.length ? '✗' : '✓'} ${path.padEnd(38)} ${kind.padEnd(8)} html ${kb(assets.html.gzip).padStart(5)}  css ${kb(css).padStart(5)}  js ${kb(js).padStart(5)}  total ${kb(total).padStart(5)} KB  of which term cards ${kb(termCards).padStart(4)} KB${problems.length ? `  — ${problems.join(', ')}` : ''}`);
}
const limits = (b) => `≤ ${kb(b.total)} KB total without term cards (≤ ${kb(b.termCards)} KB), ≤ ${kb(b.js)} KB JS, ≤ ${kb(b.css)} KB CSS`;
console.log(`Byte budgets (gzip): content ${limits(budgets.content)}; glossary ${limits(budgets.glossary)}; tools ${limits(budgets.tool)}; print ${limits(budgets.print)}; inline CSS and the first paragraph within the first ${kb(FIRST_FLIGHT)} KB`);
console.log(rows.join('\n'));
if (failed) process.exit(1);
