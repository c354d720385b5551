import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';

// Each page says where it sits (breadcrumbs, with the same trail and the page's dates as JSON-LD),
// when it last changed (git, either language's file) and offers a way back to the top.
function lastCommitDay(slug: string): string | undefined {
  try {
    if (execFileSync('git', ['rev-parse', '--is-shallow-repository'], { encoding: 'utf8' }).trim() !== 'false') return undefined;
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', `content/docs/en/${slug}.mdx`, `content/docs/zh/${slug}.mdx`], { encoding: 'utf8' });
    return out.trim() ? new Date(out.trim()).toISOString().slice(0, 10) : undefined;
  } catch {
    return undefined;
  }
}

for (const [lang, crumb, title, updated, date] of [
  ['en', 'Reference', 'Glossary', 'Last updated', /^[A-Z][a-z]+ \d{1,2}, \d{4}$/],
  ['zh', '参考', '术语表', '最后更新于', /^\d{4}年\d{1,2}月\d{1,2}日$/],
] as const) {
  test(`breadcrumbs, structured data and last updated (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/glossary/`);
    const trail = page.getByRole('navigation', { name: lang === 'en' ? 'Breadcrumb' : '页面路径' });
    await expect(trail.getByRole('link', { name: crumb })).toHaveAttribute('href', `/${lang}/#site-map`);
    await expect(trail.locator('[aria-current="page"]')).toHaveText(title);
    // The trail comes before the title.
    expect(await page.evaluate(() => document.querySelector('.breadcrumbs')!.compareDocumentPosition(document.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();

    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    const [list, article] = data['@graph'];
    expect(list['@type']).toBe('BreadcrumbList');
    expect(list.itemListElement.map((item: { name: string }) => item.name)).toEqual([crumb, title]);
    expect(article).toMatchObject({ '@type': 'TechArticle', headline: title, inLanguage: lang === 'en' ? 'en' : 'zh-CN' });

    const day = lastCommitDay('glossary');
    const history = page.locator('.page-history');
    if (day) {
      await expect(history).toContainText(updated);
      await expect(history.locator('time')).toHaveAttribute('datetime', day);
      await expect(history.locator('time')).toHaveText(date);
      expect(article.dateModified.slice(0, 10)).toBe(day);
    } else {
      await expect(history).toHaveCount(0);
    }
    // No repository address is configured: no edit link.
    await expect(page.getByRole('link', { name: lang === 'en' ? 'Edit this page' : '编辑此页' })).toHaveCount(0);
  });
}

test('the start page has no trail, only its article data', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('.breadcrumbs')).toHaveCount(0);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data['@graph'].map((node: { '@type': string }) => node['@type'])).toEqual(['TechArticle']);
});

for (const motion of ['no-preference', 'reduce'] as const) {
  test(`back to top appears after scrolling a long page and goes to the top (${motion} motion)`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: motion });
    await page.goto('/en/system-vs-application-image/');
    const back = page.locator('main').getByRole('link', { name: 'Back to top' });
    await expect(back).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(back).toBeVisible();
    await back.click();
    await expect(page).toHaveURL(/#top$/);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await expect(back).toBeHidden();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('back to top still appears and works', async ({ page }) => {
    await page.goto('/zh/os-image-types/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const back = page.locator('main').getByRole('link', { name: '回到顶部' });
    await expect(back).toBeVisible();
    await back.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });
});
