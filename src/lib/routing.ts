import { isLang, languages, type Lang } from '../i18n';

/** URL of a page: `index` is the language's start page. Always ends with a slash. */
export function pageUrl(lang: Lang, slug: string): string {
  return slug === 'index' ? `/${lang}/` : `/${lang}/${slug}/`;
}

/** The language of a site path (`/zh/…` → `zh`), or undefined outside the language folders. */
export function langFromPath(pathname: string): Lang | undefined {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : undefined;
}

/**
 * The same page in another language, keeping the query string and the section (hash).
 * Works on a path or a full URL; paths outside the language folders go to that language's start page.
 */
export function localizedUrl(url: string, lang: Lang): string {
  const match = /^(?<origin>[a-z][a-z0-9+.-]*:\/\/[^/]*)?(?<path>[^?#]*)(?<rest>[?#].*)?$/i.exec(url);
  const origin = match?.groups?.origin ?? '';
  const path = match?.groups?.path || '/';
  const rest = match?.groups?.rest ?? '';
  const segments = path.split('/');
  const target = langFromPath(path) ? ['', lang, ...segments.slice(2)].join('/') : `/${lang}/`;
  return origin + target + rest;
}

/** Resolve a content reference such as `os-image-types#cloud-image` to a URL in one language. */
export function refUrl(lang: Lang, ref: string): string {
  const [slug = 'index', hash] = ref.split('#');
  return pageUrl(lang, slug) + (hash ? `#${hash}` : '');
}

/** getStaticPaths of a route that exists once per language (`src/pages/[lang]/offline.astro`). */
export const languagePaths = () => languages.map((lang) => ({ params: { lang } }));
