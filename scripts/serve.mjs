// Serves the built site the way a static host would: clean URLs, each language's own 404 page,
// and the response headers from public/_headers (the same CSP the deployment sends).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

const root = new URL('../dist/', import.meta.url).pathname;
const port = Number(process.env.PORT ?? process.argv[2] ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error('dist/ is empty: run `npm run build` first.');
  process.exit(1);
}

/** Parse a Netlify/Cloudflare-style _headers file into [pattern, headers] rules. */
function readHeaderRules(file) {
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const index = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, index).trim(), line.slice(index + 1).trim()]);
    }
  }
  return rules;
}
const matches = (pattern, path) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
const headerRules = readHeaderRules(join(root, '_headers'));

// Precompressed .br/.gz copies (scripts/precompress.mjs) are sent to browsers that accept them.
const files = sirv(root, { dev: false, etag: true, extensions: ['html'], brotli: true, gzip: true });

function notFound(req, res) {
  const lang = /^\/(zh|en)(\/|$)/.exec(req.url ?? '')?.[1];
  const page = lang ? join(root, lang, '404.html') : join(root, '404.html');
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(readFileSync(page));
}

createServer((req, res) => {
  const path = decodeURI((req.url ?? '/').split('?')[0] ?? '/');
  for (const rule of headerRules) if (matches(rule.pattern, path)) for (const [k, v] of rule.headers) res.setHeader(k, v);
  files(req, res, () => notFound(req, res));
}).listen(port, host, () => console.log(`Image Atlas: http://localhost:${port}/`));
