import { describe, expect, it } from 'vitest';
import { readSourcePages } from '../integrations/atlas';
import { citationsIn, unlinkedMentions } from './citations';
import sources from '../../content/data/sources.json';

const pages = await readSourcePages(process.cwd());

describe('finding citations', () => {
  it('reads <Source /> ids with their lines', () => {
    expect(citationsIn('one\n<Source id="003" /> and <Source id="001" start />')).toEqual([
      { id: '003', line: 2 },
      { id: '001', line: 2 },
    ]);
  });
  it('reports mentions that are not links, in both languages', () => {
    const page = ['---', 'title: x', 'description: 按文章 003 排名', '---', 'As article 002 says,', '文章 004 和 001 都说', 'see (000 gives 5 GB)'].join('\n');
    expect(unlinkedMentions(page)).toEqual([
      { line: 5, text: 'article 002' },
      { line: 6, text: '文章 004' },
      { line: 6, text: '001' },
      { line: 7, text: '000' },
    ]);
  });
  it('ignores links, code, ports and ids', () => {
    const page = ['<Source id="003" /> is fine', '`alpine:3.19` and `USER 10001`', '```bash', 'docker run -p 5000:5000 registry:2 # article 004', '```', '[x](../a/#article-003)'].join('\n');
    expect(unlinkedMentions(page)).toEqual([]);
  });
});

describe('every page cites the articles through <Source />', () => {
  it('no page mentions an article number without linking it', () => {
    const unlinked = pages.flatMap((page) => unlinkedMentions(page.source).map((m) => `${page.file}:${m.line}: "${m.text}" — write <Source id="${m.text.slice(-3)}" />`));
    expect(unlinked).toEqual([]);
  });
  it('every citation names one of the five articles', () => {
    const known = sources.map((source) => source.id);
    const unknown = pages.flatMap((page) =>
      citationsIn(page.source)
        .filter((c) => !known.includes(c.id))
        .map((c) => `${page.file}:${c.line}: <Source id="${c.id}" /> is not in content/data/sources.json`),
    );
    expect(unknown).toEqual([]);
  });
});

describe('the sources page', () => {
  it('lists all five articles in both languages, each with its own entry and anchor', () => {
    for (const lang of ['zh', 'en']) {
      const page = pages.find((p) => p.slug === 'sources' && p.lang === lang);
      expect(page, `content/docs/${lang}/sources.mdx`).toBeDefined();
      for (const { id } of sources) {
        expect(page!.source, `${page!.file}: heading {#article-${id}}`).toMatch(new RegExp(`^## .+\\{#article-${id}\\}$`, 'm'));
        expect(page!.source, `${page!.file}: <SourceEntry id="${id}">`).toContain(`<SourceEntry id="${id}">`);
      }
    }
    expect(sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
  });
});
