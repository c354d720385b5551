import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Offline reading: after a first visit the language's service worker has saved every page of that
// language and its search index; with the network gone, pages, search and the tools' URL state still
// work, and an address that was never saved shows the offline page in the page's language.

test.use({ serviceWorkers: 'allow' });

/** Wait until the page's language has an activated service worker (its precache is then complete). */
async function waitForOfflineCopy(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve(null)));
    const names = await caches.keys();
    const precache = names.find((name) => name.includes('precache') && name.includes(location.pathname.split('/')[1]!));
    return precache ? (await (await caches.open(precache)).keys()).length : 0;
  });
}

test('after a first visit both languages read, search and compare offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  // No service worker before the page is idle: the first response is the network's.
  const first = await page.goto('/zh/');
  expect(first?.fromServiceWorker()).toBe(false);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length))).toBe(0);
  expect(await waitForOfflineCopy(page)).toBeGreaterThan(300);
  await page.goto('/en/');
  expect(await waitForOfflineCopy(page)).toBeGreaterThan(300);

  await context.setOffline(true);
  for (const [path, title] of [
    ['/zh/os-image-types/', '操作系统镜像的类型'],
    ['/zh/glossary/', '术语表'],
    ['/en/container-vs-vm-image/', 'Container images vs VM images'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.fromServiceWorker(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }

  await page.goto('/zh/search/?q=%E5%86%85%E6%A0%B8');
  await expect(page.locator('search-page [role="status"]')).toContainText('“内核”');
  await expect(page.locator('#search-page-results a').first()).toHaveAttribute('href', /^\/zh\//);

  await page.goto('/en/search/?q=kernel');
  await expect(page.locator('search-page [role="status"]')).toContainText('“kernel”');
  await expect(page.locator('#search-page-results a').first()).toHaveAttribute('href', /^\/en\//);

  await page.goto('/zh/compare/?kinds=container-image,vm-image');
  await expect(page.locator('comparison-explorer[data-ready]')).toBeAttached();
  await expect(page.getByRole('table', { name: /并排/ }).getByRole('columnheader')).toHaveText(['维度', '容器镜像', '虚拟化镜像']);

  await page.goto('/en/choose/?s=hpc:3,production');
  await expect(page.getByRole('checkbox', { name: 'Production', exact: true })).toBeChecked();

  for (const [path, title] of [
    ['/zh/no-such-page/', '当前处于离线状态'],
    ['/en/no-such-page/', 'You are offline'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('link', { name: title.startsWith('当前') ? '术语表' : 'Glossary' }).last()).toBeVisible();
  }
  await context.setOffline(false);
});

test('the service worker is sent with no-cache, and not registered on Save-Data', async ({ page, request }) => {
  for (const lang of ['zh', 'en']) {
    const response = await request.get(`/${lang}/sw.js`);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-cache');
    expect(response.headers()['content-type']).toMatch(/javascript/);
  }
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, type: 'wifi' } }));
  await page.goto('/en/glossary/');
  await expect(page.locator('html')).toHaveAttribute('data-offline', 'skipped');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
