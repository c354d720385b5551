// Every inline <script> in the built site must be allowed by hash in public/_headers, script-src must
// not fall back to 'unsafe-inline'/'unsafe-eval', and the README's nginx example must send the same policy.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const headers = readFileSync(join(root, 'public/_headers'), 'utf8');
const policy = /Content-Security-Policy:\s*(.+)/.exec(headers)?.[1]?.trim();
if (!policy) throw new Error('public/_headers: no Content-Security-Policy line');
const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';

const problems = [];
if (/'unsafe-(inline|eval)'/.test(scriptSrc)) problems.push(`script-src allows ${scriptSrc.match(/'unsafe-(inline|eval)'/)[0]}`);

const pages = (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
  });
})(join(root, 'dist'));

const needed = new Map();
for (const page of pages) {
  for (const match of readFileSync(page, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const hash = `'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`;
    if (!needed.has(hash)) needed.set(hash, page.slice(root.length));
  }
}
for (const [hash, page] of needed) if (!scriptSrc.includes(hash)) problems.push(`inline script in ${page} needs ${hash} in public/_headers script-src`);

const readme = readFileSync(join(root, 'README.md'), 'utf8');
if (!readme.includes(`add_header Content-Security-Policy "${policy}"`))
  problems.push('README.md: the nginx example does not send the same Content-Security-Policy as public/_headers');

console.log(`CSP check: ${needed.size} inline script(s) on ${pages.length} pages, ${problems.length} problem(s).`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
