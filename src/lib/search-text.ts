import { decodeEntities } from './text';

/** Pure helpers for search: query clean-up, result merging and the words to highlight on arrival. */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Trim, fold full-width spaces and punctuation-only input, collapse runs of whitespace. */
export function normalizeQuery(query: string): string {
  return query
    .replace(/[\u3000\s]+/g, ' ')
    .replace(/^[\s"'“”‘’「」]+|[\s"'“”‘’「」]+$/g, '')
    .trim()
    .slice(0, 200);
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

export interface Term {
  zh: string;
  en: string;
}

/**
 * Other names of the query from the bilingual glossary: typing the English name on the Chinese
 * site (or the Chinese name on the English one) also searches for the name used on that site.
 */
export function glossaryAliases(query: string, terms: readonly Term[], lang: 'zh' | 'en'): string[] {
  const folded = query.toLowerCase();
  const other = lang === 'zh' ? 'en' : 'zh';
  const aliases = new Set<string>();
  for (const term of terms) {
    const names = [term[other], term[lang]].map((name) => name.toLowerCase());
    for (const name of names) {
      // The bare name without a parenthesised abbreviation: "软件物料清单（SBOM）" → "软件物料清单", "sbom".
      const parts = name.split(/[（(]|[）)]/).map((p) => p.trim()).filter(Boolean);
      if (parts.some((part) => part === folded) && term[lang].toLowerCase() !== folded) aliases.add(term[lang]);
    }
  }
  return [...aliases];
}

/**
 * Words to mark on the page a search result leads to: whole query tokens, and for Chinese runs the
 * run itself (never single characters, which would scatter marks across the page).
 */
export function highlightTerms(query: string): string[] {
  const tokens = normalizeQuery(query).split(' ').filter(Boolean);
  const terms = new Set<string>();
  for (const token of tokens) {
    if (!hasCjk(token)) {
      if (token.length >= 2) terms.add(token);
      continue;
    }
    for (const run of token.split(/([A-Za-z0-9.+-]+)/)) {
      if (run.length >= 2 || /^[A-Za-z0-9.+-]{2,}$/.test(run)) terms.add(run);
    }
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

export interface Scored<T> {
  id: string;
  score: number;
  item: T;
}

/** Merge result lists from several searches: best score per page wins, order by score. */
export function mergeResults<T>(lists: Scored<T>[][], weights: number[] = []): Scored<T>[] {
  const best = new Map<string, Scored<T>>();
  lists.forEach((list, index) => {
    const weight = weights[index] ?? 1;
    for (const entry of list) {
      const score = entry.score * weight;
      const seen = best.get(entry.id);
      if (!seen || seen.score < score) best.set(entry.id, { ...entry, score });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** One list from several word-by-word searches: a page's score is the sum over the words it has. */
export function sumScores<T>(lists: Scored<T>[][]): Scored<T>[] {
  const total = new Map<string, Scored<T>>();
  for (const list of lists) {
    for (const entry of list) {
      const seen = total.get(entry.id);
      total.set(entry.id, seen ? { ...seen, score: seen.score + entry.score } : { ...entry });
    }
  }
  return [...total.values()].sort((a, b) => b.score - a.score);
}

/** Pagefind excerpts are escaped text with <mark> tags; split them for safe DOM building. */
export function excerptParts(excerpt: string): Array<{ text: string; mark: boolean }> {
  const decode = (s: string) => decodeEntities(s.replace(/<[^>]*>/g, ''));
  const parts: Array<{ text: string; mark: boolean }> = [];
  const pattern = /<mark>(.*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: decode(excerpt.slice(last, match.index)), mark: false });
    parts.push({ text: decode(match[1] ?? ''), mark: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts.filter((part) => part.text.length > 0);
}

/**
 * Words of a query for ranking. ICU's word segmenter often cuts common two-character words into
 * single characters (镜像 → 镜|像), so runs of single Chinese characters are rejoined in pairs; a
 * character left over on its own (的, 和, 与 …) carries little meaning and is dropped.
 */
export function queryTokens(query: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words = [...segmenter.segment(normalizeQuery(query).toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
  const tokens: string[] = [];
  let run: string[] = [];
  const flush = () => {
    for (let i = 0; i + 1 < run.length; i += 2) tokens.push(run[i]! + run[i + 1]!);
    run = [];
  };
  for (const word of words) {
    if (hasCjk(word) && word.length === 1) {
      run.push(word);
      continue;
    }
    flush();
    tokens.push(word);
  }
  flush();
  return [...new Set(tokens)];
}

/** How much of the query a heading or title covers: the whole query (spaces ignored) counts most. */
export function titleMatch(title: string, query: string, tokens: readonly string[]): number {
  const folded = title.toLowerCase().replace(/\s+/g, '');
  const whole = normalizeQuery(query).toLowerCase().replace(/\s+/g, '');
  if (whole && folded.includes(whole)) return 1;
  if (tokens.length === 0) return 0;
  const hits = tokens.filter((token) => folded.includes(token.replace(/\s+/g, '')));
  return (0.8 * hits.length) / tokens.length;
}

export interface Section {
  title: string;
  url: string;
  /** Pagefind's weighted hit count for the section. */
  hits: number;
}

/**
 * The section a result should open at: the heading that names what was searched for, else the
 * section with the most weighted hits; the page's own top only when nothing better matches.
 */
export function bestSectionIndex(sections: readonly Section[], query: string, tokens: readonly string[]): number {
  const maxHits = Math.max(1, ...sections.map((s) => s.hits));
  let best = 0;
  let bestScore = -1;
  sections.forEach((section, index) => {
    const score = 2 * titleMatch(section.title, query, tokens) + section.hits / maxHits;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
