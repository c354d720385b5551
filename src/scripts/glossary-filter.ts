// The glossary filter (GlossaryFilter.astro): each keystroke hides the entries whose names (Chinese
// and English) do not contain what is typed, hides letter groups left empty and marks their index
// letters, announces the count, and keeps the text in the address as ?filter=.
import { fill } from '../lib/text';

const normalize = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export function startGlossaryFilter(root: HTMLElement): void {
  const input = root.querySelector('input');
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const list = document.getElementById('glossary-list');
  if (!input || !status || !list) return;
  const entries = [...list.querySelectorAll<HTMLElement>('.glossary-entry')].map((el) => ({
    el,
    name: normalize(`${el.querySelector('h4')?.textContent ?? ''} ${el.querySelector('h4')?.id.slice('term-'.length) ?? ''}`),
  }));
  const groups = [...list.querySelectorAll<HTMLElement>('.glossary-group')];
  const letters = [...document.querySelectorAll<HTMLAnchorElement>('.glossary-index a')];
  const { total = '', count = '', none = '', all = '' } = status.dataset;

  const apply = () => {
    const query = normalize(input.value);
    let shown = 0;
    for (const { el, name } of entries) {
      el.hidden = query !== '' && !name.includes(query);
      if (!el.hidden) shown++;
    }
    for (const group of groups) group.hidden = group.querySelector('.glossary-entry:not([hidden])') === null;
    for (const letter of letters) letter.toggleAttribute('data-empty', document.getElementById(letter.hash.slice(1))?.parentElement?.hidden === true);
    status.textContent = query === '' ? fill(all, { total }) : shown === 0 ? fill(none, { query: input.value.trim() }) : fill(count, { count: shown, total });
    const url = new URL(location.href);
    if (query === '') url.searchParams.delete('filter');
    else url.searchParams.set('filter', input.value);
    history.replaceState(history.state, '', url);
  };
  input.addEventListener('input', apply);
  const asked = new URLSearchParams(location.search).get('filter');
  if (asked && input.value === '') input.value = asked;
  if (input.value !== '') apply();
}
