import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Expected links come from the data file, never from the page under test.
interface Answer {
  next?: string;
  tool?: { page: 'compare' | 'choose'; query: string };
}
const guide = JSON.parse(readFileSync('content/data/diagrams.json', 'utf8')).decisionGuide as {
  questions: Array<{ id: string; answers: Answer[] }>;
};
const leaves = guide.questions.flatMap((question) => question.answers.filter((answer) => answer.tool).map((answer) => answer.tool!));
const kindIds = (query: string) => new URLSearchParams(query).get('kinds')?.split(',') ?? [];
const kindNames = JSON.parse(readFileSync('content/data/kinds.json', 'utf8')) as Array<{ id: string; name: { zh: string; en: string } }>;

const guideLinks = (page: Page) => page.locator('main a.dg-tool');

for (const lang of ['en', 'zh'] as const) {
  const path = `/${lang}/decision-guide/`;

  test(`${lang}: every leaf of the guide opens its tool as written, with no ignored-input notice`, async ({ page }) => {
    await page.goto(path);
    const hrefs = await guideLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs).toEqual(leaves.map((tool) => `/${lang}/${tool.page}/${tool.query}`));

    for (const [i, href] of hrefs.entries()) {
      const tool = leaves[i]!;
      await page.goto(href);
      // The tool reads the address when its element is defined; only after that is a hidden notice news.
      const element = tool.page === 'compare' ? 'comparison-explorer' : 'scenario-chooser';
      await page.evaluate((name) => customElements.whenDefined(name).then(() => undefined), element);
      if (tool.page === 'compare') {
        const matrix = page.getByRole('table', { name: /side by side|并排/ });
        await expect(page.locator('comparison-explorer[data-ready]')).toBeAttached();
        await expect(page.locator('comparison-explorer .cmp-notice'), href).toBeHidden();
        await expect(matrix.locator('tr[data-row]:not([hidden])').first(), href).toBeVisible();
        const kinds = kindIds(tool.query);
        if (kinds.length > 0)
          await expect(matrix.getByRole('columnheader')).toHaveText([/./, ...kinds.map((id) => kindNames.find((k) => k.id === id)!.name[lang])]);
      } else {
        const ranking = page.locator('[data-ranking]');
        await expect(ranking, href).toBeVisible();
        await expect(page.locator('[data-notice]'), href).toBeHidden();
        await expect(ranking.locator('li').first()).toBeVisible();
        // Every scenario in the link is ticked.
        for (const id of new URLSearchParams(tool.query).get('s')!.split(',').map((choice) => choice.split(':')[0]!))
          await expect(page.locator(`input[data-choice][value="${id}"]`), `${href}: ${id}`).toBeChecked();
      }
      // The tool found nothing to correct: the address is still the one the guide links to.
      expect(new URL(page.url()).pathname + new URL(page.url()).search, href).toBe(href);
    }
  });

  test(`${lang}: the guide works without JavaScript, question by question`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    const questions = page.locator('main ol.dg-questions > li');
    await expect(questions).toHaveCount(guide.questions.length);
    await expect(guideLinks(page)).toHaveCount(leaves.length);
    // Each "go to question n" link lands on a question further down, whose heading becomes the target.
    const first = guide.questions[0]!;
    const next = first.answers.find((answer) => answer.next)!.next!;
    await page.locator(`main a[href="#q-${next}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`#q-${next}$`));
    await expect(page.locator(`#q-${next}`)).toBeInViewport();
    expect(await page.locator(`#q-${next}`).evaluate((heading) => heading.matches(':target'))).toBe(true);
    await context.close();
  });
}

test('the compare and choose pages point to the guide', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    for (const tool of ['compare', 'choose']) {
      await page.goto(`/${lang}/${tool}/`);
      await expect(page.locator(`main article a[href="/${lang}/decision-guide/"]`)).toBeVisible();
    }
  }
});
