import { readFileSync } from 'node:fs';
import nav from '../content/nav.json' with { type: 'json' };
import { test, expect, chooseTheme } from './fixtures';

test.describe('language switch', () => {
  test('keeps the page, the query string and the section', async ({ page }) => {
    await page.goto('/zh/os-image-types/?from=test#cloud-image');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/os-image-types\/\?from=test#cloud-image$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/os-image-types\/\?from=test#cloud-image$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('from a scrolled page without a #fragment, it lands on the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/os-image-types/');
    // A phone reader scrolls to "Cloud image" and starts reading it.
    await page.locator('#cloud-image').evaluate((heading) => window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 150));
    await expect(page).toHaveURL(/\/en\/os-image-types\/$/);
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/os-image-types\/#cloud-image$/);
    await expect(page.getByRole('heading', { name: '云服务镜像' })).toBeInViewport();
    // The sticky "On this page" bar names it.
    await expect(page.locator('.toc-narrow [data-toc-current]')).toHaveText('云服务镜像');
  });

  test('reaching the switch with the keyboard does not move the page', async ({ page }) => {
    await page.goto('/en/os-image-types/#cloud-image');
    const before = await page.evaluate(() => window.scrollY);
    await page.getByRole('link', { name: 'Search' }).focus();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '中文' })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh\/os-image-types\/#cloud-image$/);
  });

  test('at the top of a page it keeps the address as it is', async ({ page }) => {
    await page.goto('/zh/os-image-types/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/os-image-types\/$/);
  });

  test('from a compare view with a text filter: the view stays, the filter is dropped with a notice', async ({ page }) => {
    await page.goto('/en/compare/?kinds=container-image,vm-image&q=kernel&diff=1');
    const rows = page.locator('comparison-explorer tr[data-row]:not([hidden])');
    await expect(rows.first()).toBeVisible();
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL('/zh/compare/?kinds=container-image,vm-image&diff=1');
    await expect(page.locator('comparison-explorer .cmp-notice')).toContainText('文字筛选“kernel”');
    expect(await rows.count()).toBeGreaterThan(0);
    await expect(page.locator('comparison-explorer .cmp-empty')).toBeHidden();
    // The notice is for that arrival only.
    await page.reload();
    await expect(page.locator('comparison-explorer .cmp-notice')).toBeHidden();
  });

  test('the same section id exists in both languages', async ({ page }) => {
    for (const lang of ['zh', 'en']) {
      await page.goto(`/${lang}/app-image-and-the-os/#kernel-vs-userland`);
      await expect(page.locator('#kernel-vs-userland')).toBeInViewport();
    }
  });
});

test.describe('start page', () => {
  test('without JavaScript it offers both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/en/');
    await expect(page.getByRole('link', { name: /中文/ })).toHaveAttribute('href', '/zh/');
    await context.close();
  });

  test('sends a new reader to the browser language and a returning one to their last choice', async ({ browser }) => {
    const zhReader = await browser.newContext({ locale: 'zh-CN' });
    const page = await zhReader.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh\/$/);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await zhReader.close();

    const enReader = await browser.newContext({ locale: 'en-GB' });
    const enPage = await enReader.newPage();
    await enPage.goto('/');
    await expect(enPage).toHaveURL(/\/en\/$/);
    await enReader.close();
  });
});

test.describe('theme', () => {
  test('persists across pages and is applied before the first paint', async ({ page }) => {
    // Record the theme at the moment <body> appears, i.e. before anything can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'unset';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/en/');
    await chooseTheme(page, 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.goto('/zh/glossary/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    await expect(page.getByRole('group', { name: '主题' }).getByRole('radio', { name: '深色' })).toBeChecked();
    await chooseTheme(page, 'system');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('light');
  });
});

test.describe('mobile navigation', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('opens, moves focus into the menu, lets focus leave, and closes on Esc', async ({ page }) => {
    await page.goto('/en/os-image-types/');
    const nav = page.getByRole('navigation', { name: 'Site navigation' });
    await expect(nav).toBeHidden();
    const button = page.getByRole('button', { name: 'Open menu' });
    await button.click();
    await expect(nav).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close menu' })).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Types of operating-system images' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(page.getByRole('button', { name: 'Open menu' })).toBeFocused();
    // Not a trap: with the menu open, Shift+Tab from the first link leaves it and the menu closes.
    await page.getByRole('button', { name: 'Open menu' }).click();
    await nav.getByRole('link').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(nav).toBeHidden();
  });

  test('every tap target in the phone header is at least 44 × 44 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of ['/zh/os-image-types/', '/en/compare/']) {
      await page.goto(path);
      const targets = await page.locator('header.site-header').evaluate((header) =>
        [...header.querySelectorAll<HTMLElement>('a, button, input, select, summary, label')]
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
          .map((el) => ({ what: el.outerHTML.slice(0, 60), width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height })),
      );
      expect(targets.length, path).toBeGreaterThanOrEqual(4);
      for (const target of targets) {
        expect(target.width, target.what).toBeGreaterThanOrEqual(44);
        expect(target.height, target.what).toBeGreaterThanOrEqual(44);
      }
    }
  });

  test('no page scrolls sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/zh/', '/en/os-image-types/', '/zh/build-container-images/', '/en/glossary/', '/zh/compare/', '/en/choose/']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('404 pages', () => {
  for (const [lang, title, htmlLang] of [
    ['zh', '页面不存在', 'zh-CN'],
    ['en', 'Page not found', 'en'],
  ] as const) {
    test(`/${lang}/… gets the ${lang} 404`, async ({ page }) => {
      const response = await page.goto(`/${lang}/no-such-page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    });
  }
});

test.describe('sections', () => {
  test('every heading has a translated copy-link control that copies the section URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/zh/os-image-types/');
    const link = page.getByRole('link', { name: '复制本节链接：“云服务镜像”' });
    await link.click();
    await expect(page.getByRole('status').filter({ hasText: '链接已复制' })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/zh\/os-image-types\/#cloud-image$/);
  });

  test('the table of contents follows the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/en/os-image-types/#scenario-ratings');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', '#scenario-ratings');
  });
});

test.describe('without JavaScript', () => {
  test('a concept page shows its full content', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/app-image-and-the-os/');
    const source = readFileSync('content/docs/en/app-image-and-the-os.mdx', 'utf8');
    const ids = [...source.matchAll(/\{#([a-z0-9-]+)\}\s*$/gm)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(1);
    await expect(page.getByRole('figure').first()).toBeVisible();
    // The sidebar stays reachable below the text.
    await expect(page.getByRole('navigation', { name: 'Site navigation' }).getByRole('link')).toHaveCount(nav.groups.flatMap((g) => g.pages).length);
    await context.close();
  });
});
