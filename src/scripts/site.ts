// Enhancements shared by every page. Each piece upgrades server-rendered HTML and is optional:
// without JavaScript the page reads the same, only these conveniences are missing.
import { localizedUrl } from '../lib/routing';
import { announce, announcerText, copyText } from './announce';
import { preloadSearch } from './search-preload';

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
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset.themePref ?? 'system';
    select.addEventListener('change', () => {
      const pref = select.value;
      store(THEME_KEY, pref);
      const dark = pref === 'dark' || (pref === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
      document.documentElement.dataset.themePref = pref;
      // Keep the header's and the menu's copy of this control in step.
      for (const other of document.querySelectorAll<HTMLSelectElement>('theme-switch select')) other.value = pref;
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

/** Marks the table-of-contents link of the section being read. */
class TocSpy extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links
      .map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))))
      .filter((el): el is HTMLElement => el !== null);
    if (targets.length === 0) return;
    const update = () => {
      const offset = window.innerHeight * 0.25;
      let current = targets[0];
      for (const target of targets) if (target.getBoundingClientRect().top <= offset) current = target;
      for (const link of links) {
        if (current && link.hash === `#${current.id}`) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -60% 0px' });
    for (const target of targets) observer.observe(target);
    update();
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
      announce((await copyText(url)) ? announcerText('copied') : announcerText('copyFailed'));
      return;
    }
    const codeButton = target.closest<HTMLButtonElement>('button[data-copy-code]');
    if (codeButton) {
      const code = codeButton.closest('figure')?.querySelector('pre')?.textContent ?? '';
      announce((await copyText(code)) ? (codeButton.dataset.done ?? '') : announcerText('copyFailed'));
    }
  });
}

/** The language link keeps the query string and section, and remembers the choice for `/`. */
function enhanceLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    link.addEventListener('click', () => {
      const lang = link.dataset.langSwitch === 'zh' ? 'zh' : 'en';
      store(LANG_KEY, lang);
      link.href = localizedUrl(location.href, lang);
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
const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
enhanceLanguageSwitch();
enhanceSearch();
highlightArrival();
idle(() => {
  customElements.define('toc-spy', TocSpy);
  enhanceCopyControls();
});
