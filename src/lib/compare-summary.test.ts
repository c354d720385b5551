import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../integrations/atlas';
import en from '../i18n/en.json';
import zh from '../i18n/zh.json';
import { catalogFromAtlas, emptyState, parseCompareState, visibleView } from './compare-state';
import { viewSummary, type SummaryStrings } from './compare-summary';
import { navSlugs } from './nav';
import { validateAtlasData } from './validate-data';

const data = validateAtlasData(await readDataFiles(process.cwd()), navSlugs);
const catalog = catalogFromAtlas(data, { zh: '维度', en: 'Aspect' });
const strings = (dict: Record<string, string>): SummaryStrings => ({
  allKinds: dict['compare.summary.allKinds']!,
  someKinds: dict['compare.summary.someKinds']!,
  vs: dict['compare.summary.vs']!,
  diff: dict['compare.summary.diff']!,
  q: dict['compare.summary.q']!,
  rows: dict['compare.summary.rows']!,
  dot: dict['compare.summary.dot']!,
});
const summarise = (search: string, lang: 'zh' | 'en' = 'en', preset?: string) => {
  const { state } = parseCompareState(search, catalog);
  const view = visibleView(state, catalog, lang);
  // The row count is glued with no-break spaces; the tests read it with plain ones.
  const text = viewSummary(state, view, catalog.kinds.length, lang, strings(lang === 'en' ? en : zh), preset);
  return { text: text.replace(/\u00a0/g, ' '), view };
};

describe('viewSummary', () => {
  it('names two or three kinds, the filters in force and the row count', () => {
    const { text, view } = summarise('?kinds=container-image,vm-image&diff=1&q=kernel');
    expect(text).toBe(`Container image vs Virtual machine image · differences only · matching “kernel” · ${view.rows.length} of 35 rows`);
  });
  it('counts kinds past three, and says "all" for the default view', () => {
    expect(summarise('?kinds=base-image,container-image,custom-image,vm-image').text).toMatch(/^4 of 10 kinds · \d+ of 35 rows$/);
    expect(viewSummary(emptyState(), visibleView(emptyState(), catalog, 'zh'), 10, 'zh', strings(zh))).toBe(
      '全部 10 种类型 · 35\u00a0/\u00a035\u00a0行',
    );
  });
  it('leaves out "differences only" where it cannot apply, and uses a preset’s title', () => {
    expect(summarise('?diff=1').text).toBe('All 10 kinds · 35 of 35 rows');
    expect(summarise('?preset=container-vs-vm', 'en', 'Container images vs virtual-machine images').text).toBe(
      'Container images vs virtual-machine images · 5 of 35 rows',
    );
  });
});
