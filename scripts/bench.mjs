// `npm run bench`: build, then load one page of each kind in Chromium and report the bytes a first
// visit fetches (by type, raw and gzip), the time and bytes of a first and a second search on a slow
// phone profile (scripts/bench-search.mjs), the build time and mobile Lighthouse scores (performance
// as the median of 3 runs, since it depends on the machine's load). Exits non-zero when a budget is
// exceeded or a score is below 100.
// `--quick` (the run inside `npm test`): no build, Lighthouse once on two pages; accessibility, best
// practices and SEO must be 100, while performance, a timing that a busy machine lowers, only warns.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { overBudget, samplePages, splitInlineCss } from './budgets.mjs';
import { benchSearch, searchTable } from './bench-search.mjs';

const quick = process.argv.includes('--quick');
const port = Number(process.env.BENCH_PORT ?? 4610);
const origin = `http://localhost:${port}`;
const browserPath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath());
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const kb = (n) => (n / 1024).toFixed(1);
const failures = [];

let buildSeconds = null;
if (!quick) {
  const started = Date.now();
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
  buildSeconds = (Date.now() - started) / 1000;
}

// The server's own message (e.g. a busy port) goes to stderr; give a loaded machine 30 s to start it.
const server = spawn(process.execPath, ['scripts/serve.mjs', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
process.on('exit', () => server.kill());
for (let i = 0; ; i++) {
  if (await fetch(`${origin}/en/`).then((r) => r.ok, () => false)) break;
  if (server.exitCode !== null || i >= 300) {
    console.error(`bench: the server on port ${port} did not start (BENCH_PORT chooses another).`);
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 100));
}

// Pagefind's index, fragments and WASM are stored gzip-compressed already; count those as they are.
const precompressed = (url) => /\/pagefind\/.*(\.pf_\w+|\.pagefind)$/.test(url);
function recorder(page) {
  const seen = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => null);
    if (!body) return;
    const url = response.url();
    const type = response.request().resourceType();
    const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
    if (type === 'document') {
      // Inline <style> is CSS the document carries: count it as CSS.
      const parts = splitInlineCss(body.toString());
      seen.push({ url, type, raw: Buffer.byteLength(parts.html), gzip: gz(Buffer.from(parts.html)) });
      if (parts.css) seen.push({ url: `${url} <style>`, type: 'stylesheet', raw: Buffer.byteLength(parts.css), gzip: gz(Buffer.from(parts.css)) });
      return;
    }
    seen.push({ url, type, raw: body.length, gzip: precompressed(url) ? body.length : gz(body) });
  });
  return seen;
}
const byType = (rows) => {
  const pick = (types) => rows.filter((r) => types.includes(r.type));
  const total = (list) => list.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return {
    html: total(pick(['document'])),
    css: total(pick(['stylesheet'])),
    js: total(pick(['script'])),
    other: total(rows.filter((r) => !['document', 'stylesheet', 'script'].includes(r.type))),
    all: total(rows),
  };
};

const browser = await chromium.launch({ executablePath: browserPath, args: flags.slice(1) });
const rows = [];
if (!quick) {
  for (const { kind, path } of samplePages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = recorder(page);
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const t = byType(seen);
    const problems = overBudget(kind, { js: t.js.gzip, css: t.css.gzip, total: t.all.gzip });
    if (problems.length) failures.push(`${path}: ${problems.join(', ')}`);
    rows.push({ path, kind, ...t, problems });
    await context.close();
  }
}
const searchRows = quick ? [] : await benchSearch(browser, origin);
await browser.close();

const lighthousePages = quick
  ? ['/en/os-image-types/', '/zh/choose/']
  : ['/zh/', '/en/', '/zh/os-image-types/', '/en/os-image-types/', '/zh/compare/', '/en/compare/', '/zh/choose/', '/en/choose/', '/zh/glossary/', '/en/glossary/'];
const scores = [];
const warnings = [];
const perfRuns = quick ? 1 : 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const chrome = await chromeLauncher.launch({ chromePath: browserPath, chromeFlags: flags });
try {
  for (const path of lighthousePages) {
    const run = (categories) => lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const result = await run(['performance', 'accessibility', 'best-practices', 'seo']);
    const c = result.lhr.categories;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    const perfScores = [score('performance')];
    while (perfScores.length < perfRuns) perfScores.push(Math.round(((await run(['performance'])).lhr.categories.performance?.score ?? 0) * 100));
    const entry = { path, perf: median(perfScores), perfRuns: perfScores, a11y: score('accessibility'), bp: score('best-practices'), seo: score('seo') };
    const failing = (audits) => Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id);
    const low = ['a11y', 'bp', 'seo'].filter((k) => entry[k] < 100).map((k) => `${k} ${entry[k]}`);
    if (low.length) failures.push(`${path}: Lighthouse ${low.join(', ')} (${failing(result.lhr.audits).slice(0, 6).join(', ')})`);
    if (entry.perf < 100) {
      const message = `${path}: Lighthouse performance ${entry.perf} (runs ${perfScores.join(', ')}; ${failing(result.lhr.audits).slice(0, 6).join(', ')})`;
      (quick ? warnings : failures).push(message);
    }
    scores.push(entry);
  }
} finally {
  await chrome.kill();
}

if (buildSeconds !== null) console.log(`Build (astro + pagefind): ${buildSeconds.toFixed(1)} s\n`);
// Link-preview images (each at most 80 KB: `npm run check:og`).
const ogDir = new URL('../dist/og/', import.meta.url).pathname;
const ogSizes = existsSync(ogDir) ? readdirSync(ogDir, { recursive: true }).filter((f) => String(f).endsWith('.png')).map((f) => statSync(ogDir + f).size) : [];
if (ogSizes.length > 0) console.log(`Link-preview images: ${ogSizes.length}, ${kb(ogSizes.reduce((a, b) => a + b, 0))} KB in total, largest ${kb(Math.max(...ogSizes))} KB\n`);
if (rows.length) {
  console.log('| page | kind | HTML raw / gz | CSS raw / gz | JS raw / gz | other gz | total gz | budget |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const cell = (x) => (x ? `${kb(x.raw)} / ${kb(x.gzip)}` : '—');
    const verdict = r.problems.length ? `✗ ${r.problems.join('; ')}` : '✓';
    console.log(`| ${r.path} | ${r.kind} | ${cell(r.html)} | ${cell(r.css)} | ${cell(r.js)} | ${kb(r.other.gzip)} | ${kb(r.all.gzip)} KB | ${verdict} |`);
  }
  console.log('');
}
if (searchRows.length) {
  const { lines, failures: slow } = searchTable(searchRows, kb);
  console.log(lines.join('\n') + '\n');
  failures.push(...slow);
}
console.log('| Lighthouse (mobile) | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --- | --- | --- |');
for (const s of scores) console.log(`| ${s.path} | ${s.perf}${s.perfRuns.length > 1 ? ` (median of ${s.perfRuns.join(', ')})` : ''} | ${s.a11y} | ${s.bp} | ${s.seo} |`);
if (warnings.length) console.warn(`\n⚠ performance below 100 (a warning here; \`npm run bench\` fails on it):\n  ⚠ ${warnings.join('\n  ⚠ ')}`);
if (failures.length) {
  console.error(`\n${failures.length} budget(s) or score(s) missed:\n  ✗ ${failures.join('\n  ✗ ')}`);
  process.exit(1);
}
console.log(quick ? '\nLighthouse accessibility, best practices and SEO: 100 on every page.' : '\nAll budgets met, all Lighthouse scores 100.');
process.exit(0);
