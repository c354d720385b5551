import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const input = (page: Page) => page.locator('#search-input');
const status = (page: Page) => page.locator('#search-status');
const groups = (page: Page) => page.locator('#search-results > li');

async function openSearch(page: Page, lang: 'zh' | 'en', path = `/${lang}/`) {
  await page.goto(path);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: lang === 'zh' ? '搜索词' : 'Search terms' })).toBeFocused();
}

/** Fill the field and wait for the results of exactly this query. */
async function search(page: Page, query: string) {
  await input(page).fill(query);
  await expect(status(page)).toContainText(query, { timeout: 10_000 });
}

async function firstLink(page: Page) {
  const url = new URL(await page.locator('#search-results a').first().getAttribute('href') ?? '', 'http://x');
  return `${url.pathname.split('/')[2] || 'index'}${url.hash}`;
}

test('the dialog markup is built when search first opens, and one Esc closes it', async ({ page }) => {
  await page.goto('/en/glossary/');
  await expect(page.locator('dialog#search-dialog')).toHaveCount(0);
  const button = page.getByRole('link', { name: 'Search' });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Search Image Atlas' });
  await expect(dialog).toBeVisible();
  await expect(status(page)).toHaveText('Type a word or a phrase. Chinese and English terms both work.');
  await search(page, 'Skopeo');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(page.locator('dialog#search-dialog')).toHaveCount(1);
});

test('arrow keys move through the results and Enter opens the section', async ({ page }) => {
  await openSearch(page, 'en');
  await search(page, 'Skopeo');
  const links = page.locator('#search-results a');
  await page.keyboard.press('ArrowDown');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/distribute-images\/#skopeo-crane$/);
});

test('results open the section that answers the query', async ({ page }) => {
  await openSearch(page, 'zh');
  await search(page, '救援镜像');
  expect(await firstLink(page)).toBe('os-image-types#live-image');
  await search(page, '镜像签名');
  expect(await firstLink(page)).toBe('secure-container-images#sign-and-verify');
});

test('results are grouped by page, with the real page count, three sections at most and Show more', async ({ page }) => {
  await openSearch(page, 'en');
  await search(page, 'image');
  const count = Number(/(\d+) pages/.exec((await status(page).textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(5);
  await expect(groups(page)).toHaveCount(5);
  for (const group of await groups(page).all()) {
    const links = await group.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThanOrEqual(1);
    expect(links.length).toBeLessThanOrEqual(3);
    expect(new Set(links).size, 'one page per group').toBe(1);
  }
  const more = page.getByRole('button', { name: /Show more results/ });
  while (await more.isVisible()) await more.click();
  await expect(groups(page)).toHaveCount(count);
  const pages = await groups(page).evaluateAll((items) => items.map((li) => new URL(li.querySelector('a')!.href).pathname));
  expect(new Set(pages).size).toBe(count);
});

test('a word with one typo finds the intended word and says so', async ({ page }) => {
  await openSearch(page, 'en');
  await search(page, 'kernal');
  await expect(status(page)).toContainText('Showing results for “kernel”');
  expect(await firstLink(page)).toMatch(/^(app-image-and-the-os#kernel-vs-userland|glossary#term-kernel)$/);
  await search(page, 'hypervisior');
  await expect(status(page)).toContainText('Showing results for “hypervisor”');
});

test('nothing about the query: an honest empty result with suggestions', async ({ page }) => {
  await openSearch(page, 'en');
  for (const query of ['quantum computing', 'jpeg compression', 'blockchain']) {
    await search(page, query);
    await expect(status(page)).toHaveText(`No results for “${query}”.`);
    await expect(page.locator('#search-results a')).toHaveCount(0);
  }
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('link', { name: 'glossary' })).toHaveAttribute('href', '/en/glossary/');
  await expect(dialog.getByRole('link', { name: 'comparison explorer' })).toHaveAttribute('href', '/en/compare/');
});

test('excerpts are whole phrases of visible prose, with whole words marked', async ({ page }) => {
  await openSearch(page, 'zh');
  await search(page, '内核');
  await expect(page.locator('.result-excerpt mark').first()).toBeVisible();
  const excerpts = await page.locator('.result-excerpt').allTextContents();
  for (const text of excerpts) {
    expect(text).not.toMatch(/[␞¶]/);
    // The hidden glossary keywords of the section "内核与用户空间" never show.
    expect(text).not.toContain('Kernel scratch');
  }
  const marks = await page.locator('.result-excerpt mark').allTextContents();
  expect(marks.every((m) => m === '内核'), marks.join(',')).toBe(true);
});

test('no search runs for half-typed input-method text', async ({ page }) => {
  await openSearch(page, 'zh');
  const client = await page.context().newCDPSession(page);
  await client.send('Input.imeSetComposition', { text: 'rongqi', selectionStart: 6, selectionEnd: 6 });
  await client.send('Input.insertText', { text: '容器' });
  // The next word's pinyin starts at once, well within the typing pause.
  await client.send('Input.imeSetComposition', { text: 'j', selectionStart: 1, selectionEnd: 1 });
  await page.waitForTimeout(500);
  await expect(input(page)).toHaveValue('容器j');
  await expect(status(page)).not.toContainText('容器j');
  await client.send('Input.insertText', { text: '镜像' });
  await expect(input(page)).toHaveValue('容器镜像');
  await expect(status(page)).toContainText('容器镜像');
  await expect(page.locator('#search-results a').first()).toBeVisible();
});

test('the engine loads on intent, not with the page, and only fragments of shown results load', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/en/os-image-types/');
  await page.waitForLoadState('networkidle');
  const searchFiles = () => requests.filter((path) => path.startsWith('/pagefind/') || /\/_astro\/search[.-]/.test(path));
  expect(searchFiles(), 'search files fetched on page load').toEqual([]);
  await page.getByRole('link', { name: 'Search' }).hover();
  await expect.poll(() => requests.some((path) => path.startsWith('/pagefind/site-en.json'))).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.includes('/fragment/')), 'no fragment before a search').toEqual([]);
  await page.getByRole('link', { name: 'Search' }).click();
  await search(page, 'image');
  const fragments = () => new Set(requests.filter((path) => path.includes('/fragment/'))).size;
  // Excerpts fill in once the results have stayed on screen for a moment.
  const excerptsLoaded = async () => expect(page.locator('.result-excerpt[data-loaded]')).toHaveCount(await page.locator('.result-excerpt').count());
  await excerptsLoaded();
  const before = fragments();
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThanOrEqual(await page.locator('#search-results a').count());
  await page.getByRole('button', { name: /Show more results/ }).click();
  await excerptsLoaded();
  expect(fragments()).toBeGreaterThan(before);
  expect(fragments()).toBeLessThanOrEqual(await page.locator('#search-results a').count());
});

test('the page-kind filter narrows results to the glossary', async ({ page }) => {
  await openSearch(page, 'en');
  await page.getByRole('combobox', { name: 'Show' }).selectOption('glossary');
  await search(page, 'kernel');
  const paths = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((p) => p === '/en/glossary/')).toBe(true);
});

test('arriving from a result marks the found words and shows the section', async ({ page }) => {
  await openSearch(page, 'zh');
  await search(page, '写时复制');
  await page.locator('#search-results a[href*="image-vs-container"]').first().click();
  await expect(page).toHaveURL(/\/zh\/image-vs-container\/#/);
  const marks = page.locator('mark.search-hit');
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).every((t) => t === '写时复制')).toBe(true);
});

test('the search page shows results for ?q= and keeps the query in the address', async ({ page }) => {
  await page.goto('/zh/search/?q=%E5%86%85%E6%A0%B8');
  const field = page.getByRole('searchbox', { name: '搜索词' });
  await expect(field).toHaveValue('内核');
  await expect(page.locator('search-page [role="status"]')).toContainText('“内核”');
  await expect(page.locator('#search-page-results a').first()).toHaveAttribute('href', /\/zh\/(app-image-and-the-os\/#kernel-vs-userland|glossary\/#term-kernel)$/);
  await expect(page.getByText('搜索需要 JavaScript')).toHaveCount(0);
  await field.fill('Skopeo');
  await expect(page).toHaveURL(/\/zh\/search\/\?q=Skopeo$/);
  await page.getByRole('combobox', { name: '范围' }).selectOption('glossary');
  await expect(page).toHaveURL(/\?q=Skopeo&kind=glossary$/);
  await expect(page.locator('#search-page-results a').first()).toHaveAttribute('href', '/zh/glossary/#term-skopeo');
  // On the search page the header button and the shortcut use its own field.
  await page.getByRole('link', { name: '搜索', exact: true }).click();
  await expect(field).toBeFocused();
  await expect(page.locator('dialog#search-dialog')).toHaveCount(0);
});

test('Ctrl-click on the search button opens the search page in a new tab', async ({ page, context }) => {
  await page.goto('/en/');
  const opened = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Search' }).click({ modifiers: ['ControlOrMeta'] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/en/search/');
  await expect(page.locator('dialog#search-dialog')).toHaveCount(0);
  await tab.close();
});

test('search works under Trusted Types: no markup sink is used', async ({ page }) => {
  // The site's own policy requires Trusted Types, its one policy passing only the service-worker
  // URLs: any markup sink would throw, and the fixture fails the test on the resulting violation.
  const response = await page.goto('/en/');
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'; trusted-types atlas-sw");
  await openSearch(page, 'en');
  await search(page, 'kernel');
  await expect(page.locator('.result-excerpt mark').first()).toBeVisible();
  await page.locator('#search-results a').first().click();
  await expect(page.locator('mark.search-hit').first()).toBeVisible();
});

test('without JavaScript the search page explains why search is unavailable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh/');
  await page.getByRole('link', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/zh\/search\/$/);
  await expect(page.getByText('搜索需要 JavaScript')).toBeVisible();
  await expect(page.getByRole('searchbox')).toBeHidden();
  await context.close();
});
