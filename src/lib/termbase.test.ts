import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { readDataFiles, readSourcePages } from '../integrations/atlas';
import { proseOf } from './prose';
import { bannedTerms, termbaseSchema } from './termbase';

const TERMBASE = 'content/data/termbase.json';
const termbase = termbaseSchema.parse(JSON.parse(await readFile(TERMBASE, 'utf8')));
const pages = await readSourcePages(process.cwd());
const dataFiles = await readDataFiles(process.cwd());
const report = (file: string, p: { line: number; variant: string; preferred: string }) =>
  `${file}:${p.line}: "${p.variant}" — the termbase (${TERMBASE}) prefers "${p.preferred}"`;

/** Every string of a data file with its language: values under a `zh` or `en` key (or `original`, which is Chinese). */
function texts(value: unknown, lang?: 'zh' | 'en'): { lang: 'zh' | 'en'; text: string }[] {
  if (typeof value === 'string') return lang ? [{ lang, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((item) => texts(item, lang));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      texts(item, key === 'zh' || key === 'original' ? 'zh' : key === 'en' ? 'en' : lang),
    );
  return [];
}

describe('the termbase check', () => {
  it('finds a banned variant with its line and the preferred term', () => {
    expect(bannedTerms('第一行\n这是一个虚拟化监控程序。', termbase, 'zh')).toEqual([
      { line: 2, column: 5, variant: '虚拟化监控程序', preferred: '虚拟机监控器' },
    ]);
    expect(bannedTerms('A build artifact.', termbase, 'en')).toMatchObject([{ line: 1, variant: 'artifact', preferred: 'artefact' }]);
  });
  it('leaves quotations and other words alone', () => {
    expect(bannedTerms('文章称之为“容器注册表”。', termbase, 'zh')).toEqual([]);
    expect(bannedTerms('artifactory is a product name', termbase, 'en')).toEqual([]);
    // The OCI specification's own name for them stays as the spec spells it.
    expect(bannedTerms('the spec calls them OCI artifacts', termbase, 'en')).toEqual([]);
  });
});

describe('pages and data use the preferred terms', () => {
  it('no page uses a banned variant in its prose', () => {
    const found = pages.flatMap((page) =>
      bannedTerms(proseOf(page.source), termbase, page.lang as 'zh' | 'en').map((p) => report(page.file, p)),
    );
    expect(found).toEqual([]);
  });
  it('no data file uses a banned variant', async () => {
    const found: string[] = [];
    for (const [file, json] of Object.entries(dataFiles)) {
      if (file === TERMBASE) continue;
      const raw = await readFile(file, 'utf8');
      for (const { lang, text } of texts(json)) {
        for (const problem of bannedTerms(text, termbase, lang)) {
          const line = raw.slice(0, Math.max(0, raw.indexOf(JSON.stringify(text).slice(1, -1)))).split('\n').length;
          found.push(report(file, { ...problem, line }));
        }
      }
    }
    expect(found).toEqual([]);
  });
  it('lists of page links use the pages’ titles', () => {
    const titles = new Map(pages.map((page) => [`${page.lang}/${page.slug}`, /^title: "?(.*?)"?$/m.exec(page.source)?.[1]]));
    const wrong = pages.flatMap((page) =>
      [...page.source.matchAll(/^\s*- \[([^\]]+)\]\(\.\.\/([a-z0-9-]+)\/\)[：:]/gm)].flatMap((match) => {
        const title = titles.get(`${page.lang}/${match[2]}`);
        const line = page.source.slice(0, match.index).split('\n').length + 1;
        return match[1] === title ? [] : [`${page.file}:${line}: link text "${match[1]}" should be the page title "${title}"`];
      }),
    );
    expect(wrong).toEqual([]);
  });
});
