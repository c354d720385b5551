// Enhancements shared by every page. Each piece upgrades server-rendered HTML and is optional:
// without JavaScript the page reads the same, only these conveniences are missing.
import { localizedUrl } from '../lib/routing';
import { preloadSearch } from './search-preload';
import { currentSection, sectionHeadings } from './sections';
import './on-intent';
import './register-sw';

// Loaded only where needed, to keep every page's first script small: the copy helper on the first
// copy, the parameter handling on the tools (which load it anyway), the table of contents' scroll-spy
// (site-later.ts) at the first interaction.
const copyHelper = () => import('./announce');
type Dropping = { withoutParams: typeof import('../lib/url-state').withoutParams; rememberDropped: typeof import('./lang-handoff').rememberDropped };
let dropping: Dropping | undefined;

const THEME_KEY = 'atlas-theme';
const LANG_KEY = 'atlas-lang';

function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

class ThemeSwitch extends HTMLElement {
  connectedCallback() {
    const radios = [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    if (radios.length === 0) return;
    const pref = document.documentElement.dataset.themePref ?? 'system';
    for (const radio of radios) radio.checked = radio.value === pref;
    this.addEventListener('change', (event) => {
      const chosen = (event.target as HTMLInputElement).value;
      store(THEME_KEY, chosen);
      const dark = chosen === 'dark' || (chosen === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
      document.documentElement.dataset.themePref = chosen;
      // Keep the header's and the menu's copy of this control in step.
      for (const other of document.querySelectorAll<HTMLInputElement>('theme-switch input[type="radio"]')) {
        other.checked = other.value === chosen;
      }
    });
    this.hidden = false;
  }
}

/** Narrow screens: the sidebar opens as a panel. Esc or leaving it closes it; focus goes back to the button. */
class MobileMenu extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');
    const label = button?.querySelector('.menu-label');
    if (!button || !panel || !label) return;
    const setOpen = (open: boolean, returnFocus = false) => {
      button.setAttribute('aria-expanded', String(open));
      label.textContent = (open ? button.dataset.closeLabel : button.dataset.openLabel) ?? '';
      panel.toggleAttribute('data-open', open);
      if (open) (panel.querySelector<HTMLElement>('[aria-current="page"]') ?? panel.querySelector('a'))?.focus();
      else if (returnFocus) button.focus();
    };
    button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && panel.hasAttribute('data-open')) setOpen(false, true);
    });
    panel.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (panel.hasAttribute('data-open') && next && !panel.contains(next) && next !== button) setOpen(false);
    });
    panel.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a')) setOpen(false);
    });
  }
}

function enhanceCopyControls(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-code]')) button.hidden = false;
  document.addEventListener('click', async (event) => {
    const target = event.target as Element;
    const anchor = target.closest<HTMLAnchorElement>('a[data-copy-link]');
    if (anchor) {
      event.preventDefault();
      const url = new URL(anchor.href, location.href).href;
      history.replaceState(history.state, '', anchor.hash);
      document.getElementById(anchor.hash.slice(1))?.scrollIntoView();
      const { announcerText, copyWithFeedback } = await copyHelper();
      await copyWithFeedback(anchor, url, announcerText('copied'));
      return;
    }
    const codeButton = target.closest<HTMLButtonElement>('button[data-copy-code]');
    if (codeButton) {
      const code = codeButton.closest('figure')?.querySelector('pre')?.textContent ?? '';
      const { copyWithFeedback } = await copyHelper();
      await copyWithFeedback(codeButton, code, codeButton.dataset.done ?? '');
    }
  });
}

/**
 * The language link keeps the reader's place: the query string, and the section being read even
 * when the address has no #fragment. A tool's free text (named by `data-lang-specific`) would match
 * nothing in the other language, so it is left out and the other page says so. The choice is
 * remembered for `/`.
 */
function enhanceLanguageSwitch(): void {
  const tool = document.querySelector<HTMLElement>('[data-lang-specific]');
  if (tool) {
    void Promise.all([import('../lib/url-state'), import('./lang-handoff')]).then(([state, handoff]) => {
      dropping = { withoutParams: state.withoutParams, rememberDropped: handoff.rememberDropped };
    });
  }
  const target = (link: HTMLAnchorElement) => {
    const lang = link.dataset.langSwitch === 'zh' ? 'zh' : 'en';
    const names = tool?.dataset.langSpecific?.split(',') ?? [];
    const { search, dropped } = dropping?.withoutParams(location.search, names) ?? { search: location.search, dropped: [] };
    const section = window.scrollY > 0 ? currentSection(sectionHeadings())?.id : undefined;
    const hash = section ? `#${section}` : location.hash;
    return { lang, url: localizedUrl(location.pathname + search + hash, lang), dropped };
  };
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const lang = link.dataset.langSwitch === 'zh' ? 'zh' : 'en';
    // A page without a twin (404, search) links to the other start page as rendered.
    if (link.dataset.standalone !== undefined) {
      link.addEventListener('click', () => store(LANG_KEY, lang));
      continue;
    }
    // Opening in a new tab, too: the address is brought up to date before the link is used.
    const refresh = () => (link.href = target(link).url);
    link.addEventListener('pointerenter', refresh);
    link.addEventListener('focus', refresh);
    link.addEventListener('click', () => {
      const { url, dropped } = target(link);
      store(LANG_KEY, lang);
      link.href = url;
      dropping?.rememberDropped(new URL(url, location.href).pathname, dropped);
    });
  }
  const current = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  store(LANG_KEY, current);
}

/**
 * Search opens from the header button, Ctrl/⌘+K or "/". Its code and index start loading on intent
 * (pointer over or focus on the button, Ctrl/⌘ pressed), not with the page. The button stays a link
 * to the search page, so Ctrl-click and "open in new tab" work. On the search page the shortcuts
 * and the button focus its own field instead.
 */
function enhanceSearch(): void {
  const button = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  if (!button) return;
  const apple = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
  const shortcut = button.querySelector('[data-shortcut]');
  if (shortcut && apple) shortcut.textContent = '⌘K';
  const search = () => import('./search');
  const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const warm = () => {
    // The search data and Pagefind's loader download alongside the search code itself.
    preloadSearch(lang);
    void search().then((module) => module.warmSearch(), () => undefined);
  };
  const open = () => {
    const field = document.getElementById('search-page-input');
    if (field) field.focus();
    else void search().then((module) => module.openSearch(button));
  };
  for (const type of ['pointerenter', 'focus', 'touchstart'] as const) button.addEventListener(type, warm, { once: true, passive: true });
  button.addEventListener('click', (event) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Control' || event.key === 'Meta') return warm();
    const typing = (event.target as Element).closest('input, textarea, select, [contenteditable]');
    if (((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') || (event.key === '/' && !typing)) {
      event.preventDefault();
      open();
    }
  });
}

/**
 * Runs `task` once, at the reader's first interaction: moving the pointer, touching, scrolling,
 * pressing a key or moving focus; so a page that is only looked at never downloads it. A page opened
 * at a section (a #fragment, or scrolled by the browser on reload) runs it when next idle instead.
 */
function whenUsed(task: () => void): void {
  if (location.hash || window.scrollY > 0) {
    if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 1000 });
    else setTimeout(task, 1);
    return;
  }
  const events = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'scroll', 'focusin'] as const;
  const run = () => {
    for (const type of events) removeEventListener(type, run, true);
    task();
  };
  for (const type of events) addEventListener(type, run, { capture: true, passive: true });
}

/** Arriving from a search result: mark the searched words (the module loads only then). */
function highlightArrival(): void {
  let saved: { path?: string; words?: unknown } | null = null;
  try {
    saved = JSON.parse(sessionStorage.getItem('atlas-highlight') ?? 'null');
    sessionStorage.removeItem('atlas-highlight');
  } catch {
    return;
  }
  const words = Array.isArray(saved?.words) ? saved.words.filter((w): w is string => typeof w === 'string') : [];
  if (words.length > 0 && saved?.path === location.pathname) void import('./highlight').then((module) => module.highlight(words));
}

customElements.define('theme-switch', ThemeSwitch);
customElements.define('mobile-menu', MobileMenu);
enhanceLanguageSwitch();
enhanceSearch();
highlightArrival();
enhanceCopyControls();
whenUsed(() => void import('./site-later'));
