// The search dialog. Loaded on first use only: until then no search code or index is downloaded.
import {
  bestSectionIndex,
  excerptParts,
  glossaryAliases,
  mergeResults,
  normalizeQuery,
  sumScores,
  queryTokens,
  titleMatch,
  type Scored,
  type Term,
} from '../lib/search-text';
import { fill } from '../lib/text';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ weight: number }>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; keywords?: string };
  sub_results: SubResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{
    results: Array<{ id: string; score: number; data(): Promise<ResultData> }>;
  } | null>;
}

export const HIGHLIGHT_KEY = 'atlas-highlight';
const MAX_RESULTS = 6;

const dialog = document.getElementById('search-dialog') as HTMLDialogElement;
const input = document.getElementById('search-input') as HTMLInputElement;
const kind = document.getElementById('search-kind') as HTMLSelectElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const messages = JSON.parse(dialog.dataset.messages ?? '{}') as Record<'empty' | 'loading' | 'none' | 'count' | 'failed', string>;
const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
let opener: HTMLElement | null = null;
let engine: Promise<{ pagefind: Pagefind; terms: Term[] }> | undefined;
let generation = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** True while an input method is composing (e.g. pinyin being typed): no search until it commits. */
let composing = false;

function load() {
  engine ??= (async () => {
    const [pagefind, terms] = await Promise.all([
      import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`) as Promise<Pagefind>,
      fetch('/search-terms.json').then((r) => (r.ok ? (r.json() as Promise<Term[]>) : [])),
    ]);
    // On the main thread: the worker would cost another 12 KB before the first result, for an index this small.
    await pagefind.options({ excerptLength: 22, noWorker: true });
    await pagefind.init();
    return { pagefind, terms };
  })();
  return engine;
}


/** How well a result's title, keywords or one of its headings names the query (0–1). */
function titleBoost(data: ResultData, query: string, tokens: string[]): number {
  const page = titleMatch(`${data.meta.title ?? ''} ${data.meta.keywords ?? ''}`, query, tokens);
  const section = Math.max(0, ...data.sub_results.map((sub) => titleMatch(sub.title, query, tokens)));
  return Math.max(page, 0.5 * section);
}

function bestSection(data: ResultData, query: string, tokens: string[]): SubResult {
  const subs = data.sub_results.length > 0 ? data.sub_results : [{ title: data.meta.title ?? '', url: data.url, excerpt: data.excerpt }];
  const sections = subs.map((sub) => ({
    title: sub.title,
    url: sub.url,
    hits: (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0),
  }));
  return subs[bestSectionIndex(sections, query, tokens)]!;
}

function renderResults(query: string, results: ResultData[]): void {
  const tokens = queryTokens(query, document.documentElement.lang);
  list.replaceChildren(
    ...results.map((data) => {
      const section = bestSection(data, query, tokens);
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = section.url;
      link.dataset.query = query;
      const title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = data.meta.title ?? data.url;
      link.append(title);
      if (section.url !== data.url && section.title !== data.meta.title) {
        const where = document.createElement('span');
        where.className = 'result-section';
        where.textContent = section.title;
        link.append(where);
      }
      const excerpt = document.createElement('span');
      excerpt.className = 'result-excerpt';
      for (const part of excerptParts(section.excerpt)) {
        excerpt.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
      }
      link.append(excerpt);
      item.append(link);
      return item;
    }),
  );
}

async function runSearch(): Promise<void> {
  const query = normalizeQuery(input.value);
  const run = ++generation;
  if (!query) {
    list.replaceChildren();
    status.textContent = messages.empty;
    return;
  }
  try {
    const { pagefind, terms } = await load();
    const filters: Record<string, string> = kind.value === 'all' ? {} : { kind: kind.value };
    const tokens = queryTokens(query, document.documentElement.lang);
    const queries = [query, ...glossaryAliases(query, terms, lang)];
    const searches = await Promise.all(queries.map((q) => pagefind.search(q, { filters })));
    if (run !== generation || searches.some((s) => s === null)) return;
    const lists = searches.map((s) => (s?.results ?? []).map((r) => ({ id: r.id, score: r.score, item: r }) satisfies Scored<typeof r>));
    // Pagefind wants every word on the page; a long question may match almost nothing. Then also
    // look for its words one by one, at a lower weight, so the closest pages still show up.
    if (lists.reduce((n, l) => n + l.length, 0) < 3 && tokens.length > 1) {
      const relaxed = await Promise.all(tokens.map((token) => pagefind.search(token, { filters })));
      if (run !== generation) return;
      lists.push(sumScores(relaxed.map((s) => (s?.results ?? []).map((r) => ({ id: r.id, score: r.score, item: r })))));
    }
    const merged = mergeResults(lists, [1, ...queries.slice(1).map(() => 1), 0.5]).slice(0, MAX_RESULTS);
    const loaded = await Promise.all(merged.map(async (m) => ({ score: m.score, data: await m.item.data() })));
    if (run !== generation) return;
    // Pages whose title names what was searched for move up: Pagefind's score does not weigh titles.
    const data = loaded
      .map((r) => ({ ...r, score: r.score * (1 + titleBoost(r.data, query, tokens)) }))
      .sort((a, b) => b.score - a.score)
      .map((r) => r.data);
    renderResults(query, data);
    status.textContent = fill(data.length > 0 ? messages.count : messages.none, { n: data.length, query });
  } catch {
    if (run === generation) status.textContent = messages.failed;
  }
}

function schedule(): void {
  clearTimeout(timer);
  if (composing) return;
  timer = setTimeout(runSearch, 120);
}

input.addEventListener('input', (event) => {
  // Wait for the IME to finish: no search on half-composed Chinese input.
  if ((event as InputEvent).isComposing) return;
  schedule();
});
input.addEventListener('compositionstart', () => (composing = true));
input.addEventListener('compositionend', () => {
  composing = false;
  schedule();
});
kind.addEventListener('change', schedule);

dialog.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.isComposing) return;
  const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>('a')];
  const index = stops.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? Math.min(index + 1, stops.length - 1) : Math.max(index - 1, 0);
  stops[next]?.focus();
});

list.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-query]');
  if (!link) return;
  try {
    sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path: new URL(link.href).pathname, query: link.dataset.query }));
  } catch {
    /* highlighting is a nicety */
  }
  dialog.close();
});

dialog.addEventListener('close', () => opener?.focus());

export function openSearch(from: HTMLElement | null, initial = ''): void {
  opener = from;
  if (!dialog.open) dialog.showModal();
  if (initial) input.value = initial;
  input.focus();
  input.select();
  if (!input.value) status.textContent = messages.loading;
  void load()
    .then(() => (input.value ? schedule() : (status.textContent = messages.empty)))
    .catch(() => (status.textContent = messages.failed));
}
