import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Cells that repeat a source error carry "⚠ see note" links to the caveat explaining it. Which cells
// are flagged comes from the data files, so the test follows the data instead of a hard-coded list.
interface Cell {
  zh: unknown;
  en: unknown;
  notes?: string[];
}
interface Table {
  id: string;
  rows: { id: string; cells: Record<string, Cell> }[];
}
const tables: Table[] = readdirSync('content/data/tables').map((file) => JSON.parse(readFileSync(`content/data/tables/${file}`, 'utf8')));
const flagged = tables.flatMap((table) =>
  table.rows.flatMap((row) =>
    Object.entries(row.cells).flatMap(([kind, cell]) => (cell.notes ? [{ table: table.id, row: row.id, kind, notes: cell.notes }] : [])),
  ),
);

const matrix = (page: Page) => page.getByRole('table', { name: /side by side|并排/ });
const cellOf = (page: Page, row: string, kind: string) => matrix(page).locator(`tr#dim-${row} td[data-kind="${kind}"]`);

test('the explorer shows a text marker on every flagged cell, and only there', async ({ page }) => {
  expect(flagged.length).toBeGreaterThanOrEqual(19);
  await page.goto('/en/compare/');
  await expect(page.locator('comparison-explorer[data-ready]')).toBeAttached();
  for (const { row, kind, notes } of flagged) {
    const markers = cellOf(page, row, kind).getByRole('link', { name: /^see note/ });
    await expect(markers, `${row} / ${kind}`).toHaveCount(notes.length);
    await expect(markers.first()).toContainText(notes.length === 1 ? '⚠ see note:' : '⚠ see note 1:');
  }
  // Every marker in the matrix belongs to a flagged cell: no stray notes.
  await expect(matrix(page).locator('.cell-note')).toHaveCount(flagged.reduce((n, cell) => n + cell.notes.length, 0));
});

test('a marker names its caveat and lands on it, in both languages', async ({ page }) => {
  const { row, kind, notes } = flagged.find((cell) => cell.row === 'update-lifecycle' && cell.kind === 'base-os-image')!;
  const [slug, id] = notes[0]!.split('#');

  await page.goto('/en/compare/');
  const marker = cellOf(page, row, kind).getByRole('link', { name: 'see note: A restart does not pick up a patched image' });
  await marker.click();
  await expect(page).toHaveURL(`/en/${slug}/#caveat-${id}`);
  const caveat = page.locator(`#caveat-${id}`);
  await expect(caveat).toBeInViewport();
  await expect(caveat.getByText('A restart does not pick up a patched image')).toBeVisible();

  await page.goto(`/zh/${slug}/`);
  const zhMarker = page.getByRole('table', { name: /安全、更新与定制/ }).getByRole('link', { name: '见注释：重启容器换不上新镜像' });
  await expect(zhMarker).toContainText('⚠ 见注释');
  await zhMarker.click();
  await expect(page).toHaveURL(`/zh/${slug}/#caveat-${id}`);
  await expect(page.locator(`#caveat-${id}`)).toBeInViewport();
});

test('the Markdown and CSV exports include the notes with the caveat address', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/compare/?preset=security-updates-customization');
  await expect(page.locator('comparison-explorer[data-ready]')).toBeAttached();
  // Markdown and CSV sit in the tool bar's Export menu.
  const exportAs = async (name: string) => {
    const menu = page.locator('comparison-explorer details[data-export]');
    if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator('summary').click();
    await page.getByRole('button', { name }).click();
  };
  const caveat = `${baseURL}/en/security-updates-customization/#caveat-tz-needs-tzdata`;

  await exportAs('Copy as Markdown');
  await expect(page.locator('#announcer')).toHaveText('Table copied as Markdown');
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const customisation = markdown.split('\n').find((line) => line.startsWith('| Degree of customisation |'))!;
  expect(customisation).toContain(`⚠ see note: This example still prints UTC <${caveat}>`);
  const expected = flagged.filter((cell) => cell.table === 'security-updates-customization').reduce((n, cell) => n + cell.notes.length, 0);
  expect(markdown.match(/⚠ see note/g)).toHaveLength(expected);
  // The last column names each row's source article, linked to its entry on the sources page.
  expect(markdown.split('\n')[0]).toMatch(/\| Source \|$/);
  expect(customisation).toMatch(new RegExp(`\\| [^|]+ · \\d{3} <${baseURL}/en/sources/#article-\\d{3}> \\|$`));

  await exportAs('Copy as CSV');
  await expect(page.locator('#announcer')).toHaveText('Table copied as CSV');
  const csv = await page.evaluate(() => navigator.clipboard.readText());
  expect(csv).toContain(`⚠ see note: This example still prints UTC <${caveat}>`);
  expect(csv).toContain('⚠ see note 2: The CIS Docker Benchmark mostly audits the host, not the base image <');
});

test('notes stay out of the text filter and the differences', async ({ page }) => {
  await page.goto('/en/compare/?preset=security-updates-customization&q=see%20note');
  await expect(page.locator('comparison-explorer').getByRole('status')).toContainText('Showing 0 of');
});

test('a flagged table on a page: markers are text, and print names the caveat', async ({ page }) => {
  await page.goto('/zh/security-updates-customization/');
  const table = page.getByRole('table', { name: /安全、更新与定制/ });
  const markers = table.locator('.cell-note');
  const expected = flagged.filter((cell) => cell.table === 'security-updates-customization').reduce((n, cell) => n + cell.notes.length, 0);
  await expect(markers).toHaveCount(expected);
  // Not colour alone: the marker is readable text and underlined like a link.
  await expect(markers.first()).toContainText('见注释');
  expect(await markers.first().evaluate((a) => getComputedStyle(a).textDecorationLine)).toContain('underline');
  // On screen the caveat's title is for assistive technology only; on paper it is printed.
  const title = markers.first().locator('.note-title');
  expect((await title.boundingBox())!.width).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: 'print' });
  expect((await title.boundingBox())!.width).toBeGreaterThan(20);
  expect(await title.evaluate((el) => [getComputedStyle(el).getPropertyValue('clip'), getComputedStyle(el).clipPath])).toEqual(['auto', 'none']);
  await expect(markers.first()).toHaveText('⚠ 见注释 1：官方镜像里实际有什么');
});
