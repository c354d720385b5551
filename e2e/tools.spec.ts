import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The two tools as a reader with a shared link meets them: the answer in the first screen, a summary
// that follows every change, a matrix whose kind names and aspect labels stay in view, columns wide
// enough on a phone, and settings that never hide the result they change.
const viewports = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const COMPARE = '/{lang}/compare/?kinds=container-image,vm-image&diff=1';
const CHOOSE = '/{lang}/choose/?s=development,production:3,security:2';

const matrix = (page: Page) => page.locator('comparison-explorer table');
const ranking = (page: Page) => page.locator('scenario-chooser [data-ranking]');
const summary = (page: Page, tool: 'comparison-explorer' | 'scenario-chooser') => page.locator(`${tool} [data-summary]`);

async function top(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.y;
}

for (const [size, viewport] of Object.entries(viewports)) {
  test.describe(`${size} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: size === 'phone', isMobile: size === 'phone' });

    for (const lang of ['zh', 'en'] as const) {
      test(`a shared link opens on the answer (${lang})`, async ({ page }) => {
        await page.goto(COMPARE.replace('{lang}', lang));
        await expect(summary(page, 'comparison-explorer')).toContainText(lang === 'en' ? 'differences only' : '只看差异');
        const head = matrix(page).locator('thead tr');
        const firstRow = matrix(page).locator('tr[data-row]:not([hidden])').first();
        await expect(head).toBeInViewport();
        expect(await top(head)).toBeLessThan(viewport.height - 120);
        await expect(firstRow).toBeInViewport();
        expect(await page.evaluate(() => window.scrollY)).toBe(0);

        await page.goto(CHOOSE.replace('{lang}', lang));
        await expect(ranking(page).getByRole('listitem')).toHaveCount(6);
        await expect(ranking(page).getByRole('listitem').first()).toBeInViewport();
        expect(await top(ranking(page))).toBeLessThan(viewport.height - 150);
      });
    }

    test('a link without state opens at the top, with the settings closed on the explorer', async ({ page }) => {
      await page.goto('/en/compare/');
      await expect(summary(page, 'comparison-explorer')).toHaveText('All 10 kinds · 35\u00a0of\u00a035\u00a0rows');
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.getByRole('form', { name: 'Explorer settings' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Edit view' })).toHaveAttribute('aria-expanded', 'false');
    });

    test('the summary follows every change and names the row count; the change is on screen', async ({ page }) => {
      await page.goto('/en/compare/?kinds=container-image,vm-image');
      const line = summary(page, 'comparison-explorer');
      await expect(line).toHaveText(/^Container image vs Virtual machine image · \d+\u00a0of\u00a035\u00a0rows$/);
      await expect(page.locator('comparison-explorer[data-ready]')).toBeAttached();
      await page.getByRole('button', { name: 'Edit view' }).click();
      const settings = page.getByRole('form', { name: 'Explorer settings' });
      await settings.getByRole('checkbox', { name: 'Show differences only' }).check();
      const shown = () => matrix(page).locator('tr[data-row]:not([hidden])').count();
      await expect(line).toContainText('differences only');
      await expect(line).toContainText(`${await shown()}\u00a0of\u00a035\u00a0rows`);
      await settings.getByRole('checkbox', { name: 'Security', exact: true }).uncheck();
      await expect(line).toContainText(`${await shown()}\u00a0of\u00a035\u00a0rows`);
      // Visible without scrolling: the summary and the matrix's header are on screen, not under the settings.
      const panel = page.locator('#cmp-panel');
      await expect(line).toBeInViewport();
      await expect(matrix(page).locator('thead')).toBeInViewport();
      const panelBox = (await panel.boundingBox())!;
      const lineBox = (await line.boundingBox())!;
      const headBox = (await matrix(page).locator('thead').boundingBox())!;
      if (size === 'phone') {
        expect(lineBox.y + lineBox.height).toBeLessThanOrEqual(panelBox.y);
        expect(headBox.y + headBox.height).toBeLessThanOrEqual(panelBox.y);
      } else expect(headBox.x + headBox.width).toBeLessThanOrEqual(panelBox.x + 1);
      // Done closes the settings and gives focus back to the control that opened them.
      await page.getByRole('button', { name: 'Done' }).click();
      await expect(settings).toBeHidden();
      await expect(page.getByRole('button', { name: 'Edit view' })).toBeFocused();
    });

    test('after scrolling 1,500 px through the matrix the kind names are still in view', async ({ page }) => {
      await page.goto('/en/compare/');
      const region = page.getByRole('region', { name: /side by side/ });
      const header = matrix(page).getByRole('columnheader', { name: 'Application image', exact: true });
      const aspect = matrix(page).getByRole('columnheader', { name: 'Aspect' });
      await region.hover();
      for (let i = 0; i < 15; i += 1) await page.mouse.wheel(0, 100);
      await expect.poll(() => region.evaluate((el) => el.scrollTop + window.scrollY)).toBeGreaterThanOrEqual(1400);
      await expect(aspect).toBeInViewport();
      const regionBox = (await region.boundingBox())!;
      expect((await aspect.boundingBox())!.y).toBeGreaterThanOrEqual(Math.max(0, regionBox.y) - 1);
      // Sideways, too: the kind header row and the aspect column both stay.
      await expect(header).toBeInViewport();
      await region.evaluate((el) => (el.scrollLeft = 400));
      const row = matrix(page).getByRole('rowheader').filter({ visible: true }).nth(10);
      expect((await row.boundingBox())!.x).toBeLessThan(regionBox.x + 10);
    });

    test('the chooser’s star table keeps its scenario column and header row', async ({ page }) => {
      await page.goto('/zh/choose/');
      const region = page.getByRole('region', { name: '各类镜像的使用场景评分' });
      await region.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
        el.scrollTop = el.scrollHeight;
      });
      const regionBox = (await region.boundingBox())!;
      const scenario = page.getByRole('rowheader', { name: '安全性' });
      await scenario.scrollIntoViewIfNeeded();
      expect((await scenario.boundingBox())!.x).toBeLessThan(regionBox.x + 10);
      const head = page.getByRole('columnheader', { name: '场景' });
      const headBox = (await head.boundingBox())!;
      expect(headBox.y).toBeGreaterThanOrEqual((await region.boundingBox())!.y - 1);
    });
  });
}

test.describe('phone 390 px', () => {
  test.use({ viewport: viewports.phone, hasTouch: true, isMobile: true });

  for (const lang of ['zh', 'en'] as const) {
    test(`two chosen kinds sit side by side, each at least 120 px wide (${lang})`, async ({ page }) => {
      await page.goto(COMPARE.replace('{lang}', lang));
      const kinds = matrix(page).locator('thead th[data-kind]');
      await expect(kinds).toHaveCount(2);
      for (const box of await Promise.all((await kinds.all()).map((th) => th.boundingBox()))) {
        expect(box!.width).toBeGreaterThanOrEqual(120);
        expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }

  test('choosing a scenario in the sheet updates the ranking above it', async ({ page }) => {
    await page.goto('/en/choose/');
    await expect(page.locator('scenario-chooser[data-ready]')).toBeAttached();
    await page.getByRole('button', { name: 'Edit view' }).click();
    await page.getByRole('checkbox', { name: 'Microservices' }).check();
    const sheet = (await page.locator('#choose-panel').boundingBox())!;
    const first = ranking(page).getByRole('listitem').first();
    await expect(first).toBeInViewport();
    expect((await first.boundingBox())!.y).toBeLessThan(sheet.y);
    await expect(summary(page, 'scenario-chooser')).toContainText('Scenarios chosen: 1 · ranked first:');
    await expect(summary(page, 'scenario-chooser')).toBeInViewport();
  });
});

test('the chooser’s settings sit beside the ranking on a wide screen', async ({ page }) => {
  await page.setViewportSize(viewports.desktop);
  await page.goto('/en/choose/');
  const box = page.getByRole('checkbox', { name: 'Production' });
  await expect(box).toBeInViewport();
  await box.check();
  await expect(ranking(page).getByRole('listitem').first()).toBeInViewport();
  expect((await ranking(page).boundingBox())!.x).toBeLessThan((await box.boundingBox())!.x);
});

test('a disputed rating that drives the ranking links to the caveat', async ({ page }) => {
  await page.goto('/en/choose/?s=security');
  const container = ranking(page).getByRole('listitem').filter({ hasText: 'Container image' });
  const why = container.getByRole('link', { name: /Article 003 gives Container image 3\/5 for Security.*why/ });
  await expect(why).toHaveAttribute('href', '/en/os-image-types/#caveat-container-security-rating');
  // Only where it counts: no such link for a type whose ratings are not disputed.
  await expect(ranking(page).getByRole('listitem').filter({ hasText: 'Cloud image' }).getByRole('link', { name: /questions/ })).toHaveCount(0);
  await why.click();
  await expect(page.locator('#caveat-container-security-rating')).toBeInViewport();
});
