import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { builtPages } from './site-pages';
import { headersFor, parseHeaderRules } from '../scripts/headers-file.mjs';

// The deploy config (deploy/nginx/image-atlas.conf) run by a real nginx (Debian's; .ci/run installs
// it) on a free port, as an unprivileged instance: its own prefix, pid, temp paths and error log in
// a temporary folder. Skipped, saying so, where nginx is not installed.

const dist = join(process.cwd(), 'dist');
const nginxBinary = [process.env.NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((path) => path && existsSync(path));
const brotliModule = [
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
  '/usr/share/nginx/modules/ngx_http_brotli_static_module.so',
].find((path) => existsSync(path));
const rules = parseHeaderRules(readFileSync(join(process.cwd(), 'public/_headers'), 'utf8'));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The repository's server block with this run's port and root; brotli_static only where the module exists. */
function siteConfig(port: number): string {
  const source = readFileSync(join(process.cwd(), 'deploy/nginx/image-atlas.conf'), 'utf8');
  const replaced = source.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \/srv\/image-atlas\/dist;$/m, `$1root ${dist};`);
  if (replaced.includes('listen 80;') || !replaced.includes(`root ${dist};`)) throw new Error('deploy/nginx/image-atlas.conf: no `listen 80;` or `root /srv/image-atlas/dist;` line to fill in');
  return brotliModule ? replaced : replaced.replace(/^\s*brotli_static on;\n/m, '');
}

function mainConfig(dir: string, port: number): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${dir}/${name};`).join('\n');
  writeFileSync(join(dir, 'image-atlas.conf'), siteConfig(port));
  return [
    brotliModule ? `load_module ${brotliModule};` : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    temp,
    `  include ${dir}/image-atlas.conf;`,
    '}',
  ].join('\n');
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
/** A plain HTTP GET that does not decompress, so the bytes nginx sent can be compared with dist/. */
function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const expectSiteHeaders = (reply: Reply, label: string) => {
  for (const [name, value] of headersFor(rules, '/')) expect(reply.headers[name.toLowerCase()], `${name} on ${label}`).toBe(value);
};

test.describe('nginx with deploy/nginx/image-atlas.conf', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(!nginxBinary, 'nginx is not installed (Debian: apt-get install nginx; .ci/run does this): nginx smoke tests skipped');

  let nginx: ChildProcess | undefined;
  let dir = '';
  let origin = '';
  let log = '';

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
    for (const name of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, name));
    const port = Number(process.env.NGINX_PORT) || (await freePort());
    origin = `http://127.0.0.1:${port}`;
    writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir, port));
    nginx = spawn(nginxBinary!, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] });
    nginx.stderr!.on('data', (chunk) => (log += chunk));
    for (let i = 0; i < 100; i++) {
      if (nginx.exitCode !== null) break;
      if (await fetchRaw(`${origin}/en/`).then((r) => r.status === 200, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const errors = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    throw new Error(`nginx did not start on ${origin}:\n${log}${errors}`);
  });

  test.afterAll(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx!.once('exit', resolve));
      nginx.kill('SIGQUIT');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (nginx.exitCode === null) nginx.kill('SIGKILL');
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('every page of both languages: 200 with the CSP and security headers', async () => {
    const pages = builtPages().filter((path) => !path.endsWith('404.html'));
    expect(pages.some((path) => path.startsWith('/zh/')) && pages.some((path) => path.startsWith('/en/'))).toBe(true);
    for (const path of pages) {
      const reply = await fetchRaw(origin + path);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expectSiteHeaders(reply, path);
      expect(reply.headers['cache-control'], path).toBe('no-cache');
    }
  });

  test('each language gets its own 404 page, with status 404 and the headers', async () => {
    for (const [path, lang] of [
      ['/zh/no-such-page/', 'zh-CN'],
      ['/en/no-such-page/', 'en'],
      ['/no-such-page/', 'en'],
      ['/_headers', 'en'],
    ] as const) {
      const reply = await fetchRaw(origin + path);
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString(), path).toContain(`<html lang="${lang}"`);
      expectSiteHeaders(reply, path);
    }
    const missing = await fetchRaw(`${origin}/_astro/missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-cache');
  });

  test('hashed assets under /_astro/ are cached as immutable', async () => {
    const asset = readdirSync(join(dist, '_astro')).find((name) => name.endsWith('.js'))!;
    const reply = await fetchRaw(`${origin}/_astro/${asset}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe(headersFor(rules, `/_astro/${asset}`).find(([n]) => n === 'Cache-Control')?.[1]);
  });

  test('precompressed files are sent as they are when the client accepts them', async () => {
    const gzip = await fetchRaw(`${origin}/en/compare/`, { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body.equals(readFileSync(join(dist, 'en/compare/index.html.gz'))), 'the .gz file written by the build').toBe(true);
    const plain = await fetchRaw(`${origin}/en/compare/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBe(statSync(join(dist, 'en/compare/index.html')).size);
    const br = await fetchRaw(`${origin}/en/compare/`, { 'Accept-Encoding': 'br, gzip' });
    if (brotliModule) {
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.body.equals(readFileSync(join(dist, 'en/compare/index.html.br')))).toBe(true);
    } else {
      test.info().annotations.push({ type: 'note', description: 'brotli_static module not installed: gzip only' });
      expect(br.headers['content-encoding']).toBe('gzip');
    }
  });

  test('other methods are refused', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = get(`${origin}/en/`, { method }, (res) => (res.resume(), resolve(res.statusCode ?? 0)));
        req.on('error', reject);
      });
      expect(status, method).toBe(405);
    }
  });

  test('search works under the policy nginx sends', async ({ page }) => {
    await page.goto(`${origin}/zh/os-image-types/`);
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox', { name: '搜索词' }).fill('内核');
    await expect(page.locator('#search-results a').first()).toBeVisible({ timeout: 15_000 });
    await page.locator('#search-results a').first().click();
    await expect(page.locator('mark.search-hit').first()).toBeVisible();
  });
});
