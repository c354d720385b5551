import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { test, expect } from '@playwright/test';

// scripts/serve.mjs (behind `npm start` and these tests) under raw, hostile HTTP: malformed paths,
// bad Ranges, odd methods and request lines a browser never sends. Each gets a clear status with the
// site's headers, and the server keeps answering.

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function rawRequest(port: number, request: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${JSON.stringify(request)}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: rest.join('\r\n\r\n') });
    });
    socket.write(request);
  });
}

const get = (target: string, extra = '') => `GET ${target} HTTP/1.1\r\nHost: localhost\r\n${extra}Connection: close\r\n\r\n`;
const cases: Array<{ name: string; request: (port: number) => string; status: number; check?: (r: RawResponse) => void }> = [
  ...['/%E0%A4%A', '/%c0', '/%c0%af', '/%', '/en/%zz/', '/%ED%A0%80', '/en/%00/'].map((path) => ({
    name: `malformed path ${path}`,
    request: () => get(path),
    status: 400,
  })),
  { name: 'path with an encoded newline /en/compare/%0a', request: () => get('/en/compare/%0a'), status: 404 },
  {
    name: 'absolute-form request line',
    request: (port: number) => get(`http://localhost:${port}/en/compare/`),
    status: 200,
    check: (r) => expect(r.headers['content-type']).toContain('text/html'),
  },
  { name: 'OPTIONS *', request: () => 'OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', status: 405 },
  { name: 'GET *', request: () => get('*'), status: 400 },
  ...['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS'].map((method) => ({
    name: `${method} /en/`,
    request: () => `${method} /en/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
    status: 405,
    check: (r: RawResponse) => expect(r.headers.allow).toBe('GET, HEAD'),
  })),
  {
    name: 'HEAD /en/',
    request: () => `HEAD /en/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
    status: 200,
    check: (r) => expect(r.body).toBe(''),
  },
  { name: 'Range bytes=100-50', request: () => get('/en/', 'Range: bytes=100-50\r\n'), status: 416 },
  {
    name: 'Range bytes=999999999-',
    request: () => get('/en/', 'Range: bytes=999999999-\r\n'),
    status: 416,
    check: (r) => expect(r.headers['content-range']).toMatch(/^bytes \*\/\d+$/),
  },
  {
    name: 'Range bytes=0-99999999999999999999',
    request: () => get('/en/', 'Range: bytes=0-99999999999999999999\r\n'),
    status: 206,
    check: (r) => expect(r.headers['content-range']).toMatch(/^bytes 0-(\d+)\/(\d+)$/),
  },
  {
    name: 'Range bytes=0-0',
    request: () => get('/en/', 'Range: bytes=0-0\r\n'),
    status: 206,
    check: (r) => {
      expect(r.headers['content-length']).toBe('1');
      expect(r.body).toBe('<');
    },
  },
  { name: 'Range bytes=abc (ignored)', request: () => get('/en/', 'Range: bytes=abc\r\n'), status: 200 },
  { name: '/_headers is not served', request: () => get('/_headers'), status: 404 },
  {
    name: 'a missing hashed asset is not cached',
    request: () => get('/_astro/missing.js'),
    status: 404,
    check: (r) => expect(r.headers['cache-control']).not.toContain('immutable'),
  },
  {
    name: 'a missing Chinese page gets the Chinese 404',
    request: () => get('/zh/no-such-page/'),
    status: 404,
    check: (r) => expect(r.body).toContain('lang="zh-CN"'),
  },
  { name: 'a request line that is not HTTP', request: () => 'HELLO\r\n\r\n', status: 400 },
  { name: 'a header without a colon', request: () => 'GET /en/ HTTP/1.1\r\nHost localhost\r\n\r\n', status: 400 },
];

test.describe('serve.mjs under raw requests', () => {
  const port = () => Number(new URL(test.info().project.use.baseURL!).port);

  for (const { name, request, status, check } of cases) {
    test(`${name} → ${status}`, async () => {
      const response = await rawRequest(port(), request(port()));
      expect(response.status, name).toBe(status);
      // Every response, errors included, carries the site's policy and nosniff.
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      check?.(response);
      // The server is still there.
      expect((await rawRequest(port(), get('/en/'))).status).toBe(200);
    });
  }

  test('a busy port gives one clear line and no build', () => {
    const result = spawnSync(process.execPath, ['scripts/serve.mjs', '--build', String(port())], { encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`port ${port()} .*already in use`))]);
  });
});
