import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every copy control says what happened on the control itself, for about two seconds, besides the
// announcement in the live region; when the clipboard refuses, it says so and offers the text.
async function expectFeedback(page: Page, control: Locator, before: string, done: string, announced: string) {
  await control.click();
  await expect(control).toContainText(done);
  await expect(page.locator('#announcer')).toHaveText(announced);
  await expect(control).toContainText(before, { timeout: 4_000 });
  await expect(control).not.toContainText(done);
}

test.describe('with clipboard access', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('heading # anchors and Copy code (zh)', async ({ page }) => {
    await page.goto('/zh/build-container-images/');
    const anchor = page.locator('main a[data-copy-link]').first();
    await expectFeedback(page, anchor, '#', '已复制', '链接已复制');
    const code = page.getByRole('button', { name: '复制代码' }).first();
    await code.scrollIntoViewIfNeeded();
    await code.click();
    await expect(page.locator('main').getByRole('button', { name: '已复制' })).toBeVisible();
    await expect(page.locator('#announcer')).toHaveText('代码已复制');
    await expect(page.locator('main').getByRole('button', { name: '已复制' })).toHaveCount(0, { timeout: 4_000 });
  });

  test('the explorer: link, Markdown, CSV', async ({ page }) => {
    await page.goto('/en/compare/?preset=container-vs-vm');
    // Located by what it does, since its name changes to "Copied" for a moment.
    await expectFeedback(page, page.locator('comparison-explorer [data-action="link"]'), 'Copy link', 'Copied', 'Link copied');
    await page.locator('comparison-explorer summary', { hasText: 'Export' }).click();
    const menu = page.locator('comparison-explorer .tool-export-menu');
    await expectFeedback(page, menu.locator('[data-action="markdown"]'), 'Copy as Markdown', 'Copied', 'Table copied as Markdown');
    await expectFeedback(page, menu.locator('[data-action="csv"]'), 'Copy as CSV', 'Copied', 'Table copied as CSV');
  });

  test('the chooser: link, Markdown, CSV (zh)', async ({ page }) => {
    await page.goto('/zh/choose/?s=hpc:3');
    await expectFeedback(page, page.locator('scenario-chooser [data-action="link"]'), '复制链接', '已复制', '链接已复制');
    await page.locator('scenario-chooser summary', { hasText: '导出' }).click();
    const menu = page.locator('scenario-chooser .tool-export-menu');
    await expectFeedback(page, menu.locator('[data-action="markdown"]'), '复制为 Markdown', '已复制', '表格已复制为 Markdown');
    await expectFeedback(page, menu.locator('[data-action="csv"]'), '复制为 CSV', '已复制', '表格已复制为 CSV');
  });
});

test('without clipboard access the control says so and the text is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
    });
  });
  await page.goto('/en/compare/?kinds=container-image,vm-image');
  const button = page.getByRole('button', { name: 'Copy link' });
  await button.click();
  await expect(page.locator('comparison-explorer [data-action="link"]')).toContainText('Copy failed');
  await expect(page.locator('#announcer')).toContainText('Could not copy');
  const dialog = page.getByRole('dialog', { name: 'Copy it by hand' });
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('textbox', { name: 'Text to copy' });
  await expect(field).toHaveValue(page.url());
  await expect(field).toBeFocused();
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(page.url().length);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
