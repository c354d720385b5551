import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

// Link previews and the preset pages: every comparison preset has a page of its own in both
// languages, with its title, description and preview image, that shows its table without JavaScript.
interface TableFile {
  id: string;
  title: Record<'zh' | 'en', string>;
  kinds: string[];
  rows: Array<{ label: Record<'zh' | 'en', string> }>;
}
const dir = join(process.cwd(), 'content/data/tables');
const presets: TableFile[] = readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')));

test('there are six presets', () => {
  expect(presets).toHaveLength(6);
});

for (const lang of ['zh', 'en'] as const) {
  test.describe(`${lang} preset pages without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test(`${lang}: each preset page has its title, description, image and table`, async ({ page, request }) => {
      for (const preset of presets) {
        const path = `/${lang}/compare/preset/${preset.id}/`;
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(preset.title[lang]);
        expect(preset.title[lang]).toContain((await page.title()).replace(/ · [^·]+$|…$/g, ''));
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        expect(description).toContain(preset.rows[0]!.label[lang]);
        const image = await page.locator('meta[property="og:image"]').getAttribute('content');
        expect(new URL(image!).pathname).toBe(`/og/${lang}/compare/preset/${preset.id}.png`);
        await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', lang === 'zh' ? /^链接预览图：「/ : /^Link preview: “/);
        const png = await request.get(new URL(image!).pathname);
        expect(png.headers()['content-type']).toBe('image/png');

        const table = page.getByRole('table', { name: preset.title[lang] });
        await expect(table).toBeVisible();
        await expect(table.getByRole('columnheader')).toHaveCount(1 + preset.kinds.length);
        await expect(table.getByRole('rowheader')).toHaveText(preset.rows.map((row) => row.label[lang]));
        await expect(page.getByRole('link', { name: lang === 'zh' ? '在对比工具中打开这个预设 →' : 'Open this preset in the comparison explorer →' })).toHaveAttribute(
          'href',
          `/${lang}/compare/?preset=${preset.id}`,
        );
      }
    });
  });
}

test('the heads carry the large card, theme colours, icons and the manifest', async ({ page, request }) => {
  await page.goto('/zh/os-image-types/');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestUrl).toBe('/zh/manifest.webmanifest');
  const manifest = await (await request.get(manifestUrl!)).json();
  expect(manifest).toMatchObject({ lang: 'zh-CN', start_url: '/zh/', short_name: '镜像图谱' });
  for (const icon of [...manifest.icons.map((i: { src: string }) => i.src), await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')]) {
    const response = await request.get(icon);
    expect(response.status(), icon).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
