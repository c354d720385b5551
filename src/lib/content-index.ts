/**
 * The MDX sources of every page, read as text at build time, and what the components need from
 * them: the caveat asides (for cell notes) and the citations (for the sources page).
 */
import { languages, type Lang } from '../i18n';
import { caveatIndex, findCaveat, type Caveat } from './caveats';
import { citationsIn } from './citations';
import type { SourcePage } from './parity';

const raw = import.meta.glob<string>('/content/docs/*/*.mdx', { query: '?raw', import: 'default', eager: true });

export const sourcePages: SourcePage[] = Object.entries(raw).flatMap(([path, source]) => {
  const [, , , lang = '', name = ''] = path.split('/');
  if (!(languages as readonly string[]).includes(lang)) return [];
  return [{ file: path.slice(1), lang, slug: name.replace(/\.mdx$/, ''), source }];
});

export const caveats = caveatIndex(sourcePages);

/** The caveat a cell note points to; the data validation has already made sure it exists. */
export function caveatFor(ref: string, lang: Lang): Caveat {
  const caveat = findCaveat(caveats, ref, lang);
  if (!caveat) throw new Error(`Cell note "${ref}": no such caveat in content/docs/${lang}/`);
  return caveat;
}

/** Slugs of the pages of one language that cite article `id` with `<Source id="…" />`, in file order. */
export function pagesCiting(id: string, lang: Lang): string[] {
  return sourcePages
    .filter((page) => page.lang === lang && citationsIn(page.source).some((c) => c.id === id))
    .map((page) => page.slug);
}

/** Slugs of the pages of one language that place a given component tag (e.g. `<ComparisonTable table="x"`). */
export function pagesUsing(pattern: RegExp, lang: Lang): string[] {
  return sourcePages.filter((page) => page.lang === lang && pattern.test(page.source)).map((page) => page.slug);
}
