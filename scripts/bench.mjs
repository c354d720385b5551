// `npm run bench`: build, then measure in Chromium, side by side with a stock Starlight build of the
// same source pages (bench/starlight, installed and built here on demand):
// - bytes a first visit fetches, by type (each response gzipped on its own, -9), counted until the
//   network has been idle for 1 s after the last request;
// - the page's floor (scripts/bench-floor.mjs) and the ratios to the floor and to Starlight;
// - layout objects (Chromium's layout tree, at 1280×800) and DOM elements;
// - LCP, the median of 3 mobile Lighthouse runs, the site's and Starlight's runs interleaved;
// - on the comparison explorer, the worst and median Event Timing duration of 20 filter clicks at 4×
//   CPU slowdown (scripts/bench-interaction.mjs);
// - search time and bytes on a slow phone profile (scripts/bench-search.mjs), and the build time.
// Exits non-zero when a byte budget or an issue-14 target is missed, a Lighthouse score is below
// 100, or a Lighthouse category is missing (reported with Lighthouse's reason, never as 0).
// `--quick` (the run inside `npm test`): no build, no Starlight, Lighthouse once on two pages;
// accessibility, best practices and SEO must be 100, while performance, a timing that a busy machine
// lowers, only warns. `--no-starlight` skips the baseline; `--no-build` measures the dist/ that is there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { overBudget, samplePages, splitInlineCss, termCardBytes } from './budgets.mjs';
import { benchSearch, byteCounter, idle, searchTable } from './bench-search.mjs';
import { benchInteraction, interactionBudgetMs } from './bench-interaction.mjs';
import { floorBytes, median, ratio, usedCssText } from './bench-floor.mjs';

const quick = process.argv.includes('--quick');
const withStarlight = !quick && !process.argv.includes('--no-starlight');
const port = Number(process.env.BENCH_PORT ?? 4610);
const origin = `http://localhost:${port}`;
const starlightPort = Number(process.env.STARLIGHT_PORT ?? port + 1);
const starlightOrigin = `http://localhost:${starlightPort}`;
const starlightDir = new URL('../bench/starlight/', import.meta.url).pathname;
const browserPath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath());
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const KB = 1024;
const kb = (n) => (n == null ? '—' : (n / KB).toFixed(1));
const failures = [];
const notes = [];
const load = () => loadavg().map((n) => n.toFixed(2)).join(', ');
const loadAtStart = load();

/** Issue-14 targets (gzip bytes, ratios). */
const targets = { contentFloorRatio: 1.25, homeTotal: 13 * KB, toolTotal: 25 * KB, lcpRatio: 0.85 };

let buildSeconds = null;
if (!quick && !process.argv.includes('--no-build')) {
  const started = Date.now();
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
  buildSeconds = (Date.now() - started) / 1000;
}

/** Installs (first time) and builds the Starlight baseline; a reason string when it cannot. */
function buildStarlight() {
  if (!existsSync(`${starlightDir}package.json`)) return 'bench/starlight/ is absent';
  const run = (args) => spawnSync('npm', args, { cwd: starlightDir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(`${starlightDir}node_modules`) && run(['ci', '--no-audit', '--no-fund']).status !== 0) return '`npm ci` failed in bench/starlight';
  if (run(['run', 'build']).status !== 0) return 'its build failed';
  return null;
}
let starlight = false;
if (withStarlight) {
  const why = buildStarlight();
  if (why) notes.push(`Starlight comparison skipped: ${why}.`);
  else starlight = true;
}

const servers = [];
process.on('exit', () => servers.forEach((server) => server.kill()));
async function serve(args, url) {
  // The server's own message (e.g. a busy port) goes to stderr; give a loaded machine 30 s to start it.
  const server = spawn(process.execPath, ['scripts/serve.mjs', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  servers.push(server);
  for (let i = 0; ; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    if (server.exitCode !== null || i >= 300) {
      console.error(`bench: the server for ${url} did not start (BENCH_PORT chooses another port).`);
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
await serve([String(port)], `${origin}/en/`);
if (starlight) await serve(['--root', `${starlightDir}dist`, String(starlightPort)], `${starlightOrigin}/en/`);

// Pagefind's index, fragments and WASM are stored gzip-compressed already; count those as they are.
const precompressed = (url) => /\/pagefind\/.*(\.pf_\w+|\.pagefind)$/.test(url);
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Every response of a first visit, until the network has been idle for 1 s after the last request. */
async function firstVisit(context, url) {
  const page = await context.newPage();
  const client = await context.newCDPSession(page);
  await client.send('Network.enable');
  const counter = byteCounter(client);
  const seen = [];
  const reading = [];
  page.on('response', (response) => {
    reading.push(
      response.body().then(
        (body) => {
          const type = response.request().resourceType();
          const at = response.url();
          if (type === 'document') {
            const parts = splitInlineCss(body.toString());
            seen.push({ url: at, type, raw: Buffer.byteLength(parts.html), gzip: gz(Buffer.from(parts.html)) });
            if (parts.css) seen.push({ url: `${at} <style>`, type: 'stylesheet', raw: Buffer.byteLength(parts.css), gzip: gz(Buffer.from(parts.css)) });
          } else seen.push({ url: at, type, raw: body.length, gzip: precompressed(at) ? body.length : gz(body) });
        },
        () => undefined,
      ),
    );
  });
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const sheets = [];
  client.on('CSS.styleSheetAdded', ({ header }) => sheets.push(header.styleSheetId));
  await client.send('CSS.startRuleUsageTracking');
  await page.goto(url, { waitUntil: 'load' });
  await idle(page, counter);
  await Promise.all(reading);
  return { page, client, seen, sheets };
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

/** Bytes by type, layout objects, DOM elements and (for the site) the floor of one page. */
async function measurePage(browser, url, { floor = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, client, seen, sheets } = await firstVisit(context, url);
  const snapshot = await client.send('DOMSnapshot.captureSnapshot', { computedStyles: [] });
  const layoutObjects = snapshot.documents[0].layout.nodeIndex.length;
  const elements = await page.evaluate(() => document.querySelectorAll('*').length);
  let floorGzip = null;
  if (floor) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const { ruleUsage } = await client.send('CSS.stopRuleUsageTracking');
    let css = '';
    for (const id of new Set(sheets)) {
      const { text } = await client.send('CSS.getStyleSheetText', { styleSheetId: id }).catch(() => ({ text: '' }));
      css += usedCssText(text, ruleUsage.filter((rule) => rule.styleSheetId === id));
    }
    const { article, title, lang } = await page.evaluate(() => {
      const body = (document.querySelector('main article') ?? document.querySelector('main'))?.cloneNode(true);
      body?.querySelectorAll('details.toc').forEach((toc) => toc.remove());
      return { article: body?.outerHTML ?? '', title: document.title, lang: document.documentElement.lang };
    });
    floorGzip = floorBytes({ lang, title, css, article });
  }
  await context.close();
  return { ...byType(seen), layoutObjects, elements, floor: floorGzip };
}

// Page kinds: one or two pages each, and the Starlight page built from the same source (if any).
const kindOf = (path) => (/^\/(zh|en)\/$/.test(path) ? 'home' : /\/glossary\/$/.test(path) ? 'glossary' : /\/(compare|choose)\/$/.test(path) ? 'tool' : 'content');
const starlightPages = new Set(['/zh/', '/en/', '/zh/os-image-types/', '/en/os-image-types/', '/zh/compare/', '/en/compare/']);
const benchPages = [...samplePages, { kind: 'tool', path: '/zh/compare/' }, { kind: 'content', path: '/en/os-image-types/' }].filter(
  (p, i, all) => all.findIndex((q) => q.path === p.path) === i,
);

const browser = await chromium.launch({ executablePath: browserPath, args: flags.slice(1) });
const rows = [];
let interaction = null;
if (!quick) {
  for (const { kind, path } of benchPages) {
    const site = await measurePage(browser, origin + path, { floor: true });
    const base = starlight && starlightPages.has(path) ? await measurePage(browser, starlightOrigin + path) : null;
    // Term cards have their own budget (scripts/budgets.mjs): measured on the built file.
    const termCards = termCardBytes(readFileSync(new URL(`../dist${path}index.html`, import.meta.url), 'utf8'));
    const problems = overBudget(kind, { js: site.js.gzip, css: site.css.gzip, total: site.all.gzip, termCards });
    rows.push({ path, kind, label: kindOf(path), site, base, problems });
  }
  interaction = await benchInteraction(browser, origin);
}
const searchRows = quick ? [] : await benchSearch(browser, origin);
await browser.close();

const lighthousePages = quick
  ? ['/en/os-image-types/', '/zh/choose/']
  : ['/zh/', '/en/', '/zh/os-image-types/', '/en/os-image-types/', '/zh/compare/', '/en/compare/', '/zh/choose/', '/en/choose/', '/zh/glossary/', '/en/glossary/'];
const perfRuns = quick ? 1 : 3;
const scores = [];
const warnings = [];
const lcp = new Map();
const categoryNames = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' };

/** Why Lighthouse gave a category no score: its runtime error, or the audits that errored. */
function missingReason(lhr, category) {
  if (lhr.runtimeError) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  const errored = (lhr.categories[category]?.auditRefs ?? [])
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit?.scoreDisplayMode === 'error')
    .map((audit) => `${audit.id}: ${audit.errorMessage ?? 'error'}`);
  return errored.length ? errored.slice(0, 3).join('; ') : (lhr.runWarnings?.[0] ?? 'no score and no reason given');
}

const chrome = await chromeLauncher.launch({ chromePath: browserPath, chromeFlags: flags });
try {
  const run = async (url, categories) => (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories })).lhr;
  for (const path of lighthousePages) {
    const entry = { path, perfRuns: [], lcpRuns: [], baseLcpRuns: [], missing: [] };
    const record = (lhr, into) => {
      const value = lhr.audits['largest-contentful-paint']?.numericValue;
      into.push(typeof value === 'number' ? value : null);
    };
    const first = await run(origin + path, Object.keys(categoryNames));
    for (const [category, key] of Object.entries(categoryNames)) {
      const score = first.categories[category]?.score;
      if (typeof score === 'number') entry[key] = Math.round(score * 100);
      else {
        entry[key] = null;
        entry.missing.push(`${category} (${missingReason(first, category)})`);
      }
    }
    entry.perfRuns.push(entry.perf);
    record(first, entry.lcpRuns);
    const base = starlight && starlightPages.has(path);
    for (let i = 0; i < perfRuns; i++) {
      if (base) record(await run(starlightOrigin + path, ['performance']), entry.baseLcpRuns);
      if (i === 0) continue;
      const lhr = await run(origin + path, ['performance']);
      const score = lhr.categories.performance?.score;
      if (typeof score !== 'number') entry.missing.push(`performance, run ${i + 1} (${missingReason(lhr, 'performance')})`);
      entry.perfRuns.push(typeof score === 'number' ? Math.round(score * 100) : null);
      record(lhr, entry.lcpRuns);
    }
    entry.perf = median(entry.perfRuns);
    lcp.set(path, { site: median(entry.lcpRuns), base: median(entry.baseLcpRuns) });
    const failing = (audits) => Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id);
    if (entry.missing.length) failures.push(`${path}: Lighthouse gave no score for ${entry.missing.join(', ')}`);
    const low = ['a11y', 'bp', 'seo'].filter((k) => entry[k] !== null && entry[k] < 100).map((k) => `${k} ${entry[k]}`);
    if (low.length) failures.push(`${path}: Lighthouse ${low.join(', ')} (${failing(first.audits).slice(0, 6).join(', ')})`);
    if (entry.perf !== null && entry.perf < 100) {
      const message = `${path}: Lighthouse performance ${entry.perf} (runs ${entry.perfRuns.join(', ')}; ${failing(first.audits).slice(0, 6).join(', ')})`;
      (quick ? warnings : failures).push(message);
    }
    scores.push(entry);
  }
} finally {
  await chrome.kill();
}

console.log(`Load average (1, 5, 15 min): ${loadAtStart} at the start, ${load()} at the end (the machine may be shared).`);
if (buildSeconds !== null) console.log(`Build (astro + pagefind + previews + service worker): ${buildSeconds.toFixed(1)} s`);
// Link-preview images (each at most 80 KB: `npm run check:og`).
const ogDir = new URL('../dist/og/', import.meta.url).pathname;
const ogSizes = existsSync(ogDir) ? readdirSync(ogDir, { recursive: true }).filter((f) => String(f).endsWith('.png')).map((f) => statSync(ogDir + f).size) : [];
if (ogSizes.length > 0) console.log(`Link-preview images: ${ogSizes.length}, ${kb(ogSizes.reduce((a, b) => a + b, 0))} KB in total, largest ${kb(Math.max(...ogSizes))} KB`);
for (const note of notes) console.log(note);
console.log('');
if (rows.length) {
  const cell = (x) => `${kb(x.raw)} / ${kb(x.gzip)}`;
  const times = (n) => (n == null ? '—' : `${n.toFixed(2)}×`);
  console.log('| page | kind | HTML raw / gz | CSS raw / gz | JS raw / gz | other gz | total gz | floor gz | × floor | × Starlight (gz) | LCP ms (× Starlight) | layout objects (Starlight) | interaction worst / median | targets |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    const { site, base } = r;
    const floorRatio = ratio(site.all.gzip, site.floor);
    const baseRatio = base ? ratio(site.all.gzip, base.all.gzip) : null;
    const l = lcp.get(r.path);
    const lcpRatio = l ? ratio(l.site, l.base) : null;
    const missed = [];
    if (r.label === 'content' && floorRatio > targets.contentFloorRatio) missed.push(`> ${targets.contentFloorRatio}× floor`);
    if (r.label === 'home' && site.all.gzip > targets.homeTotal) missed.push(`> ${kb(targets.homeTotal)} KB`);
    if (r.label === 'tool' && site.all.gzip > targets.toolTotal) missed.push(`> ${kb(targets.toolTotal)} KB`);
    if (lcpRatio !== null && lcpRatio > targets.lcpRatio) missed.push(`LCP > ${targets.lcpRatio}× Starlight`);
    const isExplorer = interaction && r.path === interaction.path;
    if (isExplorer && interaction.worst > interactionBudgetMs) missed.push(`interaction > ${interactionBudgetMs} ms`);
    missed.push(...r.problems);
    if (missed.length) failures.push(`${r.path}: ${missed.join(', ')}`);
    const lcpCell = l?.site == null ? '—' : `${Math.round(l.site)}${lcpRatio !== null ? ` (${times(lcpRatio)})` : ''}`;
    const layoutCell = `${site.layoutObjects}${base ? ` (${base.layoutObjects})` : ''}`;
    const interactionCell = isExplorer ? `${Math.round(interaction.worst)} / ${Math.round(interaction.median)} ms` : '—';
    console.log(
      `| ${r.path} | ${r.label} | ${cell(site.html)} | ${cell(site.css)} | ${cell(site.js)} | ${kb(site.other.gzip)} | ${kb(site.all.gzip)} KB | ${kb(site.floor)} KB | ${times(floorRatio)} | ${base ? `${times(baseRatio)} (${kb(base.all.gzip)} KB)` : '—'} | ${lcpCell} | ${layoutCell} | ${interactionCell} | ${missed.length ? `✗ ${missed.join('; ')}` : '✓'} |`,
    );
  }
  console.log(`\nTargets: content ≤ ${targets.contentFloorRatio}× floor, home ≤ ${kb(targets.homeTotal)} KB, tools ≤ ${kb(targets.toolTotal)} KB, LCP ≤ ${targets.lcpRatio}× Starlight, explorer interaction ≤ ${interactionBudgetMs} ms (worst of 20 at 4× CPU). Floor: scripts/bench-floor.mjs.\n`);
}
if (searchRows.length) {
  const { lines, failures: slow } = searchTable(searchRows, kb);
  console.log(lines.join('\n') + '\n');
  failures.push(...slow);
}
console.log('| Lighthouse (mobile) | performance | accessibility | best practices | SEO | LCP ms, median (runs) | Starlight LCP ms, median (runs) |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
const show = (v) => (v === null || v === undefined ? 'error' : v);
const ms = (runs) => (runs.length ? `${Math.round(median(runs) ?? NaN)} (${runs.map((v) => (v == null ? 'error' : Math.round(v))).join(', ')})` : '—');
for (const s of scores) {
  const perf = `${show(s.perf)}${s.perfRuns.length > 1 ? ` (median of ${s.perfRuns.map(show).join(', ')})` : ''}`;
  console.log(`| ${s.path} | ${perf} | ${show(s.a11y)} | ${show(s.bp)} | ${show(s.seo)} | ${ms(s.lcpRuns)} | ${ms(s.baseLcpRuns)} |`);
}
if (warnings.length) console.warn(`\n⚠ performance below 100 (a warning here; \`npm run bench\` fails on it):\n  ⚠ ${warnings.join('\n  ⚠ ')}`);
if (failures.length) {
  console.error(`\n${failures.length} budget(s), target(s) or score(s) missed:\n  ✗ ${failures.join('\n  ✗ ')}`);
  process.exit(1);
}
console.log(quick ? '\nLighthouse accessibility, best practices and SEO: 100 on every page.' : '\nAll budgets and targets met, all Lighthouse scores 100.');
process.exit(0);
