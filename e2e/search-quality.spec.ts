// Search quality, measured as a reader meets it: each judged query is typed into the dialog
// (Chinese through input-method composition events) and the results on screen are scored.
import type { CDPSession, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { judgements, negatives } from './search-queries';

const CJK_RUN = /([\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+)/;

/**
 * Type a query into the focused search field the way a reader does: Latin text key by key, Chinese
 * through an input method (composition events: pinyin is composed, then the characters are committed).
 */
async function typeLikeAReader(page: Page, client: CDPSession, query: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  for (const part of query.split(CJK_RUN)) {
    if (!part) continue;
    if (!CJK_RUN.test(part)) {
      await page.keyboard.type(part);
      continue;
    }
    for (let i = 1; i <= part.length; i++) {
      const pinyin = 'x'.repeat(i);
      await client.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
    }
    await client.send('Input.insertText', { text: part });
  }
}

/** The results shown for the query: page slugs in order, and the section the first link opens. */
async function typedResults(page: Page, client: CDPSession, query: string) {
  await typeLikeAReader(page, client, query);
  await expect(page.locator('#search-status')).toContainText(query, { timeout: 10_000 });
  const hrefs = await page.locator('#search-results a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const links = hrefs.map((href) => {
    const url = new URL(href);
    const slug = url.pathname.split('/')[2] || 'index';
    return { slug, section: url.hash ? `${slug}${url.hash}` : slug };
  });
  return { pages: [...new Set(links.map((l) => l.slug))], first: links[0]?.section };
}

const percent = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}%`);

for (const lang of ['zh', 'en'] as const) {
  test(`search quality (${lang}): recall@3, precision@1, section@1, honest empties`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await page.goto(`/${lang}/`);
    await page.keyboard.press('Control+k');
    await expect(page.locator('#search-input')).toBeFocused();
    const client = await page.context().newCDPSession(page);
    const misses: string[] = [];
    let recalled = 0;
    let rightFirst = 0;
    let judgedSections = 0;
    let rightSection = 0;
    for (const { query, pages, sections } of judgements[lang]) {
      const shown = await typedResults(page, client, query);
      if (shown.pages.slice(0, 3).some((slug) => pages.includes(slug))) recalled++;
      else misses.push(`recall: "${query}" → [${shown.pages.slice(0, 3).join(', ')}], wanted one of ${pages.join('/')}`);
      if (pages.includes(shown.pages[0] ?? '')) rightFirst++;
      else misses.push(`precision: "${query}" → ${shown.pages[0] ?? 'nothing'}, wanted ${pages.join(' or ')}`);
      if (sections) {
        judgedSections++;
        if (sections.includes(shown.first ?? '')) rightSection++;
        else misses.push(`section: "${query}" → ${shown.first ?? 'nothing'}, wanted ${sections.join(' or ')}`);
      }
    }
    let honest = 0;
    for (const query of negatives[lang]) {
      const shown = await typedResults(page, client, query);
      if (shown.pages.length === 0) honest++;
      else misses.push(`empty: "${query}" → [${shown.pages.join(', ')}], wanted nothing`);
    }
    const positives = judgements[lang].length;
    const report =
      `${lang}: ${positives} queries + ${negatives[lang].length} negatives — recall@3 ${percent(recalled, positives)}, ` +
      `precision@1 ${percent(rightFirst, positives)}, section@1 ${percent(rightSection, judgedSections)} (${judgedSections} judged), ` +
      `honest empty ${percent(honest, negatives[lang].length)}`;
    console.log(report + (misses.length ? `\n  ${misses.join('\n  ')}` : ''));
    await testInfo.attach(`search-quality-${lang}`, { body: [report, ...misses].join('\n') });
    expect(positives).toBeGreaterThanOrEqual(40);
    expect(negatives[lang].length).toBe(5);
    expect(recalled / positives, misses.join('\n')).toBe(1);
    expect(rightFirst / positives, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(rightSection / judgedSections, misses.join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(negatives[lang].length - honest, misses.join('\n')).toBeLessThanOrEqual(1);
  });
}
