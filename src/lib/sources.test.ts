import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../integrations/atlas';
import { navSlugs } from './nav';
import { sourceHref } from './sources';
import { validateAtlasData } from './validate-data';

const data = validateAtlasData(await readDataFiles(process.cwd()), navSlugs);

describe('sourceHref', () => {
  it('gives every source article a page of the guide, in the reader’s language', () => {
    expect(data.sources.map((source) => source.id)).toEqual(['000', '001', '002', '003', '004']);
    for (const source of data.sources) {
      for (const lang of ['zh', 'en'] as const) {
        const href = sourceHref(lang, source);
        expect(href.startsWith(`/${lang}/`)).toBe(true);
        expect(navSlugs).toContain(href.split('/')[2]);
      }
    }
  });
  it('points at the source’s own page in the data, with no section', () => {
    for (const source of data.sources) expect(sourceHref('zh', source)).toBe(`/zh/${source.page}/`);
  });
});
