// Preload hints for search, shared by the page script (site.ts, on intent) and the engine. Tiny on
// purpose: it ships with every page.
import { pagefindWasm, searchDataUrl } from '../lib/search-data';

export const PAGEFIND = '/pagefind/';

export function preloadLink(href: string, as: 'fetch' | 'module'): void {
  if (document.head.querySelector(`link[href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = as === 'module' ? 'modulepreload' : 'preload';
  if (as === 'fetch') {
    link.as = 'fetch';
    // fetch() requests are CORS-mode with same-origin credentials: the preload must match.
    link.crossOrigin = 'anonymous';
  }
  link.href = href;
  document.head.append(link);
}

/** The files every first search needs whatever the query: the search data, Pagefind's loader and its WebAssembly. */
export function preloadSearch(lang: 'zh' | 'en'): void {
  preloadLink(searchDataUrl(lang), 'fetch');
  preloadLink(`${PAGEFIND}pagefind.js`, 'module');
  preloadLink(PAGEFIND + pagefindWasm(lang), 'fetch');
}
