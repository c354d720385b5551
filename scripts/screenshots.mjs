// `npm run shots -- /{lang}/compare/?k=container-image,vm-image /{lang}/glossary/`
// Screenshots of built pages for review: each path in both languages ({lang} is replaced), light and
// dark, at 1280×800 and 390×844. Writes PNGs to shots/ (git-ignored), one line per file.
// Options: --out DIR, --full (whole page, not the first screen), --port N (default 4390),
// --lang zh|en, --theme light|dark, --viewport desktop|phone (limit the matrix),
// --search QUERY (open the search dialog and type QUERY first; `zh:…,en:…` gives one per language),
// --more (then press "Show more").
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'shots' },
    full: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.SHOTS_PORT ?? '4390' },
    lang: { type: 'string', multiple: true },
    theme: { type: 'string', multiple: true },
    viewport: { type: 'string', multiple: true },
    search: { type: 'string' },
    more: { type: 'boolean', default: false },
  },
});
if (positionals.length === 0) {
  console.error('usage: npm run shots -- [--full] [--out DIR] /{lang}/some-page/ …');
  process.exit(2);
}

const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const langs = values.lang ?? ['zh', 'en'];
const themes = values.theme ?? ['light', 'dark'];
const sizes = values.viewport ?? ['desktop', 'phone'];
const origin = `http://localhost:${values.port}`;
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const server = spawn(process.execPath, ['scripts/serve.mjs', values.port], { stdio: 'ignore' });
process.on('exit', () => server.kill());
for (let i = 0; i < 100 && !(await fetch(`${origin}/en/`).then((r) => r.ok, () => false)); i++) {
  await new Promise((resolve) => setTimeout(resolve, 100));
}

mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const fileName = (path) => path.replace(/^\/|\/$/g, '').replace(/[^\p{L}\p{N}.-]+/gu, '_') || 'root';
/** The query to type for a language: `--search kernel` or `--search zh:内核,en:kernel`. */
const searchFor = (lang) => {
  if (!values.search) return undefined;
  const own = values.search.split(',').find((part) => part.startsWith(`${lang}:`));
  return own ? own.slice(lang.length + 1) : values.search.includes(':') ? undefined : values.search;
};
for (const size of sizes) {
  const phone = size === 'phone';
  for (const theme of themes) {
    const context = await browser.newContext({
      viewport: viewports[size],
      deviceScaleFactor: phone ? 2 : 1,
      isMobile: phone,
      hasTouch: phone,
      colorScheme: theme,
    });
    for (const lang of langs) {
      for (const template of positionals) {
        const path = template.replaceAll('{lang}', lang);
        const page = await context.newPage();
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        if (path.includes('/search/')) await page.waitForFunction(() => [...document.querySelectorAll('.result-excerpt')].every((e) => e.hasAttribute('data-loaded')));
        const query = searchFor(lang);
        if (query) {
          await page.keyboard.press('Control+k');
          await page.locator('#search-input').fill(query);
          await page.locator('#search-status').filter({ hasText: query }).waitFor();
          if (values.more) await page.locator('.search-more').click();
          // Excerpts fill in a moment after the results show.
          await page.waitForFunction(() => [...document.querySelectorAll('.result-excerpt')].every((e) => e.hasAttribute('data-loaded')));
        }
        const file = `${values.out}/${fileName(path)}${query ? `-search-${fileName(query)}${values.more ? '-more' : ''}` : ''}-${theme}-${size}.png`;
        await page.screenshot({ path: file, fullPage: values.full });
        console.log(file);
        await page.close();
      }
    }
    await context.close();
  }
}
await browser.close();
process.exit(0);
