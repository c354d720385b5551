// Serves the built site the way a static host would: clean URLs, each language's own 404 page,
// precompressed .br/.gz files, and the response headers from dist/_headers (the same CSP the
// deployment sends) on every response, errors included. No request can stop the process: a
// malformed path gets 400, an odd method 405, an unsatisfiable Range 416 (Range, ETag and HEAD are
// handled by `send`).
//
//   node scripts/serve.mjs [port]          serve dist/ (PORT and HOST from the environment also work)
//   node scripts/serve.mjs --build [port]  take the port first, then build, then serve (`npm start`)
//   node scripts/serve.mjs --root DIR [port]  serve another built site the same way (the bench's Starlight baseline)
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import mime from 'mime-types';
import send from 'send';
import { headersFor, parseHeaderRules } from './headers-file.mjs';

const args = process.argv.slice(2);
const build = args.includes('--build');
const port = Number(process.env.PORT ?? args.find((arg) => /^\d+$/.test(arg)) ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 ? join(args[rootArg + 1] ?? '.', '/') : new URL('../dist/', import.meta.url).pathname;

/** Files that exist but are not part of the site. */
const hidden = new Set(['/_headers']);

let site;
function loadSite() {
  if (!existsSync(join(root, rootArg >= 0 ? '' : 'index.html'))) {
    console.error(`${rootArg >= 0 ? root : 'dist/'} is empty: run \`npm run build\` first.`);
    process.exit(1);
  }
  const files = new Set(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => '/' + relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .filter((path) => !hidden.has(path) && !/\/\./.test(path)),
  );
  const headersFile = join(root, '_headers');
  return { files, rules: existsSync(headersFile) ? parseHeaderRules(readFileSync(headersFile, 'utf8')) : [] };
}

/** The file behind a decoded URL path: itself, `.html`, or the folder's `index.html`. */
function resolveFile(path) {
  const bare = path.endsWith('/') ? path.slice(0, -1) : path;
  return [path, `${bare}.html`, `${bare}/index.html`].find((candidate) => !candidate.endsWith('/') && site.files.has(candidate));
}

/** The request target as a path and query: origin-form, or absolute-form (`GET http://host/en/`). */
function requestPath(target) {
  if (target.startsWith('/')) return target;
  if (/^https?:\/\//i.test(target)) {
    try {
      const url = new URL(target);
      return url.pathname + url.search;
    } catch {
      return null;
    }
  }
  return null; // `*` (OPTIONS *) and anything else
}

function decodePath(raw) {
  try {
    const path = decodeURI(raw);
    return path.includes('\0') ? null : path;
  } catch {
    return null;
  }
}

function applyRules(res, path) {
  for (const [name, value] of headersFor(site.rules, path)) res.setHeader(name, value);
}

/** A short plain-text error with the site's headers, never cached as immutable. */
function fail(res, path, status, message, extra = {}) {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  applyRules(res, path);
  res.setHeader('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`${status} ${message}\n`);
}

function notFound(req, res, path) {
  const lang = /^\/(zh|en)(\/|$)/.exec(path)?.[1];
  const page = readFileSync(join(root, lang ? `${lang}/404.html` : '404.html'));
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  applyRules(res, path);
  res.setHeader('Cache-Control', 'no-store');
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', page.length);
  res.end(req.method === 'HEAD' ? undefined : page);
}

function handle(req, res) {
  const target = requestPath(req.url ?? '');
  const rawPath = (target ?? '/').split('?')[0];
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, rawPath, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  const path = decodePath(rawPath);
  if (target === null || path === null) return fail(res, rawPath, 400, 'Bad Request: malformed request target');

  const file = resolveFile(path);
  if (!file) return notFound(req, res, path);
  applyRules(res, path);

  // A precompressed copy (scripts/precompress.mjs) for clients that accept it.
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = [
    ['br', '.br'],
    ['gzip', '.gz'],
  ].find(([name, suffix]) => new RegExp(`\\b${name}\\b`).test(accepts) && site.files.has(file + suffix));
  if (site.files.has(`${file}.br`) || site.files.has(`${file}.gz`)) res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding[0]);
  res.setHeader('Content-Type', mime.contentType(extname(file)) || 'application/octet-stream');

  send(req, encodeURI(file + (encoding?.[1] ?? '')), { root, dotfiles: 'deny', index: false, etag: true })
    .on('error', (error) => {
      const status = error.status ?? 500;
      if (status === 404) return notFound(req, res, path);
      fail(res, path, status, error.expose ? error.message : 'Internal Server Error', error.headers ?? {});
    })
    .pipe(res);
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    console.error(`serve: ${req.method} ${JSON.stringify(req.url)}: ${error}`);
    if (!res.headersSent) fail(res, '/', 500, 'Internal Server Error');
    else res.destroy();
  }
});
// Malformed request lines never reach the handler: answer them with a plain 400, not a crash.
server.on('clientError', (_error, socket) => {
  if (!socket.writable) return socket.destroy();
  const headers = site ? headersFor(site.rules, '/').map(([name, value]) => `${name}: ${value}\r\n`) : [];
  socket.end(`HTTP/1.1 400 Bad Request\r\n${headers.join('')}Connection: close\r\nContent-Length: 0\r\n\r\n`);
});
server.on('error', (error) => {
  const reason = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.code ?? error.message})`;
  console.error(`serve: port ${port} on ${host} ${reason}: stop the other server or choose another port (PORT=4322 npm start).`);
  process.exit(1);
});
server.listen(port, host, () => {
  if (build) {
    const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  site = loadSite();
  console.log(`Image Atlas: http://localhost:${port}/`);
});
