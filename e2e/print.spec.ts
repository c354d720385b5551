import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { test, expect } from './fixtures';

// The whole guide in print: /zh/print/ and /en/print/ hold every page of the reading order in one
// document that prints to PDF, with in-document links and unique ids; every page links to it.
const nav = JSON.parse(readFileSync(join(process.cwd(), 'content/nav.json'), 'utf8')) as { groups: Array<{ pages: string[] }> };
const slugs = nav.groups.flatMap((group) => group.pages);
const titleOf = (lang: string, slug: string) => {
  const source = readFileSync(join(process.cwd(), `content/docs/${lang}/${slug}.mdx`), 'utf8');
  return /^title:\s*(.+)$/m.exec(source)![1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
};
// PDF text may name CJK glyphs by their Kangxi-radical code points (⽤ for 用): NFKC folds them back.
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: the whole guide prints to a PDF with every page title`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`/${lang}/`);
    await page.getByRole('link', { name: lang === 'zh' ? '打印整本指南' : 'Print the whole guide' }).click();
    await expect(page).toHaveURL(`/${lang}/print/`);

    // One section per page of the reading order, the contents linking to each; ids are unique and
    // every in-document link has its target.
    const titles = slugs.map((slug) => titleOf(lang, slug));
    await expect(page.locator('.print-page-title')).toHaveText(titles);
    const contents = page.getByRole('navigation', { name: lang === 'zh' ? '目录' : 'Contents' });
    await expect(contents.getByRole('link')).toHaveText(titles);
    const problems = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      const internal = [...document.querySelectorAll<HTMLAnchorElement>('.print-page a[href]')].filter((a) => a.getAttribute('href')!.startsWith(`/${document.documentElement.lang.slice(0, 2)}/`) && !a.getAttribute('href')!.includes('?') && !a.getAttribute('href')!.includes('/compare/preset/'));
      const missing = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => a.hash.slice(1)).filter((id) => id && !document.getElementById(decodeURIComponent(id)));
      return { duplicates, pageLinks: internal.map((a) => a.getAttribute('href')), missing };
    });
    expect(problems).toEqual({ duplicates: [], pageLinks: [], missing: [] });

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pdfDocument = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(pdfDocument, { mergePages: true });
    console.log(`/${lang}/print/: ${totalPages} PDF pages, ${pdf.length} bytes`);
    expect(totalPages).toBeGreaterThan(slugs.length);
    const printed = squeeze(text);
    expect(titles.filter((title) => !printed.includes(squeeze(title))), 'page titles missing from the PDF text').toEqual([]);
  });
}
