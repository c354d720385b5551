// Copies the pages the bench compares from the site's content/docs into this Starlight project, in
// both languages: frontmatter reduced to title and description, `{#id}` heading suffixes removed
// (Starlight makes its own ids), and the site's components replaced by the stand-ins in src/stubs/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export const pages = ['index', 'os-image-types', 'compare'];
const stubs = { Term: 'Term', Source: 'Source', Aside: 'Aside', ComparisonTable: 'ComparisonTable', RatingsTable: 'RatingsTable', ComparisonExplorer: 'ComparisonTable' };
const root = new URL('./src/content/docs/', import.meta.url);
rmSync(root, { recursive: true, force: true });
for (const lang of ['en', 'zh']) {
  mkdirSync(new URL(`${lang}/`, root), { recursive: true });
  for (const page of pages) {
    const source = readFileSync(new URL(`../../content/docs/${lang}/${page}.mdx`, import.meta.url), 'utf8');
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
    const field = (name) => new RegExp(`^${name}:.*$`, 'm').exec(front)?.[0] ?? '';
    const used = Object.keys(stubs).filter((name) => new RegExp(`<${name}[\\s/>]`).test(body));
    const imports = used.map((name) => `import ${name} from '../../../stubs/${stubs[name]}.astro';`).join('\n');
    const text = body.replace(/^(#{2,6} .*?)\s*\{#[\w-]+\}\s*$/gm, '$1').replace(/^import .*$/gm, '');
    writeFileSync(new URL(`${lang}/${page}.mdx`, root), `---\n${field('title')}\n${field('description')}\n---\n\n${imports}\n\n${text}`);
  }
}
console.log(`starlight baseline: ${pages.length} pages × 2 languages from content/docs`);
