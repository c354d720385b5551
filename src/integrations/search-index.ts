import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlLang, languages, searchStrings, type Lang } from '../i18n';
import { extractPage, recordFields, recordHtml, separatorPositions } from '../lib/search-records';
import { latinWords } from '../lib/search-vocabulary';
import { pagefindWasm, searchDataUrl, type PageEntry, type SearchData, type SectionEntry } from '../lib/search-data';

const STRINGS_MODULE = 'virtual:search-strings';

/** The `search.*` UI strings of both languages as a module, for the islands that build search UI. */
function searchStringsPlugin() {
  return {
    name: 'image-atlas-search-strings',
    resolveId: (id: string) => (id === STRINGS_MODULE ? `\0${STRINGS_MODULE}` : undefined),
    load: (id: string) => (id === `\0${STRINGS_MODULE}` ? `export default ${JSON.stringify({ zh: searchStrings('zh'), en: searchStrings('en') })};` : undefined),
  };
}

/** Word occurrences per index chunk (Pagefind's default is 20,000). */
const INDEX_CHUNK_SIZE = 2500;

interface GlossaryEntry {
  zh: string;
  en: string;
}

/** Pagefind stores fragments gzip-compressed behind a 12-byte signature. */
function readPagefindJson(bytes: Buffer): unknown {
  let data = bytes;
  try {
    data = gunzipSync(bytes);
  } catch {
    /* already plain */
  }
  return JSON.parse(data.subarray(12).toString('utf8'));
}

async function builtPages(out: string, lang: Lang): Promise<Array<{ slug: string; html: string }>> {
  const root = join(out, lang);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const pages = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const rel = entry.parentPath.slice(root.length).replace(/^\/+/, '');
    pages.push({ slug: rel || 'index', html: await readFile(join(entry.parentPath, entry.name), 'utf8') });
  }
  return pages.sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * Builds the search index after the pages: one Pagefind record per section (see
 * src/lib/search-records.ts), then one `site-<lang>.json` per language with what the browser needs
 * to rank, group and describe results before it loads any fragment.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'image-atlas-search',
    hooks: {
      // The search UI is built in the browser when it is first needed, with only these strings.
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [searchStringsPlugin()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const root = fileURLToPath(new URL('../../', import.meta.url));
        const glossary = JSON.parse(await readFile(join(root, 'content/data/glossary.json'), 'utf8')) as GlossaryEntry[];
        // Small index chunks: a query fetches the few kilobytes its words live in, not 20 KB per
        // word (Pagefind's default suits sites with thousands of pages). Unstable in Pagefind's
        // naming; without it search works the same and fetches more.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const sites: Record<Lang, { pages: PageEntry[]; byUrl: Map<string, [number, string, string]>; texts: string[] }> = {
          zh: { pages: [], byUrl: new Map(), texts: [] },
          en: { pages: [], byUrl: new Map(), texts: [] },
        };
        for (const lang of languages) {
          const site = sites[lang];
          for (const { slug, html } of await builtPages(out, lang)) {
            const page = extractPage(html);
            if (!page) continue;
            const pageIndex = site.pages.push([slug, page.title, page.kind]) - 1;
            for (const section of page.sections) {
              const fields = recordFields(page, section);
              const url = `/${lang}/${slug === 'index' ? '' : `${slug}/`}${section.id ? `#${section.id}` : ''}`;
              const added = await index.addHTMLFile({ url, content: recordHtml(htmlLang[lang].toLowerCase(), fields) });
              if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
              site.byUrl.set(url, [pageIndex, section.id, section.heading]);
              // Code blocks stay findable by exact word; their identifiers would only bloat the word list.
              site.texts.push(...Object.entries(fields).flatMap(([field, blocks]) => (field === 'code' ? [] : blocks)));
            }
          }
        }
        const outputPath = join(out, 'pagefind');
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();

        const entryJson = await readFile(join(outputPath, 'pagefind-entry.json'));
        const entry = JSON.parse(entryJson.toString()) as { languages: Record<string, { hash: string; wasm: string | null }> };
        const tag = createHash('sha256').update(entryJson).digest('hex').slice(0, 12);
        const fragments = await readdir(join(outputPath, 'fragment'));
        const chunks = await readdir(join(outputPath, 'index'));
        const aliases = glossary.map((g): [string, string] => [g.zh, g.en]);
        for (const lang of languages) {
          const key = htmlLang[lang].toLowerCase();
          const site = sites[lang];
          const info = entry.languages[key];
          if (!info) throw new Error(`Pagefind wrote no index for ${key}`);
          const wasm = `wasm.${info.wasm ?? 'unknown'}.pagefind`;
          if (wasm !== pagefindWasm(lang)) throw new Error(`Pagefind's WebAssembly for ${key} is ${wasm}; src/lib/search-data.ts expects ${pagefindWasm(lang)}`);
          const sections: Record<string, SectionEntry> = {};
          for (const file of fragments.filter((f) => f.startsWith(`${key}_`))) {
            const fragment = readPagefindJson(await readFile(join(outputPath, 'fragment', file))) as { url: string; content: string };
            const known = site.byUrl.get(fragment.url);
            if (!known) throw new Error(`Pagefind fragment ${file} has an unknown URL ${fragment.url}`);
            sections[file.replace(/\.pf_fragment$/, '')] = [...known, separatorPositions(fragment.content)];
          }
          const data: SearchData = {
            tag,
            preload: [
              `pagefind-entry.json?ts=${tag}`,
              `pagefind.${info.hash}.pf_meta`,
              wasm,
            ],
            chunks: chunks.filter((c) => c.startsWith(`${key}_`)).map((c) => `index/${c}`),
            pages: site.pages,
            sections,
            latin: latinWords(site.texts),
            aliases,
          };
          await writeFile(join(out, searchDataUrl(lang)), JSON.stringify(data));
          logger.info(`${lang}: ${site.pages.length} pages, ${Object.keys(sections).length} sections, ${data.latin.length} Latin words`);
        }
      },
    },
  };
}
