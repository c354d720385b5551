import { test, expectAxeClean, type AxeScope } from './fixtures';
import { builtPages } from './site-pages';

// axe (WCAG 2.2 A/AA) on every built page, in the light and the dark theme, one test each. The tool
// pages hold the full comparison matrix and rating tables, thousands of cells whose contrast axe
// computes one by one: they are checked in two parts (the tables, and everything else) so that each
// test stays short on a loaded machine.
// The whole-guide print pages repeat every page (each is also checked on its own): their cover, contents
// and chrome are checked, and one page inside with tables, rewritten (prefixed ids, shifted headings).
// The six preset pages are one template around one table component: two of them (two kinds, and the
// widest table) stand for the rest.
const toolPage = /\/(compare|choose)\/$/;
const printPage = /\/print\/$/;
const presetPage = /\/compare\/preset\/([^/]+)\/$/;
const checkedPresets = new Set(['container-vs-vm', 'os-image-types']);
const parts = (path: string): Array<[string, AxeScope]> =>
  toolPage.test(path)
    ? [
        ['tables', { include: 'main table' }],
        ['controls and text', { exclude: 'main table' }],
      ]
    : printPage.test(path)
      ? [
          ['cover and contents', { exclude: '.print-page' }],
          ['a page with tables', { include: '#p-os-image-types' }],
        ]
      : [['', {}]];

const checkedPages = builtPages().filter((path) => {
  const preset = presetPage.exec(path)?.[1];
  return preset === undefined || checkedPresets.has(preset);
});

for (const path of checkedPages) {
  for (const theme of ['light', 'dark'] as const) {
    for (const [part, scope] of parts(path)) {
      test(`axe: ${path} (${theme}${part ? `, ${part}` : ''})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
        await expectAxeClean(page, `${path} (${theme}${part ? `, ${part}` : ''})`, scope);
      });
    }
  }
}
