// Writes .br and .gz copies of every text asset in dist/ that the site serves, so the server (and
// nginx's gzip_static / brotli_static) can send compressed bytes without compressing on each request.
// Files the pages never request are left alone.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const compressible = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;
// Pagefind's worker: the search runs on the main thread (`noWorker` in src/scripts/search-engine.ts).
const neverServed = new Set([join(dist, 'pagefind/pagefind-worker.js')]);
let files = 0;
let before = 0;
let after = 0;
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (compressible.test(name) && !neverServed.has(path)) {
      const body = readFileSync(path);
      const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      writeFileSync(`${path}.br`, br);
      writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
      files++;
      before += body.length;
      after += br.length;
    }
  }
})(dist);
console.log(`precompress: ${files} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB brotli`);
