import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** WCAG 2.2 A/AA rule tags checked on every page. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Every test fails on an uncaught error, a console error or a Content-Security-Policy violation,
 * so a feature cannot "work" while the page is quietly broken.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        // A 404 page reports its own status as a console error; that one is expected.
        const ownStatus = message.text().startsWith('Failed to load resource') && message.location().url === page.url();
        if (message.type() === 'error' && !ownStatus) problems.push(`console: ${message.text()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(problems);
      expect(problems, 'page errors, console errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Part of a page to check: CSS selectors to include and to leave out (the big tool pages are split). */
export interface AxeScope {
  include?: string;
  exclude?: string;
}

export async function expectAxeClean(page: Page, label = page.url(), scope: AxeScope = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (scope.include) builder = builder.include(scope.include);
  if (scope.exclude) builder = builder.exclude(scope.exclude);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Choose a theme the way a reader does (the header's theme radio buttons). */
export async function chooseTheme(page: Page, theme: 'light' | 'dark' | 'system'): Promise<void> {
  await page.getByRole('group', { name: /^(Theme|主题)$/ }).locator(`input[value="${theme}"]`).check();
}
