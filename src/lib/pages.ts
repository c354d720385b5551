import { getCollection, render, type CollectionEntry } from 'astro:content';
import { isLang, type Lang } from '../i18n';

export type DocEntry = CollectionEntry<'docs'>;

/** Split a collection id such as `zh/os-image-types` into language and slug. */
export function docLocation(entry: DocEntry): { lang: Lang; slug: string } {
  const [lang, ...rest] = entry.id.split('/');
  if (!isLang(lang)) throw new Error(`content/docs/${entry.id}: pages live in content/docs/zh/ or content/docs/en/`);
  return { lang, slug: rest.join('/') };
}

/** Page titles of one language by slug, for navigation. */
export async function titlesByLang(lang: Lang): Promise<Record<string, string>> {
  const docs = await getCollection('docs');
  return Object.fromEntries(
    docs.flatMap((entry) => {
      const location = docLocation(entry);
      return location.lang === lang ? [[location.slug, entry.data.title]] : [];
    }),
  );
}

/** Human-readable name of a `slug#section` reference: "Page title › Section title". */
export async function refTitle(lang: Lang, ref: string): Promise<string> {
  const [slug = 'index', section] = ref.split('#');
  const entry = (await getCollection('docs')).find((doc) => doc.id === `${lang}/${slug}`);
  if (!entry) throw new Error(`Reference "${ref}": no page content/docs/${lang}/${slug}.mdx`);
  if (!section) return entry.data.title;
  const { headings } = await render(entry);
  const heading = headings.find((h) => h.slug === section);
  if (!heading) throw new Error(`Reference "${ref}": content/docs/${lang}/${slug}.mdx has no section {#${section}}`);
  return `${entry.data.title} › ${heading.text}`;
}
