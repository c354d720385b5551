import { readFileSync } from 'node:fs';
import { expect, expectAxeClean, test } from './fixtures';

const sources: { id: string; title: { original: string } }[] = JSON.parse(readFileSync('content/data/sources.json', 'utf8'));

for (const lang of ['zh', 'en'] as const) {
  test(`the sources page lists all five articles with what uses them (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/sources/`);
    for (const { id, title } of sources) {
      const heading = page.locator(`h2#article-${id}`);
      await expect(heading).toContainText(lang === 'zh' ? `文章 ${id}` : `Article ${id}`);
      await expect(page.getByText(title.original, { exact: true })).toBeVisible();
    }
    // Computed, not hand-listed: every entry names at least one page and one caveat, and they link.
    const pageLists = page.locator('.source-pages');
    await expect(pageLists).toHaveCount(5);
    for (const list of await pageLists.all()) expect(await list.getByRole('link').count()).toBeGreaterThan(0);
    await expectAxeClean(page);
  });
}

test('a citation in the prose lands on the article entry', async ({ page }) => {
  await page.goto('/en/security-updates-customization/');
  await page.getByRole('link', { name: 'Article 002' }).first().click();
  await expect(page).toHaveURL('/en/sources/#article-002');
  await expect(page.locator('#article-002')).toBeInViewport();
});

test('the sources page is in the sidebar and the footer', async ({ page }) => {
  await page.goto('/zh/');
  await expect(page.getByRole('navigation', { name: '站点导航' }).getByRole('link', { name: '来源文章' })).toHaveAttribute('href', '/zh/sources/');
  await expect(page.getByRole('contentinfo').getByRole('link', { name: '关于五篇来源文章' })).toHaveAttribute('href', '/zh/sources/');
});

test('the explorer’s source numbers link to the sources page', async ({ page }) => {
  await page.goto('/en/compare/');
  const rowHeader = page.getByRole('rowheader', { name: /^Goal\b/ });
  await rowHeader.getByRole('link', { name: 'Source: Does an app image hold an OS? · 001' }).click();
  await expect(page).toHaveURL('/en/sources/#article-001');
});
