// The search engine in the browser: Pagefind finds where each query word is, src/lib/search-rank.ts
// decides what is a result and in which order. Loaded on intent (pointer over or focus on the
// search button, Ctrl/⌘ pressed, the dialog or the search page opening), never on page load.
import { aliasFor, corrections, isCodeLike, parseQuery, splitRun, startsAWord, type Term } from '../lib/search-query';
import { groupByPage, rankSections, type RankedPage, type SectionInfo, type TermHits } from '../lib/search-rank';
import { searchDataUrl, type SearchData } from '../lib/search-data';
import { normalizeLatin } from '../lib/search-vocabulary';
import { PAGEFIND, preloadLink, preloadSearch } from './search-preload';

interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the matches. */
  words: number[];
  data(): Promise<{ raw_content?: string; content: string }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

export type Lang = 'zh' | 'en';

export interface Outcome {
  /** Pages in rank order, each with up to three sections. */
  pages: RankedPage[];
  /** The query as searched when a typo was corrected ("kernal" → "kernel"). */
  corrected?: string;
  /** The words that were found, to mark on the page a result opens. */
  words: string[];
}

export interface Engine {
  data: SearchData;
  search(query: string): Promise<Outcome>;
  /** Pagefind's stored text of a section (its fragment), loaded only when the section is shown. */
  fragment(id: string): Promise<string>;
}

/** How long after a first search the rest of the index starts downloading. */
const PREFETCH_DELAY = 1500;
/** A word's longer form (虚拟 → 虚拟机) ranks like a strong optional word. */
const LONGER_WEIGHT = 0.5;
/** Slugs of the pages that restate what other pages explain (see `SectionInfo.summarises`). */
const SUMMARY_PAGES = new Set(['glossary', 'sources']);
const engines = new Map<Lang, Promise<Engine>>();

export function loadEngine(lang: Lang): Promise<Engine> {
  let engine = engines.get(lang);
  if (!engine) {
    preloadSearch(lang);
    engine = start(lang);
    engines.set(lang, engine);
    engine.catch(() => engines.delete(lang));
  }
  return engine;
}

async function start(lang: Lang): Promise<Engine> {
  const response = await fetch(searchDataUrl(lang));
  if (!response.ok) throw new Error(`search data: ${response.status}`);
  const data = (await response.json()) as SearchData;
  // Pagefind fetches these one after another; asking for them now makes it one round trip.
  for (const file of data.preload) preloadLink(PAGEFIND + file, 'fetch');
  const pagefind = (await import(/* @vite-ignore */ `${location.origin}${PAGEFIND}pagefind.js`)) as Pagefind;
  // On the main thread: a worker costs another round trip and 12 KB before the first result.
  await pagefind.options({ noWorker: true, metaCacheTag: data.tag, excerptLength: 0 });
  await pagefind.init();
  return createEngine(lang, data, pagefind);
}

function createEngine(lang: Lang, data: SearchData, pagefind: Pagefind): Engine {
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const sections = new Map<string, SectionInfo>();
  for (const [id, [page, , heading, separators]] of Object.entries(data.sections)) {
    sections.set(id, { page, heading, separators, summarises: SUMMARY_PAGES.has(data.pages[page]?.[0] ?? '') });
  }
  const searches = new Map<string, Promise<PagefindResult[]>>();
  const anyResult = new Map<string, PagefindResult>();
  const run = (query: string) => {
    let pending = searches.get(query);
    if (!pending) {
      pending = pagefind.search(query).then((response) => {
        const results = response?.results ?? [];
        for (const result of results) if (!anyResult.has(result.id)) anyResult.set(result.id, result);
        return results;
      });
      searches.set(query, pending);
    }
    return pending;
  };
  const positions = (results: PagefindResult[]) => new Map(results.map((r) => [r.id, [...r.words].sort((a, b) => a - b)]));

  /** Positions of each Chinese character, per section. */
  async function charPositions(chars: Iterable<string>): Promise<Map<string, Map<string, Set<number>>>> {
    const unique = [...new Set(chars)];
    const found = await Promise.all(unique.map((c) => run(c)));
    return new Map(unique.map((c, i) => [c, new Map(found[i]!.map((r) => [r.id, new Set(r.words)]))]));
  }

  /** Start positions of a run of characters, per section. */
  function phraseHits(phrase: string, chars: Map<string, Map<string, Set<number>>>): Map<string, number[]> {
    const letters = [...phrase];
    const first = chars.get(letters[0]!) ?? new Map<string, Set<number>>();
    const hits = new Map<string, number[]>();
    for (const [id, starts] of first) {
      const found = [...starts].filter((p) => letters.every((c, k) => chars.get(c)?.get(id)?.has(p + k))).sort((a, b) => a - b);
      if (found.length > 0) hits.set(id, found);
    }
    return hits;
  }

  /** A Latin word the index has (or starts), else its closest correction, else nothing. */
  async function resolveLatin(word: string): Promise<{ word: string; results: PagefindResult[] } | null> {
    const normal = normalizeLatin(word);
    if (startsAWord(normal, data.latin)) return { word, results: await run(word) };
    // Not a prefix of any word: an inflected form ("signing" for "sign") is still an exact stem.
    const exact = await run(`"${word}"`);
    if (exact.length > 0) return { word, results: await run(word) };
    const candidates = corrections(normal, data.latin).slice(0, 6);
    const counted = await Promise.all(candidates.map(async (c) => ({ c, n: (await run(`"${c}"`)).length })));
    const best = counted.sort((a, b) => b.n - a.n)[0];
    return best && best.n > 0 ? { word: best.c, results: await run(best.c) } : null;
  }

  async function termHits(terms: Term[]): Promise<{ hits: TermHits[]; corrected: Map<string, string>; words: string[] }> {
    const chars = await charPositions(terms.filter((t) => t.script === 'han').flatMap((t) => [...(t.chunk ?? t.text), ...(t.kind === 'word' ? (t.longer?.text ?? '') : '')]));
    const occurs = (phrase: string) => phraseHits(phrase, chars).size > 0;
    const hits: TermHits[] = [];
    const corrected = new Map<string, string>();
    const words: string[] = [];
    for (const term of terms) {
      // A run of characters the site has as written is marked whole (写时复制, not 写时 and 复制).
      const whole = term.chunk && term.chunk !== term.text && occurs(term.chunk) ? term.chunk : undefined;
      if (whole && term.weight >= 1) words.push(whole);
      if (term.kind === 'run') {
        const { pieces, missing } = splitRun(term.text, occurs);
        for (const piece of pieces) {
          const width = [...piece.text].length;
          if (!whole) words.push(piece.text);
          hits.push({ weight: term.weight, slot: term.slot + piece.offset, width, span: width, hits: phraseHits(piece.text, chars) });
        }
        // Two or more characters the site does not have as a run: a word it does not contain.
        for (let i = 0; i < missing; i++) hits.push({ weight: term.weight, slot: -1, width: 0, span: 0, hits: new Map() });
        continue;
      }
      if (term.script === 'han') {
        const width = [...term.text].length;
        if (!whole && term.weight >= 1 && occurs(term.text)) words.push(term.text);
        hits.push({ weight: term.weight, slot: term.slot, width, span: width, hits: phraseHits(term.text, chars) });
        if (term.longer && occurs(term.longer.text)) {
          const longer = [...term.longer.text].length;
          hits.push({ weight: LONGER_WEIGHT, slot: term.longer.slot, width: longer, span: longer, hits: phraseHits(term.longer.text, chars) });
        }
        continue;
      }
      const found = await resolveLatin(term.text);
      if (found && found.word !== term.text) corrected.set(term.text, found.word);
      if (found && term.weight >= 1) words.push(found.word);
      hits.push({ weight: term.weight, slot: term.slot, width: 1, span: 1, hits: found ? positions(found.results) : new Map() });
    }
    return { hits, corrected, words };
  }

  let prefetched = false;
  /** After a first search, fetch the rest of the index while the reader reads (once). */
  function prefetchIndex(): void {
    if (prefetched) return;
    prefetched = true;
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    const queue = [...data.chunks];
    const next = (): void => {
      const chunk = queue.shift();
      if (chunk) void fetch(PAGEFIND + chunk).then((r) => r.arrayBuffer(), () => undefined).finally(next);
    };
    setTimeout(() => idle(() => Array.from({ length: 4 }, next)), PREFETCH_DELAY);
  }

  async function search(query: string): Promise<Outcome> {
    const plans = [query];
    const codeCounts = isCodeLike(query);
    const best = new Map<string, ReturnType<typeof rankSections>[number]>();
    let corrected: Map<string, string> | undefined;
    const words = new Set<string>();
    for (const [index, plan] of plans.entries()) {
      const terms = parseQuery(plan, locale);
      if (terms.length === 0) continue;
      const resolved = await termHits(terms);
      if (index === 0) {
        if (resolved.corrected.size > 0) corrected = resolved.corrected;
        // The glossary name in this language of what was asked (after typo correction).
        const alias = aliasFor(corrected ? correctQuery(query, corrected) : query, data.aliases, lang);
        if (alias) plans.push(alias);
      }
      for (const word of resolved.words) words.add(word);
      for (const section of rankSections(resolved.hits, sections, { codeCounts })) {
        const seen = best.get(section.id);
        if (!seen || seen.score < section.score) best.set(section.id, section);
      }
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score);
    const outcome: Outcome = { pages: groupByPage(ranked, sections), words: [...words] };
    prefetchIndex();
    if (corrected) outcome.corrected = correctQuery(query, corrected);
    return outcome;
  }

  async function fragment(id: string): Promise<string> {
    const result = anyResult.get(id);
    if (!result) return '';
    const stored = await result.data();
    return stored.raw_content ?? stored.content;
  }

  return { data, search, fragment };
}

function correctQuery(query: string, corrected: Map<string, string>): string {
  let out = query;
  for (const [from, to] of corrected) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu'), to);
  return out;
}
