// Every built page links a link-preview image that works: an og:image (with width, height and alt
// text) whose file exists in dist/ and is a 1200×630 PNG of at most 80 KB, and whose alt text is in
// the page's language (it starts as that language's og.alt.* strings do). Prints the images' bytes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';

export const MAX_IMAGE_BYTES = 80 * 1024;
const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const strings = Object.fromEntries(['zh', 'en'].map((lang) => [lang, JSON.parse(readFileSync(join(root, `src/i18n/${lang}.json`), 'utf8'))]));
/** "Link preview: “" / "链接预览图：「": what every alt text of a language starts with. */
const altPrefix = (lang) => {
  const prefixes = Object.entries(strings[lang]).filter(([key]) => key.startsWith('og.alt.')).map(([, value]) => value.split('{')[0]);
  if (new Set(prefixes).size !== 1) throw new Error(`src/i18n/${lang}.json: the og.alt.* strings must start alike`);
  return prefixes[0];
};

/** Width and height of a PNG, or undefined if `bytes` is not one. */
export function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pages = (function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return ['_astro', 'pagefind'].includes(name) ? [] : walk(path);
    return name.endsWith('.html') ? [path] : [];
  });
})(dist);

const problems = [];
const images = new Map();
for (const page of pages) {
  const name = page.slice(dist.length);
  const doc = parseDocument(readFileSync(page, 'utf8'));
  const lang = DomUtils.findOne((el) => el.name === 'html', doc.children)?.attribs.lang?.startsWith('zh') ? 'zh' : 'en';
  const meta = (property) => DomUtils.findOne((el) => el.name === 'meta' && el.attribs.property === property, doc.children)?.attribs.content;
  const url = meta('og:image');
  if (!url) {
    problems.push(`${name}: no og:image`);
    continue;
  }
  const path = new URL(url).pathname;
  if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630') problems.push(`${name}: og:image:width/height are not 1200/630`);
  const alt = meta('og:image:alt') ?? '';
  if (!alt.startsWith(altPrefix(lang)) || alt.length <= altPrefix(lang).length + 2) problems.push(`${name}: og:image:alt "${alt}" is not alt text in ${lang}`);
  let bytes;
  try {
    bytes = readFileSync(join(dist, path));
  } catch {
    problems.push(`${name}: its og:image ${path} is not in dist/`);
    continue;
  }
  const size = pngSize(bytes);
  if (!size || size.width !== 1200 || size.height !== 630) problems.push(`${name}: ${path} is not a 1200×630 PNG`);
  if (bytes.length > MAX_IMAGE_BYTES) problems.push(`${name}: ${path} is ${bytes.length} bytes, more than ${MAX_IMAGE_BYTES}`);
  images.set(path, bytes.length);
}

if (problems.length > 0) {
  console.error(`check-og: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const sizes = [...images.values()];
console.log(
  `check-og: ${pages.length} pages, ${images.size} preview images, all 1200×630 PNG ≤ 80 KB; ` +
    `largest ${(Math.max(...sizes) / 1024).toFixed(1)} KB, total ${(sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(0)} KB`,
);
