/**
 * The shape of the search index, shared by the build (src/integrations/search-index.ts) and the
 * browser (src/scripts/search-engine.ts).
 *
 * Every section of every page is one Pagefind record. Its text is laid out in fields, in this
 * order, separated by FIELD_SEPARATOR; each field has its own Pagefind weight. The build reads the
 * word positions of the separators back from Pagefind's output, so the browser knows which field a
 * match is in from its position alone.
 */
export const FIELDS = ['heading', 'keywords', 'context', 'prose', 'aux', 'code'] as const;
export type Field = (typeof FIELDS)[number];

/** Pagefind weights (0–10; Pagefind squares them when it ranks, we read them back as positions). */
export const FIELD_WEIGHTS: Record<Field, number> = {
  heading: 7,
  keywords: 5,
  context: 2,
  prose: 1,
  aux: 0.6,
  code: 0.2,
};

/** Between fields, and between blocks (paragraphs, list items, table cells) inside a field. Never in content. */
export const FIELD_SEPARATOR = '␞';
export const BLOCK_SEPARATOR = '¶';

/** `[slug, title, kind]`. */
export type PageEntry = [slug: string, title: string, kind: string];

/**
 * `[page index, section id ('' for the top of the page), heading, separator positions]`. The
 * separator positions are the word positions of the five FIELD_SEPARATORs in the record.
 */
export type SectionEntry = [page: number, id: string, heading: string, separators: number[]];

/** Everything the browser needs besides Pagefind's own files, one file per language. */
export interface SearchData {
  /**
   * Pagefind's entry, metadata and WebAssembly for this language, fetched in parallel as soon as a
   * reader shows intent. Index chunks are not: each query fetches the few small ones it needs.
   */
  preload: string[];
  /**
   * This language's index chunks. After a first search, while the reader reads, they are fetched in
   * the background (they are cached for good), so later queries wait for no network at all.
   */
  chunks: string[];
  /** Pagefind's `metaCacheTag`, so the entry file has a stable URL that can be preloaded. */
  tag: string;
  pages: PageEntry[];
  /** By Pagefind result id (the fragment hash). */
  sections: Record<string, SectionEntry>;
  /** Latin words of the index, sorted: for prefix checks and typo correction. */
  latin: string[];
  /** Glossary names `[zh, en]`: a term typed in the other language also searches this one's name. */
  aliases: Array<[string, string]>;
}

export function searchDataUrl(lang: 'zh' | 'en'): string {
  return `/pagefind/site-${lang}.json`;
}

/** Pagefind's words of a fragment's stored text, in position order (Chinese is split on zero-width spaces). */
export function fragmentWords(rawContent: string): string[] {
  return rawContent.includes('\u200B') ? rawContent.split('\u200B') : rawContent.split(/[^\S\uFEFF]+/);
}

/**
 * Pagefind's WebAssembly for a language: its stemmer's, or the generic one for languages without
 * (Chinese). Known without the search data, so it can start downloading on intent; the build fails
 * if Pagefind names it differently.
 */
export function pagefindWasm(lang: 'zh' | 'en'): string {
  return lang === 'en' ? 'wasm.en.pagefind' : 'wasm.unknown.pagefind';
}
