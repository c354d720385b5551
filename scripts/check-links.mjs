// Internal link checker over dist/: every internal href (and its #fragment) must resolve.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

const root = new URL('../dist/', import.meta.url).pathname;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Site path of a built file: dist/zh/glossary/index.html → /zh/glossary/ */
function sitePath(file) {
  const rel = '/' + relative(root, file).split(sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

function parse(file) {
  const ids = new Set();
  const links = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs.id) ids.add(attrs.id);
      if (name === 'a' && attrs.name) ids.add(attrs.name);
      for (const attr of ['href', 'src']) {
        if (attrs[attr] && !(name === 'link' && attrs.rel === 'alternate') && !(name === 'link' && attrs.rel === 'canonical'))
          links.push(attrs[attr]);
      }
    },
  });
  parser.end(readFileSync(file, 'utf8'));
  return { ids, links };
}

const pages = new Map(htmlFiles(root).map((file) => [sitePath(file), parse(file)]));

function resolveTarget(path) {
  if (pages.has(path)) return pages.get(path);
  if (existsSync(join(root, path)) && statSync(join(root, path)).isFile()) return { ids: new Set(), links: [] };
  return undefined;
}

const broken = [];
let checked = 0;
// Citations (/xx/sources/#article-00N) and cell notes (…#caveat-id) are counted apart, so the report
// shows they were checked; a build that renders none of them has lost its citations.
let citations = 0;
let notes = 0;
for (const [from, { links }] of pages) {
  for (const href of links) {
    if (/^(https?:|mailto:|data:|javascript:)/i.test(href) || href.startsWith('//')) continue;
    checked++;
    if (/\/sources\/#article-\d{3}$/.test(href)) citations++;
    if (/#caveat-[a-z0-9-]+$/.test(href)) notes++;
    const url = new URL(href, `http://site${from}`);
    const target = resolveTarget(decodeURI(url.pathname));
    if (!target) {
      broken.push(`${from}: ${href} → no such page`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !target.ids.has(fragment)) broken.push(`${from}: ${href} → no element with id "${fragment}"`);
  }
}

console.log(
  `Link check: ${checked} internal links on ${pages.size} pages (${citations} citations of a source article, ${notes} links to a caveat), ${broken.length} broken.`,
);
if (citations === 0 || notes === 0) broken.push(`no ${citations === 0 ? 'citation' : 'caveat'} links found: <Source /> or cell notes stopped rendering`);
if (broken.length > 0) {
  for (const line of broken) console.error(`  ✗ ${line}`);
  process.exit(1);
}
