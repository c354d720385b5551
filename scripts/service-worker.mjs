// Writes one service worker per language, dist/<lang>/sw.js (scope /<lang>/), with Workbox's
// generateSW. Its precache is everything a reader of that language needs offline: every page of the
// language (HTML), the site's CSS and JS, that language's Pagefind index (loader, WASM, metadata,
// chunks, fragments, site-<lang>.json), icons and manifest. Pages are network-first, falling back to
// the precached copy and then to the language's offline page; hashed assets are cache-first.
// Runs after prune-pagefind (so no precached file is missing) and before precompress. Fails when a
// language's precache would transfer more than 1.5 MB (gzip; Pagefind's files are gzip already).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSW } from 'workbox-build';

export const PRECACHE_LIMIT = 1.5 * 1024 * 1024;
const dist = join(new URL('..', import.meta.url).pathname, 'dist');
const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
const pagefindLang = { zh: 'zh-cn', en: 'en' };
const alreadyGzip = (url) => /\/pagefind\/.*(\.pf_\w+|\.pagefind)$/.test(url);

/** Serialised into sw.js: a page the network cannot deliver, from the precache or the offline page. */
const fromPrecache = {
  handlerDidError: async ({ request }) => {
    const path = new URL(request.url).pathname;
    const page = path.endsWith('/') ? `${path}index.html` : path;
    const offline = `/${path.split('/')[1]}/offline/index.html`;
    return (await caches.match(page, { ignoreSearch: true })) ?? (await caches.match(offline, { ignoreSearch: true }));
  },
};

for (const lang of ['zh', 'en']) {
  const pf = pagefindLang[lang];
  const wasm = entry.languages[pf]?.wasm ?? 'unknown';
  const { count, size, warnings } = await generateSW({
    swDest: join(dist, lang, 'sw.js'),
    globDirectory: dist,
    globPatterns: [
      `${lang}/**/*.html`,
      `${lang}/manifest.webmanifest`,
      '_astro/*.{js,css}',
      'favicon.svg',
      'icons/*.png',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      `pagefind/site-${lang}.json`,
      `pagefind/wasm.${wasm}.pagefind`,
      `pagefind/pagefind.${pf}_*.pf_meta`,
      `pagefind/index/${pf}_*`,
      `pagefind/fragment/${pf}_*`,
    ],
    // URLs from the site root, not from the worker's folder.
    modifyURLPrefix: { '': '/' },
    // Navigations never match the precache directly (its pages are stored as …/index.html): they
    // go to the network first, and the precached copy is the fallback (fromPrecache).
    directoryIndex: null,
    // Pagefind asks for pagefind-entry.json?ts=…; a page with URL state is the same document.
    ignoreURLParametersMatching: [/./],
    cacheId: `image-atlas-${lang}`,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // A new version waits until the reader chooses "Reload" (src/scripts/sw-update.ts).
    skipWaiting: false,
    clientsClaim: false,
    maximumFileSizeToCacheInBytes: 1024 * 1024,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: { cacheName: `image-atlas-${lang}-pages`, plugins: [fromPrecache] },
      },
      {
        // Hashed files not precached for this language (the other language's index): cache-first.
        urlPattern: ({ url }) => url.origin === self.location.origin && /^\/(_astro\/|pagefind\/(index|fragment)\/|pagefind\/.*\.pf_meta$)/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: `image-atlas-${lang}-assets`, expiration: { maxEntries: 400 } },
      },
    ],
  });
  for (const warning of warnings) console.warn(`service-worker (${lang}): ${warning}`);
  const manifest = readFileSync(join(dist, lang, 'sw.js'), 'utf8');
  const urls = [...manifest.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  const transfer = urls.reduce((total, url) => {
    const bytes = readFileSync(join(dist, url));
    return total + (alreadyGzip(url) ? bytes.length : gzipSync(bytes, { level: 9 }).length);
  }, 0);
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log(`service-worker: /${lang}/sw.js precaches ${count} files, ${kb(size)} (${kb(transfer)} transferred, gzip)`);
  if (urls.length !== count) throw new Error(`service-worker: found ${urls.length} precache URLs in /${lang}/sw.js, expected ${count}`);
  if (transfer > PRECACHE_LIMIT) throw new Error(`service-worker: the ${lang} precache transfers ${kb(transfer)}, more than ${kb(PRECACHE_LIMIT)}`);
}
