import { expect, test } from './fixtures';

// The glossary can be scanned: a letter index (pinyin initials in Chinese, Latin-named terms under
// their own letter) and a filter box that narrows the list in either language and announces the count.
const entries = (page: import('@playwright/test').Page) => page.locator('#glossary-list .glossary-entry:visible dfn');

test('filtering "kern" narrows the English glossary to the kernel entries and announces the count', async ({ page }) => {
  await page.goto('/en/glossary/');
  const box = page.getByRole('searchbox', { name: 'Filter terms' });
  await box.fill('kern');
  await expect(entries(page)).toHaveText(['Kernel', 'Unikernel']);
  await expect(page.getByRole('status').filter({ hasText: 'terms shown' })).toHaveText('2 of 74 terms shown');
  await expect(page).toHaveURL(/\?filter=kern$/);
  // The letter groups left empty are hidden, their index letters marked.
  await expect(page.locator('#letter-a')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Glossary by letter' }).getByRole('link', { name: 'A', exact: true })).toHaveAttribute('data-empty', '');
  await box.fill('zzzq');
  await expect(entries(page)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'No term matches' })).toContainText('“zzzq”');
  await box.fill('');
  await expect(entries(page)).toHaveCount(74);
});

test('filtering 内核 narrows the Chinese glossary, and the filter survives a reload', async ({ page }) => {
  await page.goto('/zh/glossary/');
  await page.getByRole('searchbox', { name: '筛选术语' }).fill('内核');
  await expect(entries(page)).toHaveText(['单内核（Unikernel）', '内核']);
  await expect(page.getByRole('status').filter({ hasText: '个术语' })).toHaveText('显示 2 个术语，共 74 个');
  await page.reload();
  await expect(page.getByRole('searchbox', { name: '筛选术语' })).toHaveValue('内核');
  await expect(entries(page)).toHaveCount(2);
  // English names match on the Chinese page too.
  await page.getByRole('searchbox', { name: '筛选术语' }).fill('kern');
  await expect(entries(page)).toHaveText(['单内核（Unikernel）', '内核']);
});

for (const [lang, letter, first, label] of [
  ['en', 'K', 'Kata Containers', 'Glossary by letter'],
  ['zh', 'N', '内核', '按字母查找'],
  ['zh', 'C', '策略引擎', '按字母查找'],
] as const) {
  test(`the letter index link ${letter} lands on its group (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/glossary/`);
    await page.getByRole('navigation', { name: label }).getByRole('link', { name: letter, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#letter-${letter.toLowerCase()}$`));
    const group = page.locator(`#letter-${letter.toLowerCase()}`);
    await expect(group).toBeInViewport();
    await expect(group).toHaveText(letter);
    await expect(page.locator(`.glossary-group:has(#letter-${letter.toLowerCase()}) dfn`).first()).toHaveText(first);
  });
}

test('Chinese files Latin-named terms under their own letter, among the pinyin ones', async ({ page }) => {
  await page.goto('/zh/glossary/');
  await expect(page.locator('.glossary-group:has(#letter-c) dfn')).toHaveText([
    '策略引擎',
    '持续集成/持续交付（CI/CD）',
    'Cloud Native Buildpacks',
    'cloud-init',
    'Cosign',
    'Crane',
  ]);
});

test('each entry keeps its permalink and copy-link control', async ({ page }) => {
  await page.goto('/en/glossary/#term-kernel');
  await expect(page.locator('#term-kernel')).toBeInViewport();
  await expect(page.getByRole('link', { name: 'Copy link to the term “Kernel”' })).toHaveAttribute('href', '#term-kernel');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the index links work and the filter box is not offered', async ({ page }) => {
    await page.goto('/zh/glossary/');
    await expect(page.getByRole('searchbox')).toBeHidden();
    await page.getByRole('navigation', { name: '按字母查找' }).getByRole('link', { name: 'Z', exact: true }).click();
    await expect(page).toHaveURL(/#letter-z$/);
    await expect(page.locator('#letter-z')).toBeInViewport();
  });
});
