import { test, expectAxeClean } from './fixtures';
import { builtPages } from './site-pages';

// axe (WCAG 2.2 A/AA) on every built page, in the light and the dark theme.
for (const path of builtPages()) {
  test(`axe: ${path}`, async ({ page }) => {
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      await expectAxeClean(page, `${path} (${theme})`);
    }
  });
}
