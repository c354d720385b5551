// The search dialog. No markup ships with the page: the dialog is built here, with DOM APIs, the
// first time it opens; this module itself loads only on intent (see site.ts).
import strings, { type SearchStrings } from 'virtual:search-strings';
import { loadStyles, pageLang, SearchView, warmEngine, type SearchElements } from './search-view';

const KINDS = ['all', 'concept', 'tool', 'glossary'] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

interface Dialog {
  dialog: HTMLDialogElement;
  view: SearchView;
}
let built: Dialog | undefined;
let opener: HTMLElement | null = null;

function build(): Dialog {
  const own = strings[pageLang()];
  const view = new SearchView(createElements(own), own);
  const { input, results, more } = view.els;
  const s = view.strings;
  const dialog = element('dialog', { id: 'search-dialog', className: 'search-dialog' }, { 'aria-labelledby': 'search-title' });
  const form = element('form', { method: 'dialog', className: 'search-form' }, { role: 'search' });
  const row = element('div', { className: 'search-row' });
  const kindLabel = element('label', { className: 'search-kind' });
  kindLabel.append(element('span', { className: 'sr-only', textContent: s.kind }), view.els.kind);
  row.append(element('label', { className: 'sr-only', htmlFor: input.id, textContent: s.input }), input, kindLabel, element('button', { type: 'submit', className: 'control', value: 'close', textContent: s.close }));
  form.append(element('p', { id: 'search-title', className: 'sr-only', textContent: s.dialog }), row, element('p', { id: 'search-hint', className: 'search-hint', textContent: s.hint }));
  dialog.append(form, view.els.status, view.els.suggest, results, more);
  document.body.append(dialog);

  dialog.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      // One Esc closes the dialog; the search field's own Esc would only clear it first.
      event.preventDefault();
      dialog.close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...results.querySelectorAll<HTMLAnchorElement>('a[href]'), ...(more.hidden ? [] : [more])];
    const index = stops.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(index + 1, stops.length - 1) : Math.max(index - 1, 0);
    stops[next]?.focus();
  });
  results.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a[href]')) dialog.close();
  });
  dialog.addEventListener('close', () => opener?.focus());
  return { dialog, view };
}

function createElements(s: SearchStrings): SearchElements {
  const input = element('input', { id: 'search-input', type: 'search', autocomplete: 'off', spellcheck: false, placeholder: s.placeholder }, {
    'aria-describedby': 'search-hint',
    'aria-controls': 'search-results',
  });
  const kind = element('select', { id: 'search-kind', className: 'select' });
  for (const value of KINDS) kind.append(element('option', { value, textContent: s[`kind.${value}`] }));
  return {
    input,
    kind,
    status: element('p', { id: 'search-status', className: 'search-status' }, { role: 'status', 'aria-live': 'polite' }),
    suggest: element('p', { className: 'search-suggest', hidden: true }),
    results: element('ol', { id: 'search-results', className: 'search-results' }),
    more: element('button', { type: 'button', className: 'control search-more', hidden: true }),
  };
}

/** Start loading the engine: the reader is about to search. */
export const warmSearch = warmEngine;

export async function openSearch(from: HTMLElement | null): Promise<void> {
  opener = from;
  built ??= build();
  const { dialog, view } = built;
  await loadStyles();
  if (!dialog.open) dialog.showModal();
  view.els.input.focus();
  view.els.input.select();
  void view.run();
}
