// The search page: the same search as the dialog, with the query in the address (?q=…&kind=…), so
// a search can be shared, bookmarked or opened in a new tab.
import type { SearchStrings } from 'virtual:search-strings';
import { loadStyles, SearchView } from './search-view';

class SearchPage extends HTMLElement {
  async connectedCallback() {
    await loadStyles();
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const kind = this.querySelector<HTMLSelectElement>('select[name="kind"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const results = this.querySelector<HTMLOListElement>('ol');
    const more = this.querySelector<HTMLButtonElement>('.search-more');
    const suggest = this.querySelector<HTMLElement>('.search-suggest');
    if (!form || !input || !kind || !status || !results || !more || !suggest) return;
    this.querySelector('.search-page-fallback')?.remove();
    form.hidden = false;
    const params = new URL(location.href).searchParams;
    input.value = params.get('q')?.slice(0, 200) ?? '';
    const requested = params.get('kind');
    if ([...kind.options].some((o) => o.value === requested)) kind.value = requested!;
    const strings = JSON.parse(this.dataset.strings ?? '{}') as SearchStrings;
    const view = new SearchView({ input, kind, status, results, more, suggest }, strings, (query, filter) => {
      const url = new URL(location.href);
      url.search = '';
      if (query) url.searchParams.set('q', query);
      if (filter !== 'all') url.searchParams.set('kind', filter);
      history.replaceState(history.state, '', url);
    });
    // Searching happens as you type; the submit button is for readers who press Enter.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      view.schedule(0);
    });
    input.focus();
    void view.run();
  }
}

customElements.define('search-page', SearchPage);
