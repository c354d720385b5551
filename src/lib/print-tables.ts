/**
 * Where the whole-guide document prints each data table: the first page of the reading order whose
 * MDX places it. The tools print links to those tables instead of second copies (one table, one id
 * and one landmark name per document).
 */
import { getCollection } from 'astro:content';
import type { Lang } from '../i18n';
import { navSlugs } from './nav';
import { docLocation } from './pages';
import { pageUrl } from './routing';

/**
 * Site link of each table by id (`scenario-ratings` for the star table), which the document's
 * rewriting (src/lib/print-rewrite.ts) turns into an in-document anchor.
 */
export async function printedTables(lang: Lang): Promise<Map<string, string>> {
  const docs = (await getCollection('docs')).filter((doc) => docLocation(doc).lang === lang);
  const anchors = new Map<string, string>();
  for (const slug of navSlugs) {
    const body = docs.find((doc) => docLocation(doc).slug === slug)?.body ?? '';
    const ids = [...body.matchAll(/<ComparisonTable\s+table="([^"]+)"/g)].map((m) => m[1]!);
    if (/<RatingsTable\b/.test(body)) ids.push('scenario-ratings');
    for (const id of ids) if (!anchors.has(id)) anchors.set(id, `${pageUrl(lang, slug)}#table-${id}`);
  }
  return anchors;
}
