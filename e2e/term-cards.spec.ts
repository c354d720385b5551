import { devices } from '@playwright/test';
import { expect, expectAxeClean, test } from './fixtures';

// A linked glossary term shows its card (both names, a short definition, a link to the entry) on
// hover, on keyboard focus and on a first tap; Esc closes it. Without JavaScript it is a plain link.
const card = (page: import('@playwright/test').Page, id: string) => page.locator(`#term-card-${id}`);

test('Tab to a term shows its card with the definition; Esc closes it', async ({ page }) => {
  await page.goto('/en/os-image-types/');
  const term = page.locator('main a[data-term="iso"]').first();
  await term.focus();
  // Focus by keyboard: move back and forth with Tab so the term gets focus the way a reader's does.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(term).toBeFocused();
  const shown = card(page, 'iso');
  await expect(shown).toBeVisible();
  await expect(shown).toContainText('ISO image');
  await expect(shown).toContainText('ISO 镜像');
  await expect(shown).toContainText('ISO 9660');
  await expect(shown.getByRole('link', { name: /Full entry in the glossary/ })).toHaveAttribute('href', '/en/glossary/#term-iso');
  await page.keyboard.press('Escape');
  await expect(shown).toBeHidden();
  await expect(term).toBeFocused();
});

test('hovering a term shows its card, which stays while the pointer is on it', async ({ page }) => {
  await page.goto('/zh/os-image-types/');
  const term = page.locator('main a[data-term="qcow2"]').first();
  await expect(page.locator('main a[data-term][title]')).toHaveCount(0);
  await term.scrollIntoViewIfNeeded();
  const before = await term.boundingBox();
  await term.hover();
  const shown = card(page, 'qcow2');
  await expect(shown).toBeVisible();
  await expect(shown).toContainText('QEMU');
  await expect(shown.getByRole('link', { name: /术语表中的完整词条/ })).toBeVisible();
  // The card sits over the text: opening it moved nothing on the page.
  expect(await term.boundingBox()).toEqual(before);
  await shown.hover();
  await expect(shown).toBeVisible();
  await page.mouse.move(5, 400);
  await expect(shown).toBeHidden();
});

test('no cards on a page that links no terms', async ({ page }) => {
  await page.goto('/en/sources/');
  await expect(page.locator('.term-cards')).toHaveCount(0);
});

test('axe is clean with a card open, light and dark', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/en/system-vs-application-image/');
    await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
    const term = page.locator('main a[data-term]').first();
    await term.hover();
    const id = await term.getAttribute('data-term');
    await expect(card(page, id ?? '')).toBeVisible();
    await expectAxeClean(page, `term card open (${theme})`);
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, userAgent: devices['Pixel 7'].userAgent });

  test('a first tap opens the card, a second tap follows the link', async ({ page }) => {
    await page.goto('/zh/os-image-types/');
    const term = page.locator('main a[data-term="qcow2"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const shown = card(page, 'qcow2');
    await expect(shown).toBeVisible();
    await expect(page).toHaveURL(/\/zh\/os-image-types\/$/);
    const box = await shown.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
    await term.tap();
    await expect(page).toHaveURL(/\/zh\/glossary\/#term-qcow2$/);
  });

  test('the card link follows to the entry; a tap elsewhere closes the card', async ({ page }) => {
    await page.goto('/en/os-image-types/');
    const term = page.locator('main a[data-term="iso"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const shown = card(page, 'iso');
    await expect(shown).toBeVisible();
    await page.locator('main h1').tap();
    await expect(shown).toBeHidden();
    await term.tap();
    await shown.getByRole('link').tap();
    await expect(page).toHaveURL(/\/en\/glossary\/#term-iso$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a term is a plain link to its entry', async ({ page }) => {
    await page.goto('/en/os-image-types/');
    await expect(card(page, 'iso')).toBeHidden();
    await page.locator('main a[data-term="iso"]').first().click();
    await expect(page).toHaveURL(/\/en\/glossary\/#term-iso$/);
  });
});
