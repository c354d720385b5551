import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { chooseTheme, expect, expectAxeClean, test } from './fixtures';
import { rankTypes, type Selection } from '../src/lib/ranking';

// Expected values come from the data files, never from the page under test.
interface Scenario {
  id: string;
  label: { zh: string; en: string };
  ratings: Record<string, number>;
}
const ratings = JSON.parse(readFileSync('content/data/scenario-ratings.json', 'utf8')) as {
  types: string[];
  scenarios: Scenario[];
};
const kinds = JSON.parse(readFileSync('content/data/kinds.json', 'utf8')) as Array<{
  id: string;
  name: { zh: string; en: string };
}>;
const typeName = (id: string, lang: 'zh' | 'en' = 'en') => kinds.find((k) => k.id === id)!.name[lang];
const srText = { en: (n: number) => `${n} out of 5`, zh: (n: number) => `${n} 星（满分 5 星）` };

const table = (page: Page) => page.getByRole('table', { name: /rates by scenario|使用场景评分/ });
const bodyRows = (page: Page) => table(page).getByRole('row').filter({ has: page.getByRole('cell') });
const rowNames = (page: Page) => bodyRows(page).getByRole('rowheader').allTextContents();
const sortButton = (page: Page, name: string) =>
  table(page).getByRole('columnheader', { name, exact: true }).getByRole('button');
const ranking = (page: Page) => page.getByRole('region', { name: /Ranking for your scenarios|按你的场景排名/ });

/** Scenario labels ordered by one type's rating (ties keep the article's order). */
function expectedOrder(type: string, dir: 'desc' | 'asc', lang: 'zh' | 'en' = 'en'): string[] {
  const sign = dir === 'desc' ? -1 : 1;
  return [...ratings.scenarios]
    .sort((a, b) => sign * (a.ratings[type]! - b.ratings[type]!))
    .map((s) => s.label[lang]);
}

function expectedRanking(selection: Selection, lang: 'zh' | 'en' = 'en'): string[] {
  return rankTypes(ratings, selection).ranked.map((row) => typeName(row.type, lang));
}

async function sortedHeaders(page: Page): Promise<Locator> {
  return table(page).locator('th[aria-sort]');
}

test.describe('scenario chooser', () => {
  test('sorts by keyboard, sets aria-sort on one header, keeps focus and announces', async ({ page }) => {
    await page.goto('/en/choose/');
    const button = sortButton(page, 'Cloud image');
    await button.focus();
    await page.keyboard.press('Enter');

    const header = table(page).getByRole('columnheader', { name: 'Cloud image', exact: true });
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    await expect(await sortedHeaders(page)).toHaveCount(1);
    expect(await rowNames(page)).toEqual(expectedOrder('cloud-image', 'desc'));
    await expect(button).toBeFocused();
    await expect(page.getByRole('status')).toHaveText('Sorted by Cloud image, highest first');
    await expect(page).toHaveURL(/\?sort=cloud-image&dir=desc$/);

    await page.keyboard.press('Enter');
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(await rowNames(page)).toEqual(expectedOrder('cloud-image', 'asc'));
    await expect(page.getByRole('status')).toHaveText('Sorted by Cloud image, lowest first');
    await expect(button).toBeFocused();

    // Another column takes over: still exactly one sorted header.
    const vm = sortButton(page, 'Virtual machine image');
    await vm.focus();
    await page.keyboard.press('Enter');
    await expect(await sortedHeaders(page)).toHaveCount(1);
    await expect(table(page).getByRole('columnheader', { name: 'Virtual machine image' })).toHaveAttribute('aria-sort', 'descending');
    expect(await rowNames(page)).toEqual(expectedOrder('vm-image', 'desc'));
  });

  test('sorts the scenario column by name, then back to the article order', async ({ page }) => {
    await page.goto('/zh/choose/');
    const button = sortButton(page, '场景');
    await button.click();
    const collator = new Intl.Collator('zh-CN');
    const labels = ratings.scenarios.map((s) => s.label.zh);
    expect(await rowNames(page)).toEqual([...labels].sort(collator.compare));
    await expect(table(page).getByRole('columnheader', { name: '场景' })).toHaveAttribute('aria-sort', 'ascending');
    await button.click();
    expect(await rowNames(page)).toEqual(labels);
    await expect(await sortedHeaders(page)).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('已恢复原文的行顺序');
  });

  test('a shared link reproduces the selection, weights, sort and ranking', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('/en/choose/?s=hpc:3,production&sort=cloud-image&dir=desc');

    for (const scenario of ratings.scenarios) {
      const box = page.getByRole('checkbox', { name: scenario.label.en, exact: true });
      const weight = page.getByRole('combobox', { name: `Weight for ${scenario.label.en}` });
      if (scenario.id === 'hpc' || scenario.id === 'production') {
        await expect(box).toBeChecked();
        await expect(weight).toBeEnabled();
      } else {
        await expect(box).not.toBeChecked();
        await expect(weight).toBeDisabled();
      }
    }
    await expect(page.getByRole('combobox', { name: 'Weight for High-performance computing' })).toHaveValue('3');
    await expect(page.getByRole('combobox', { name: 'Weight for Production' })).toHaveValue('1');

    const items = ranking(page).getByRole('listitem');
    await expect(items).toHaveCount(6);
    await expect(items.locator('a.rank-name')).toHaveText(expectedRanking({ hpc: 3, production: 1 }));
    // hpc ×3 + production ×1: VM and physical-server images tie for first with 5.00. Each item says
    // rank, score, tie and drivers once.
    await expect(items.first()).toContainText('Rank 1');
    await expect(items.first()).toContainText(`Tied with ${typeName('physical-server-image')}.`);
    await expect(items.nth(1)).toContainText(`Tied with ${typeName('vm-image')}.`);
    await expect(items.first()).toContainText('average 5.00 / 5');
    await expect(items.first()).toContainText('High-performance computing ★5 × weight 3');
    for (const text of ['Tied with', 'average', 'Driven by']) expect((await items.first().innerText()).split(text).length - 1, text).toBe(1);
    await expect(items.first().getByRole('link', { name: typeName('vm-image'), exact: true })).toHaveAttribute('href', '/en/os-image-types/#vm-image');

    await expect(table(page).getByRole('columnheader', { name: 'Cloud image' })).toHaveAttribute('aria-sort', 'descending');
    expect(await rowNames(page)).toEqual(expectedOrder('cloud-image', 'desc'));
    await expect(page.getByText(/could not be used/)).toBeHidden();
    await context.close();
  });

  test('ticking, weighting, Back and Forward keep the URL and the page in step', async ({ page }) => {
    await page.goto('/en/choose/');
    await expect(ranking(page)).toContainText('Choose the scenarios that matter to you');
    await page.getByRole('checkbox', { name: 'Microservices' }).check();
    await expect(page).toHaveURL(/\?s=microservices$/);
    await expect(ranking(page).locator('a.rank-name')).toHaveText(expectedRanking({ microservices: 1 }));
    await expect(page.getByRole('status')).toHaveText(`Selected scenarios: 1. Ranked first: ${typeName('container-image')}.`);

    await page.getByRole('checkbox', { name: 'Production' }).check();
    await page.getByRole('combobox', { name: 'Weight for Production' }).selectOption('3');
    await expect(page).toHaveURL(/\?s=production:3,microservices$/);
    await expect(ranking(page).locator('a.rank-name')).toHaveText(expectedRanking({ microservices: 1, production: 3 }));

    await page.goBack();
    await expect(page).toHaveURL(/\?s=production,microservices$/);
    await expect(page.getByRole('combobox', { name: 'Weight for Production' })).toHaveValue('1');
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: 'Production' })).not.toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Weight for Production' })).toBeDisabled();
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: 'Production' })).toBeChecked();

    await page.getByRole('button', { name: 'Clear selection' }).click();
    await expect(page).toHaveURL(/\/en\/choose\/$/);
    await expect(ranking(page)).toContainText('Choose the scenarios that matter to you');
    await expect(page.getByRole('status')).toHaveText('No scenarios selected.');
  });

  test('the filter and "only selected" narrow the table and stay in the URL', async ({ page }) => {
    await page.goto('/en/choose/?s=hpc,security');
    await page.getByRole('searchbox', { name: 'Filter scenarios' }).fill('ment');
    const matching = ratings.scenarios.filter((s) => s.label.en.toLowerCase().includes('ment')).map((s) => s.label.en);
    await expect(bodyRows(page)).toHaveCount(matching.length);
    await expect(page).toHaveURL(/&q=ment$/);
    await expect(page.getByRole('status')).toHaveText(`${matching.length} of 12 scenarios shown.`);

    await page.getByRole('searchbox', { name: 'Filter scenarios' }).fill('');
    await page.getByRole('checkbox', { name: 'Show only selected scenarios' }).check();
    expect(await rowNames(page)).toEqual(['High-performance computing', 'Security']);
    await expect(page).toHaveURL(/\?s=hpc,security&only=1$/);
  });

  test('copies the visible table as CSV and Markdown with numbers', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/choose/?s=hpc:3&only=1');
    await page.locator('scenario-chooser summary', { hasText: 'Export' }).click();
    await page.getByRole('button', { name: 'Copy as CSV' }).click();
    await expect(page.getByRole('status')).toHaveText('Table copied as CSV');
    const hpc = ratings.scenarios.find((s) => s.id === 'hpc')!;
    const csv = await page.evaluate(() => navigator.clipboard.readText());
    expect(csv).toBe(
      `Scenario,${ratings.types.map((t) => typeName(t)).join(',')}\r\n` +
        `High-performance computing,${ratings.types.map((t) => hpc.ratings[t]).join(',')}\r\n`,
    );

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status')).toHaveText('Table copied as Markdown');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain(`| High-performance computing | ${ratings.types.map((t) => hpc.ratings[t]).join(' | ')} |`);
    expect(markdown).toContain('Your scenarios: High-performance computing ×3');
    expect(markdown).toContain('| =1 (tie) | Virtual machine image | 5.00 / 5 |');
    expect(markdown).not.toContain('★★');

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('print shows the table, ranking and selection, without controls', async ({ page }) => {
    await page.goto('/en/choose/?s=hpc:3,production');
    await page.emulateMedia({ media: 'print' });
    await expect(table(page)).toBeVisible();
    await expect(ranking(page).getByRole('listitem')).toHaveCount(6);
    await expect(ranking(page)).toContainText('Your scenarios: Production ×1, High-performance computing ×3');
    await expect(page.getByRole('group', { name: 'Your scenarios' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.getByRole('searchbox')).toBeHidden();
  });

  test('hostile URL input is reported as text and nothing runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto('/en/choose/?s=<img src=x onerror=alert(1)>:9,hpc:7,__proto__&sort=constructor&q=%E0%A4%A');
    const notice = page.getByText(/could not be used/);
    await expect(notice).toBeVisible();
    for (const part of ['<img src=x onerror=alert(1)>:9', 'hpc:7→3', '__proto__', 'sort=constructor', 'q=%E0%A4%A']) {
      await expect(notice).toContainText(part);
    }
    await expect(page.locator('scenario-chooser img')).toHaveCount(0);
    await expect(bodyRows(page)).toHaveCount(12);
    await expect(table(page).getByRole('cell')).toHaveCount(72);
    await expect(page.getByRole('checkbox', { name: 'High-performance computing' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Weight for High-performance computing' })).toHaveValue('3');
    await expect(page).toHaveURL(/\/en\/choose\/\?s=hpc:3$/);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  test('switching language keeps the selection and sort', async ({ page }) => {
    await page.goto('/en/choose/?s=hpc:3,production&sort=vm-image&dir=asc');
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/choose\/\?s=production,hpc:3&sort=vm-image&dir=asc$/);
    await expect(page.getByRole('checkbox', { name: '高性能计算' })).toBeChecked();
    await expect(page.getByRole('combobox', { name: '高性能计算的权重' })).toHaveValue('3');
    await expect(page.getByRole('checkbox', { name: '生产环境' })).toBeChecked();
    await expect(ranking(page).locator('a.rank-name')).toHaveText(expectedRanking({ hpc: 3, production: 1 }, 'zh'));
    expect(await rowNames(page)).toEqual(expectedOrder('vm-image', 'asc', 'zh'));
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`all 72 ratings match the data, with real screen-reader text (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/choose/`);
      await expect(bodyRows(page)).toHaveCount(12);
      await expect(table(page).locator('td[aria-label], th[aria-label]')).toHaveCount(0);
      // First cell: development × base image, 4 in article 003.
      await expect(bodyRows(page).first().getByRole('cell').first()).toContainText(srText[lang](4));
      let checked = 0;
      for (const scenario of ratings.scenarios) {
        const row = bodyRows(page).filter({ has: page.getByRole('rowheader', { name: scenario.label[lang], exact: true }) });
        const cells = await row.getByRole('cell').allTextContents();
        expect(cells).toHaveLength(6);
        ratings.types.forEach((type, i) => {
          const value = scenario.ratings[type]!;
          expect(cells[i], `${scenario.id} × ${type}`).toContain(srText[lang](value));
          expect(cells[i]!.split('★').length - 1).toBe(value);
          checked += 1;
        });
      }
      expect(checked).toBe(72);
    });
  }

  test('marks the best type per scenario with text, not colour alone', async ({ page }) => {
    await page.goto('/en/choose/');
    for (const scenario of ratings.scenarios) {
      const best = Math.max(...Object.values(scenario.ratings));
      const row = bodyRows(page).filter({ has: page.getByRole('rowheader', { name: scenario.label.en, exact: true }) });
      const marked = ratings.types.filter((t) => scenario.ratings[t] === best).length;
      await expect(row.getByRole('cell').filter({ hasText: 'best for this scenario' })).toHaveCount(marked);
      await expect(row.getByRole('cell').filter({ hasText: '▲' })).toHaveCount(marked);
    }
  });

  test('fits a 320 px screen: nothing in the tool overflows the page', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/zh/choose/?s=hpc:3,production,security:2');
    const overflow = await page.locator('scenario-chooser').evaluate((root) =>
      [...root.querySelectorAll('*')]
        .filter((el) => !el.closest('.table-scroll') || el.matches('.table-scroll'))
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .map((el) => `${el.tagName}.${el.className}`),
    );
    expect(overflow).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the complete table is there: 12 rows × 6 types, 72 star cells, no dead controls', async ({ page }) => {
    await page.goto('/en/choose/');
    await expect(bodyRows(page)).toHaveCount(12);
    await expect(table(page).getByRole('columnheader')).toHaveCount(7);
    await expect(table(page).getByRole('rowheader')).toHaveCount(12);
    await expect(table(page).getByRole('cell')).toHaveCount(72);
    await expect(table(page).getByRole('cell').filter({ hasText: /^[★☆]{5}\d out of 5/ })).toHaveCount(72);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Your scenarios' })).toHaveCount(0);
    await expect(page.getByText('Ranking and sorting need JavaScript')).toBeVisible();
    await expect(page.getByRole('region', { name: /rates by scenario/ })).toBeVisible();
  });
});

test.describe('accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe clean with no selection (${theme})`, async ({ page }) => {
      await page.goto('/en/choose/');
      await chooseTheme(page, theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expectAxeClean(page, `/en/choose/ ${theme}`);
    });

    test(`axe clean with a selection and a sort (${theme})`, async ({ page }) => {
      await page.goto('/zh/choose/?s=hpc:3,production,security:2');
      await chooseTheme(page, theme);
      await sortButton(page, '云服务镜像').click();
      await expect(table(page).locator('th[aria-sort]')).toHaveCount(1);
      await expect(ranking(page).getByRole('listitem')).toHaveCount(6);
      await expectAxeClean(page, `/zh/choose/ selection ${theme}`);
    });
  }
});
