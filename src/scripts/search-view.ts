// Search as you type, results grouped by page: shared by the dialog (search.ts) and the search page
// (search-page.ts). Everything is built with DOM nodes and text; no markup string is ever inserted.
import stylesheet from '../styles/search.css?url';
import type { SearchStrings } from 'virtual:search-strings';
import { buildExcerpt, type ExcerptPart } from '../lib/search-excerpt';
import { normalizeQuery } from '../lib/search-query';
import { fill } from '../lib/text';
import { loadEngine, type Engine, type Lang, type Outcome } from './search-engine';

export const HIGHLIGHT_KEY = 'atlas-highlight';
/** Pages shown at first and added by each "Show more". */
const PAGE_BATCH = 5;
/** Pause after a keystroke before searching: long enough to skip most half-typed words. */
const TYPING_PAUSE = 60;
/** Results must stay on screen this long before their excerpts (fragments) load: none for half-typed words. */
const EXCERPT_PAUSE = 150;
/** Excerpt length in characters: Chinese characters are twice as wide. */
const EXCERPT_CHARS: Record<Lang, number> = { zh: 64, en: 150 };

export interface SearchElements {
  input: HTMLInputElement;
  kind: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  suggest: HTMLElement;
}

export function pageLang(): Lang {
  return document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
}

let styles: Promise<void> | undefined;
/** The search UI's stylesheet: requested with the search code, not with every page. */
export function loadStyles(): Promise<void> {
  styles ??= new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return styles;
}

// The styles are wanted as soon as the search code is: request them with it.
void loadStyles();

/** Start loading the engine and the styles (on intent) without searching. */
export function warmEngine(): void {
  void loadStyles();
  void loadEngine(pageLang()).catch(() => undefined);
}

function pagePath(lang: Lang, slug: string): string {
  return slug === 'index' ? `/${lang}/` : `/${lang}/${slug}/`;
}

/** A UI string with `{name}` placeholders filled by nodes (links) or text. */
function fillNodes(template: string, nodes: Record<string, Node>): Node[] {
  return template.split(/(\{\w+\})/).map((part) => nodes[part.slice(1, -1)] ?? document.createTextNode(part));
}

function excerptNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : document.createTextNode(part.text)));
}

export class SearchView {
  readonly lang = pageLang();
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** True while an input method is composing (pinyin being typed): no search until it commits. */
  private composing = false;
  private shown = 0;
  private current: { query: string; outcome: Outcome; pages: Outcome['pages']; engine: Engine } | null = null;

  constructor(
    readonly els: SearchElements,
    /** This language's `search.*` strings (the dialog bundles them; the search page renders them). */
    readonly strings: SearchStrings,
    /** Called after each search with the query and the kind filter (the search page puts them in its URL). */
    private readonly onSearch?: (query: string, kind: string) => void,
  ) {
    const { input, kind, more, results } = els;
    input.addEventListener('input', (event) => {
      if ((event as InputEvent).isComposing || this.composing) return;
      this.schedule(TYPING_PAUSE);
    });
    input.addEventListener('compositionstart', () => {
      // A word was just committed and the next one is being composed: drop the pending search
      // for the half-typed text.
      this.composing = true;
      clearTimeout(this.timer);
    });
    input.addEventListener('compositionend', () => {
      this.composing = false;
      this.schedule(0);
    });
    kind.addEventListener('change', () => this.schedule(0));
    more.addEventListener('click', () => this.showMore());
    results.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
      if (!link || !this.current) return;
      try {
        const path = new URL(link.href).pathname;
        sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path, words: this.current.outcome.words }));
      } catch {
        /* highlighting on arrival is a nicety */
      }
    });
  }

  schedule(delay: number): void {
    clearTimeout(this.timer);
    if (this.composing) return;
    this.timer = setTimeout(() => void this.run(), delay);
  }

  async run(): Promise<void> {
    const { input, kind, status, results, more, suggest } = this.els;
    const query = normalizeQuery(input.value);
    const run = ++this.generation;
    if (!query) {
      this.current = null;
      results.replaceChildren();
      more.hidden = true;
      suggest.hidden = true;
      status.textContent = this.strings.empty;
      this.onSearch?.('', kind.value);
      return;
    }
    try {
      const pending = loadEngine(this.lang);
      const slow = setTimeout(() => run === this.generation && (status.textContent = this.strings.loading), 150);
      const engine = await pending;
      const outcome = await engine.search(query);
      clearTimeout(slow);
      if (run !== this.generation) return;
      const pages = kind.value === 'all' ? outcome.pages : outcome.pages.filter((p) => engine.data.pages[p.page]?.[2] === kind.value);
      this.current = { query, outcome, pages, engine };
      this.shown = 0;
      results.replaceChildren();
      this.showMore(false);
      const count = pages.length === 1 ? this.strings.pagesOne : fill(this.strings.pages, { n: pages.length });
      if (pages.length === 0) status.textContent = fill(this.strings.none, { query });
      else if (outcome.corrected) status.textContent = fill(this.strings.corrected, { query, corrected: outcome.corrected, pages: count });
      else status.textContent = fill(this.strings.count, { query, pages: count });
      suggest.hidden = pages.length > 0;
      if (pages.length === 0) this.renderSuggestions();
      this.onSearch?.(query, kind.value);
    } catch {
      if (run === this.generation) status.textContent = this.strings.failed;
    }
  }

  private renderSuggestions(): void {
    const link = (slug: string, text: string) => Object.assign(document.createElement('a'), { href: pagePath(this.lang, slug), textContent: text });
    this.els.suggest.replaceChildren(
      ...fillNodes(this.strings.suggest, { glossary: link('glossary', this.strings.glossaryLink), compare: link('compare', this.strings.compareLink) }),
    );
  }

  /** Add the next batch of pages; `focusFirst` moves focus to the first new result (after "Show more"). */
  private showMore(focusFirst = true): void {
    const current = this.current;
    if (!current) return;
    const batch = current.pages.slice(this.shown, this.shown + PAGE_BATCH);
    const items = batch.map((page) => this.renderPage(page, current.engine));
    this.els.results.append(...items);
    this.shown += batch.length;
    const rest = current.pages.length - this.shown;
    this.els.more.hidden = rest <= 0;
    this.els.more.textContent = fill(this.strings.more, { n: rest });
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  private renderPage(page: Outcome['pages'][number], engine: Engine): HTMLLIElement {
    const [slug = 'index', title = ''] = engine.data.pages[page.page] ?? [];
    const item = document.createElement('li');
    item.className = 'result-page';
    const subs = document.createElement('ul');
    subs.className = 'result-subs';
    page.sections.forEach((section, index) => {
      const [, id = '', heading = '', separators = []] = engine.data.sections[section.id] ?? [];
      const link = document.createElement('a');
      link.href = pagePath(this.lang, slug) + (id ? `#${id}` : '');
      if (index === 0) {
        link.className = 'result-main';
        link.append(Object.assign(document.createElement('span'), { className: 'result-title', textContent: title }));
      }
      if (id) link.append(Object.assign(document.createElement('span'), { className: 'result-section', textContent: heading }));
      const excerpt = Object.assign(document.createElement('span'), { className: 'result-excerpt' });
      link.append(excerpt);
      const generation = this.generation;
      setTimeout(() => {
        if (generation !== this.generation) return;
        void engine.fragment(section.id).then((raw) => {
          excerpt.replaceChildren(...excerptNodes(buildExcerpt(raw, separators, section.marks, EXCERPT_CHARS[this.lang])));
          excerpt.dataset.loaded = '';
        });
      }, EXCERPT_PAUSE);
      if (index === 0) {
        item.append(link);
        return;
      }
      const sub = document.createElement('li');
      sub.append(link);
      subs.append(sub);
    });
    if (subs.childElementCount > 0) item.append(subs);
    return item;
  }
}
