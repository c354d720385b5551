// One policy, three places. public/_headers is the source; this check fails when
//  - script-src falls back to 'unsafe-inline'/'unsafe-eval', or Trusted Types are not required;
//  - a built page has an inline <script> whose hash is missing from script-src (data blocks such as
//    JSON-LD, `type="application/ld+json"`, are never run and need none, but must be valid JSON);
//  - a built page lacks the <meta> copy of the policy (before its first script), or it differs;
//  - deploy/nginx/image-atlas.conf does not send exactly the headers of public/_headers.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, metaPolicy, parseHeaderRules, sitePolicy } from './headers-file.mjs';

const root = new URL('..', import.meta.url).pathname;
const rules = parseHeaderRules(readFileSync(join(root, 'public/_headers'), 'utf8'));
const policy = sitePolicy(rules);
const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
const expectedMeta = metaPolicy(policy);

const problems = [];
if (/'unsafe-(inline|eval)'/.test(scriptSrc)) problems.push(`script-src allows ${scriptSrc.match(/'unsafe-(inline|eval)'/)[0]}`);
if (!/require-trusted-types-for 'script'/.test(policy)) problems.push("the policy does not require Trusted Types (require-trusted-types-for 'script')");

const pages = (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : name.endsWith('.html') ? [path] : [];
  });
})(join(root, 'dist'));

// What the browser runs: no type, a module or a JavaScript MIME type. Anything else is a data block.
const executable = (type) => type === '' || type === 'module' || /^(text|application)\/(x-)?(java|ecma)script$/.test(type);
const dataBlock = (type, text) => {
  if (!/^application\/(ld\+)?json$/.test(type)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const decode = (value) => value.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const needed = new Map();
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const name = page.slice(root.length);
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\btype="([^"]*)"/.exec(match[1])?.[1]?.toLowerCase() ?? '';
    if (!executable(type)) {
      if (!dataBlock(type, match[2])) problems.push(`${name}: a <script type="${type}"> that is neither run nor a valid JSON data block`);
      continue;
    }
    const hash = `'sha256-${createHash('sha256').update(match[2]).digest('base64')}'`;
    if (!needed.has(hash)) needed.set(hash, name);
  }
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/gi)];
  if (metas.length !== 1) problems.push(`${name}: ${metas.length} Content-Security-Policy <meta> tags, expected 1`);
  else if (decode(metas[0][1]) !== expectedMeta) problems.push(`${name}: the <meta> policy differs from public/_headers`);
  else if (html.search(/<script/) !== -1 && html.search(/<script/) < metas[0].index) problems.push(`${name}: a script comes before the <meta> policy`);
}
for (const [hash, page] of needed) if (!scriptSrc.includes(hash)) problems.push(`inline script in ${page} needs ${hash} in public/_headers script-src`);

// nginx: `add_header Name "value" always;` for each header of /*, and the /_astro/ cache rule in the map.
const nginxFile = 'deploy/nginx/image-atlas.conf';
const nginx = readFileSync(join(root, nginxFile), 'utf8');
const sent = new Map([...nginx.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1].toLowerCase(), m[2]]));
for (const [name, value] of headersFor(rules, '/')) {
  if (sent.get(name.toLowerCase()) !== value) problems.push(`${nginxFile}: add_header ${name} is missing or differs from public/_headers`);
}
const immutable = headersFor(rules, '/_astro/x.js').find(([name]) => name.toLowerCase() === 'cache-control')?.[1];
if (immutable && !nginx.includes(`~^/_astro/  "${immutable}";`)) problems.push(`${nginxFile}: the /_astro/ cache rule differs from public/_headers`);

// The service workers must be revalidated on every visit, or a new deployment is never noticed.
for (const lang of ['zh', 'en']) {
  const cache = headersFor(rules, `/${lang}/sw.js`).find(([name]) => name.toLowerCase() === 'cache-control')?.[1];
  if (cache !== 'no-cache') problems.push(`public/_headers: /${lang}/sw.js must be sent with Cache-Control: no-cache`);
}
if (!/^\s*default\s+"no-cache";/m.test(nginx)) problems.push(`${nginxFile}: the cache map's default (pages, sw.js) must be "no-cache"`);

console.log(`CSP check: ${needed.size} inline script(s) and ${pages.length} <meta> policies on ${pages.length} pages, nginx config, ${problems.length} problem(s).`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
