import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectAxeClean, test } from './fixtures';

const EN = '/en/compare/';
const ALL_KINDS = [
  'System image (bootable)',
  'Application image',
  'Base OS container image',
  'Base image',
  'Container image',
  'Custom image',
  'Virtual machine image',
  'Cloud image',
  'Physical-server image',
  'Container (running instance)',
];

const matrix = (page: Page) => page.getByRole('table', { name: /side by side|并排/ });
const explorer = (page: Page) => page.getByRole('form', { name: /Explorer settings|对比设置/ });
const status = (page: Page) => page.locator('comparison-explorer').getByRole('status');
const notice = (page: Page) => page.locator('comparison-explorer .cmp-notice');
const kindBox = (page: Page, name: string) => explorer(page).getByRole('checkbox', { name, exact: true });

/** Column headers, row headers and every checkbox's state: what a reader sees of the view. */
async function snapshot(page: Page) {
  const table = matrix(page);
  return {
    columns: await table.getByRole('columnheader').allInnerTexts(),
    rows: await table.locator('tr[data-row]:not([hidden]) th .row-label').allInnerTexts(),
    boxes: await page
      .locator('comparison-explorer input[type="checkbox"]')
      .evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((i) => `${i.value}:${i.checked}:${i.indeterminate}:${i.disabled}`)),
    q: await explorer(page).getByRole('searchbox').inputValue(),
  };
}

/** Open a view and its settings (the "Edit view" panel), as a reader who is about to change it. */
async function ready(page: Page, url: string, { settings = true } = {}) {
  await page.goto(url);
  await expect(page.locator('comparison-explorer[data-ready]')).toBeAttached();
  if (settings) await page.getByRole('button', { name: /^(Edit view|编辑视图)$/ }).click();
  if (settings) await expect(explorer(page)).toBeVisible();
}
/** Markdown, CSV and Print sit in the bar's Export menu. */
async function exportButton(page: Page, name: string) {
  const menu = page.locator('comparison-explorer details[data-export]');
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator('summary').click();
  return page.getByRole('button', { name });
}

test('a copied link reopens the same view in a fresh browser', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page, EN);
  for (const name of ALL_KINDS.slice(3)) await kindBox(page, name).uncheck();
  await explorer(page).getByRole('checkbox', { name: 'Security', exact: true }).uncheck();
  await explorer(page).getByText('What it is: Choose rows (7)').click();
  await explorer(page).getByRole('checkbox', { name: 'Goal (Does an app image hold an OS?)' }).uncheck();
  await explorer(page).getByRole('searchbox', { name: 'Filter rows by text' }).fill('image');
  await expect(page).toHaveURL(/q=image/);
  await expect(matrix(page).getByRole('columnheader')).toHaveText(['Aspect', ...ALL_KINDS.slice(0, 3)]);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('#announcer')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).search).toBe(
    '?kinds=system-image,application-image,base-os-image&topics=contents,startup,resources,operations,customization,usage,portability&rows=definition-and-essence,definition-and-scope,type-definition,key-traits,implementation-approach,template-vs-instance&q=image',
  );
  const before = await snapshot(page);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await ready(other, copied);
  expect(await snapshot(other)).toEqual(before);
  await expect(other.getByRole('checkbox', { name: 'What it is', exact: true })).toHaveJSProperty('indeterminate', true);
  await fresh.close();
});

test('Back and Forward step through the views', async ({ page }) => {
  await ready(page, EN);
  const columns = matrix(page).getByRole('columnheader');
  await kindBox(page, 'Cloud image').uncheck();
  await expect(page).toHaveURL(/kinds=/);
  await kindBox(page, 'Base image').uncheck();
  await expect(columns).toHaveCount(9);
  const search = explorer(page).getByRole('searchbox');
  await search.fill('kernel');
  await expect(page).toHaveURL(/q=kernel/);
  await search.fill('kernels');
  await expect(page).toHaveURL(/q=kernels/);

  await page.goBack();
  await expect(search).toHaveValue('');
  await expect(columns).toHaveCount(9);
  await page.goBack();
  await expect(columns).toHaveCount(10);
  await expect(kindBox(page, 'Base image')).toBeChecked();
  await expect(kindBox(page, 'Cloud image')).not.toBeChecked();
  await expect(matrix(page).getByRole('columnheader', { name: 'Base image' })).toBeVisible();
  await page.goBack();
  await expect(columns).toHaveCount(11);
  await expect(page).toHaveURL(EN);
  await page.goForward();
  await expect(columns).toHaveCount(10);
  await expect(matrix(page).getByRole('columnheader', { name: 'Cloud image' })).toHaveCount(0);
  await expect(status(page)).toHaveText('Showing 35 of 35 rows · 9 of 10 kinds');
});

test('switching language keeps the view', async ({ page }) => {
  await ready(page, `${EN}?kinds=vm-image,cloud-image,container-image&topics=security`);
  await kindBox(page, 'Cloud image').uncheck();
  await expect(page).toHaveURL(/kinds=container-image,vm-image&topics=security$/);
  const en = await snapshot(page);

  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL('/zh/compare/?kinds=container-image,vm-image&topics=security');
  await expect(page.locator('comparison-explorer[data-ready]')).toBeAttached();
  await page.getByRole('button', { name: '编辑视图' }).click();
  await expect(explorer(page)).toBeVisible();
  const zh = await snapshot(page);
  expect(zh.boxes).toEqual(en.boxes);
  expect(zh.rows).toHaveLength(en.rows.length);
  await expect(matrix(page).getByRole('columnheader')).toHaveText(['维度', '容器镜像', '虚拟化镜像']);

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${EN}?kinds=container-image,vm-image&topics=security`);
  await expect(page.locator('comparison-explorer[data-ready]')).toBeAttached();
  await page.getByRole('button', { name: 'Edit view' }).click();
  expect(await snapshot(page)).toEqual(en);
});

test('hostile URLs are reported as text and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await ready(
    page,
    `${EN}?kinds=<img src=x onerror=alert(1)>,vm-image&q=%3Cscript%3Ealert(1)%3C/script%3E&rows=__proto__&diff=maybe&x=%E0%A4%A`,
  );
  await expect(notice(page)).toBeVisible();
  for (const part of ['kinds=<img src=x onerror=alert(1)>', 'rows=__proto__', 'diff=maybe', 'x=%E0%A4%A'])
    await expect(notice(page)).toContainText(part);
  // The text filter is kept, as text: no row matches it, and the table says so.
  await expect(matrix(page).getByRole('cell', { name: 'No rows match “<script>alert(1)</script>”.' })).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  expect(await page.evaluate(() => [...document.scripts].some((script) => script.text.includes('alert')))).toBe(false);

  await page.getByRole('button', { name: 'Clear the text filter' }).click();
  await expect(explorer(page).getByRole('searchbox')).toBeFocused();
  await expect(matrix(page).getByRole('columnheader')).toHaveText(['Aspect', 'Virtual machine image']);
  await expect(matrix(page).locator('tr[data-row]:not([hidden])')).toHaveCount(12);
  expect(new URL(page.url()).search).toBe('?kinds=vm-image');
  await page.waitForTimeout(200);
  expect(dialogs).toEqual([]);
});

test('without JavaScript the full table and the preset links are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${EN}?kinds=vm-image&diff=1`);
  await expect(matrix(page).getByRole('columnheader')).toHaveCount(11);
  await expect(matrix(page).locator('tr[data-row]')).toHaveCount(35);
  await expect(matrix(page).getByRole('row')).toHaveCount(1 + 9 + 35);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit view' })).toHaveCount(0);
  const presets = page.getByRole('list', { name: /Presets/ }).locator('a[data-preset]');
  await expect(presets).toHaveCount(6);
  await expect(presets.first()).toHaveAttribute('href', '/en/compare/?preset=system-vs-application');
  await expect(page.getByText('Filtering needs JavaScript')).toBeVisible();
  await context.close();
});

test('presets reproduce each source table exactly', async ({ page }) => {
  await page.goto('/en/os-image-types/');
  await page.getByRole('link', { name: /Open in the comparison explorer/ }).first().click();
  await expect(page).toHaveURL(`${EN}?preset=os-image-types`);
  await expect(page.locator('comparison-explorer[data-ready]')).toBeAttached();
  await page.getByRole('button', { name: 'Edit view' }).click();
  await expect(matrix(page).getByRole('columnheader')).toHaveText(['Aspect', ...ALL_KINDS.slice(3, 9)]);
  await expect(matrix(page).locator('tr[data-row]:not([hidden])')).toHaveCount(7);
  const current = page.getByRole('link', { name: 'Six kinds of operating-system image compared' });
  await expect(current).toHaveAttribute('aria-current', 'true');

  // Choosing another preset from the list needs no reload and is one step in the history.
  await page.getByRole('list', { name: /Presets/ }).getByRole('link', { name: 'Container image vs container' }).click();
  await expect(page).toHaveURL(`${EN}?preset=image-vs-container`);
  await expect(matrix(page).getByRole('columnheader')).toHaveText(['Aspect', 'Container image', 'Container (running instance)']);
  await expect(matrix(page).locator('tr[data-row]:not([hidden])')).toHaveCount(4);
  await page.goBack();
  await expect(matrix(page).locator('tr[data-row]:not([hidden])')).toHaveCount(7);
});

test('keyboard only: Space on a kind checkbox removes its column and keeps focus', async ({ page }) => {
  await ready(page, EN);
  const box = kindBox(page, 'Cloud image');
  for (let i = 0; i < 120 && !(await box.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await expect(box).toBeChecked();
  await page.keyboard.press('Space');
  await expect(box).not.toBeChecked();
  await expect(matrix(page).getByRole('columnheader', { name: 'Cloud image' })).toHaveCount(0);
  await expect(status(page)).toHaveText('Showing 35 of 35 rows · 9 of 10 kinds');
  await expect(box).toBeFocused();
  await page.keyboard.press('Space');
  await expect(matrix(page).getByRole('columnheader', { name: 'Cloud image' })).toBeVisible();
  await expect(matrix(page).getByRole('columnheader').nth(8)).toHaveText('Cloud image');
  await expect(box).toBeFocused();
});

test('a #dim- link to a hidden row reveals it and says what changed', async ({ page }) => {
  await ready(page, `${EN}?kinds=vm-image&topics=security&q=hardware`);
  const row = page.locator('#dim-kernel-inclusion');
  await expect(row).toBeHidden();
  await page.evaluate(() => (location.hash = '#dim-kernel-inclusion'));
  await expect(row).toBeVisible();
  await expect(notice(page)).toHaveText(
    'To show the row “Kernel”, the view changed: the row was added, the kind “System image (bootable)” was added, the text filter was cleared.',
  );
  await expect(page).toHaveURL(`${EN}?kinds=system-image,vm-image&topics=security&rows=kernel-inclusion#dim-kernel-inclusion`);
  await expect(status(page)).toContainText('Showing');
  await expect(row).toBeInViewport();

  // On load, too; and an unknown row is reported.
  await ready(page, `${EN}?topics=security#dim-image-size`);
  await expect(page.locator('#dim-image-size')).toBeVisible();
  await ready(page, `${EN}#dim-%3Cb%3Enope`);
  await expect(notice(page)).toHaveText('This table has no row “<b>nope”.');
});

test('"differences only" hides identical rows when two kinds are shown', async ({ page }) => {
  await ready(page, `${EN}?preset=os-image-types`);
  const diff = explorer(page).getByRole('checkbox', { name: 'Show differences only' });
  await expect(diff).toBeDisabled();
  for (const name of ['Custom image', 'Virtual machine image', 'Cloud image', 'Physical-server image']) await kindBox(page, name).uncheck();
  await expect(diff).toBeEnabled();
  const portability = matrix(page).getByRole('rowheader', { name: /^Portability\b.*Source: Types of OS image · 003$/ });
  await expect(portability).toBeVisible();
  // The ≠ marker (and its spoken "differs") only where the two texts differ.
  await expect(portability.getByText('≠')).toBeHidden();
  await expect(matrix(page).getByRole('rowheader', { name: /^Traits differs/ }).getByText('≠')).toBeVisible();
  await diff.check();
  await expect(portability).toBeHidden();
  await expect(matrix(page).locator('tr[data-row]:not([hidden])')).toHaveCount(6);
  await expect(status(page)).toHaveText('Showing 6 of 35 rows · 2 of 10 kinds · differences only');
  await expect(page).toHaveURL(/\?kinds=base-image,container-image&rows=type-definition,[a-z,-]*,portability-rating&diff=1$/);
});

test('export buttons copy the shown table', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page, `${EN}?preset=container-vs-vm&q=isolat`);
  await (await exportButton(page, 'Copy as Markdown')).click();
  await expect(page.locator('#announcer')).toHaveText('Table copied as Markdown');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  // The matrix row's source link, as the export should name it.
  const source = matrix(page).getByRole('row', { name: /^Isolation/ }).locator('.row-source');
  const sourceName = await source.evaluate((a) => (a.lastChild?.textContent ?? '').replace(/\s+/g, ' ').trim());
  const sourceUrl = await source.evaluate((a: HTMLAnchorElement) => a.href);
  expect(markdown.split('\n').slice(0, 3)).toEqual([
    '| Aspect | Container image | Virtual machine image | Source |',
    '| --- | --- | --- | --- |',
    `| Isolation | Isolated at the OS-kernel level, but the shared kernel makes it weaker than a VM | Isolated at the hardware level with a separate kernel per VM — stronger | ${sourceName} <${sourceUrl}> |`,
  ]);
  expect(sourceUrl).toMatch(/\/en\/sources\/#article-\d{3}$/);
  await (await exportButton(page, 'Copy as CSV')).click();
  await expect(page.locator('#announcer')).toHaveText('Table copied as CSV');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Aspect,Container image,Virtual machine image,Source\r\n/);
});

test('fits a 320 px screen: the controls stay inside, the table scrolls in its own region', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await ready(page, EN);
  const box = await page.locator('comparison-explorer').boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  const overflowing = await page.locator('comparison-explorer').evaluate((root) =>
    [...root.querySelectorAll('*')]
      .filter((el) => !el.closest('.table-scroll') && el.getBoundingClientRect().right > document.documentElement.clientWidth)
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(overflowing).toEqual([]);
  const region = page.getByRole('region', { name: /side by side/ });
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // The aspect column stays put while the kinds scroll under it.
  await region.evaluate((el) => (el.scrollLeft = 600));
  const header = matrix(page).getByRole('rowheader', { name: /^Goal/ });
  expect((await header.boundingBox())!.x).toBeLessThan(40);
  // A link reached with Tab scrolls out from under the sticky column (scroll-padding-inline-start).
  await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await region.focus();
  await page.keyboard.press('Tab');
  const link = matrix(page).getByRole('link', { name: 'System image (bootable)' });
  await expect(link).toBeFocused();
  const aspect = (await matrix(page).getByRole('columnheader', { name: 'Aspect' }).boundingBox())!;
  expect((await link.boundingBox())!.x).toBeGreaterThanOrEqual(aspect.x + aspect.width - 1);
});

// One view per test, checked inside the explorer (accessibility.spec.ts covers the whole page), so
// each test stays short on a loaded machine.
test.describe('axe', () => {
  const views = [
    { name: 'default view', url: EN, notice: false },
    { name: 'diff view', url: `${EN}?preset=os-image-types&kinds=base-image,container-image&diff=1`, notice: false },
    { name: 'empty view with notice', url: '/zh/compare/?kinds=vm-image,nope&q=zzz', notice: true },
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const view of views) {
      test(`${view.name} is clean (${theme})`, async ({ page }) => {
        await ready(page, view.url);
        await chooseTheme(page, theme);
        if (view.notice) await expect(notice(page)).toBeVisible();
        await expectAxeClean(page, `${view.name} (${theme})`, { include: 'comparison-explorer' });
      });
    }
  }
});
