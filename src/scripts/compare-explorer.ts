// The comparison explorer's island. It reads the view from the URL with the shared parser, filters the
// server-rendered matrix in place (hidden columns leave the DOM, hidden rows get `hidden`) and writes
// every change back to the URL. Nothing from the URL is ever inserted as HTML: only textContent.
import type { Lang } from '../i18n';
import { fill } from '../lib/text';
import {
  canonicalState,
  emptyState,
  exportRows,
  fromSelection,
  parseCompareState,
  revealRow,
  selectedRows,
  serializeCompareState,
  visibleView,
  type Catalog,
  type CatalogRow,
  type CatalogTable,
  type CompareState,
  type CompareView,
} from '../lib/compare-state';
import { toCsv, toMarkdown } from '../lib/table-export';
import { echo, noticeList } from '../lib/url-state';
import { announce, announcerText, copyText } from './announce';

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

class ComparisonExplorer extends HTMLElement {
  connectedCallback() {
    const lang: Lang = this.dataset.lang === 'zh' ? 'zh' : 'en';
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const str = (key: string, vars: Record<string, string | number> = {}) => fill(strings[key] ?? '', vars);
    const one = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const all = <T extends Element = HTMLElement>(selector: string) => [...this.querySelectorAll<T>(selector)];
    const form = one<HTMLFormElement>('form');
    const status = one('[role="status"]');
    const notice = one('.cmp-notice');
    const search = one<HTMLInputElement>('input[type="search"]');
    const diffBox = one<HTMLInputElement>('input[name="diff"]');
    const boxes = (name: string) => all<HTMLInputElement>(`input[name="${name}"]`);
    const [kindBoxes, topicBoxes, rowBoxes] = [boxes('kind'), boxes('topic'), boxes('row')];
    const headRow = one<HTMLTableRowElement>('thead tr');
    const rowEls = all<HTMLTableRowElement>('tr[data-row]');
    const bodies = all<HTMLTableSectionElement>('tbody[data-topic]');
    const empty = one('.cmp-empty');
    const spanned = [...all<HTMLTableCellElement>('th[scope="rowgroup"]'), one<HTMLTableCellElement>('.cmp-empty td')];

    // The catalog, read back from the markup (this page's language only).
    const tables = new Map<string, CatalogTable>();
    const rows = rowEls.map((tr): CatalogRow => {
      const { row: id = '', table = '', topic = '' } = tr.dataset;
      const cells: CatalogRow['cells'] = {};
      const notes: NonNullable<CatalogRow['notes']> = {};
      for (const td of tr.querySelectorAll<HTMLElement>('td:not([data-empty])')) {
        // A cell's "⚠ see note" links are kept apart from its text (filtering and differences ignore them).
        const body = td.cloneNode(true) as HTMLElement;
        const links = [...body.querySelectorAll<HTMLAnchorElement>('.cell-note')];
        body.querySelector('.cell-notes')?.remove();
        const items = [...body.querySelectorAll('li')].map((li) => clean(li.textContent));
        cells[td.dataset.kind ?? ''] = { [lang]: items.length > 0 ? items.join('; ') : clean(body.textContent) };
        if (links.length > 0) notes[td.dataset.kind ?? ''] = links.map((a) => ({ text: clean(a.textContent), href: a.href }));
      }
      const entry = tables.get(table) ?? { id: table, kinds: [], rows: [] };
      tables.set(table, entry);
      entry.rows.push(id);
      for (const kind of Object.keys(cells)) if (!entry.kinds.includes(kind)) entry.kinds.push(kind);
      return { id, topic, table, label: { [lang]: clean(tr.querySelector('.row-label')!.textContent) }, cells, notes };
    });
    const catalog: Catalog = {
      aspect: { [lang]: clean(headRow.cells[0]!.textContent) },
      kinds: all('th[data-kind]').map((th) => ({ id: th.dataset.kind ?? '', name: { [lang]: clean(th.textContent) } })),
      topics: bodies.map((body) => ({
        id: body.dataset.topic ?? '',
        label: { [lang]: clean(body.rows[0]!.textContent) },
        rows: rows.filter((row) => row.topic === body.dataset.topic).map((row) => row.id),
      })),
      tables: [...tables.values()],
      rows,
    };
    const kindIds = catalog.kinds.map((kind) => kind.id);
    // Each table row's header cell and its cells by kind, so removed cells can go back in order.
    const columns = [headRow, ...rowEls].map((tr) => [...tr.cells]);

    let state = emptyState();
    let view: CompareView;
    let typing = false;
    let timer = 0;

    const say = (text: string) => {
      status.textContent = '';
      requestAnimationFrame(() => (status.textContent = text));
    };
    const statusText = (extra: string[] = []) =>
      [
        ...extra,
        str('status', { rows: view.rows.length, total: view.total, kinds: view.kinds.length, allKinds: kindIds.length }),
        ...(view.uncovered > 0 ? [str('statusUncovered', { n: view.uncovered })] : []),
        ...(view.diffAvailable && state.diff ? [str('statusDiff')] : []),
      ].join(' · ');
    const showNotice = (lines: string[]) => {
      notice.replaceChildren(...lines.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
      notice.hidden = lines.length === 0;
    };

    const render = () => {
      view = visibleView(state, catalog, lang);
      const shown = new Set(view.kinds.map((kind) => kind.id));
      for (const [first, ...cells] of columns) {
        let previous = first!;
        cells.forEach((cell, index) => {
          if (!shown.has(kindIds[index]!)) cell.remove();
          else {
            if (cell.previousElementSibling !== previous) previous.after(cell);
            previous = cell;
          }
        });
      }
      const visible = new Set(view.rows.map((row) => row.id));
      for (const tr of rowEls) {
        const id = tr.dataset.row ?? '';
        tr.hidden = !visible.has(id);
        tr.classList.toggle('differs', view.differing.has(id));
        tr.querySelector<HTMLElement>('.diff-mark')!.hidden = !view.differing.has(id);
      }
      for (const body of bodies) body.hidden = !body.querySelector('tr[data-row]:not([hidden])');
      for (const cell of spanned) cell.colSpan = view.kinds.length + 1;
      empty.hidden = view.rows.length > 0;
      one('.cmp-empty-text').textContent = state.q ? str('emptyQuery', { q: state.q }) : str('emptyFilters');
      one('[data-action="clear-q"]').hidden = !state.q;

      const selected = selectedRows(state, catalog);
      for (const box of kindBoxes) box.checked = shown.has(box.value);
      for (const box of rowBoxes) box.checked = selected.has(box.value);
      for (const box of topicBoxes) {
        const ids = catalog.topics.find((topic) => topic.id === box.value)?.rows ?? [];
        const count = ids.filter((id) => selected.has(id)).length;
        box.checked = count === ids.length;
        box.indeterminate = count > 0 && count < ids.length;
      }
      diffBox.checked = state.diff;
      diffBox.disabled = !view.diffAvailable;
      if (search.value.trim() !== state.q) search.value = state.q;
      for (const link of all('a[data-preset]')) {
        if (link.dataset.preset === state.preset) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      one('.cmp-summary').textContent = [
        str('summary', {
          rows: view.rows.length,
          total: view.total,
          kinds: view.kinds.length,
          allKinds: kindIds.length,
          names: view.kinds.map((kind) => kind.name[lang]).join(str('sep')),
        }),
        state.q ? str('summaryQ', { q: state.q }) : '',
        view.diffAvailable && state.diff ? str('summaryDiff') : '',
      ].join(' ');
    };

    /** Put the state in the address; a `#dim-` hash stays only while its row is shown. */
    const write = (push: boolean) => {
      const target = /^#dim-(.*)$/.exec(location.hash)?.[1];
      const hash = target === undefined || view.rows.some((row) => row.id === target) ? location.hash : '';
      const url = location.pathname + serializeCompareState(state, catalog) + hash;
      if (url !== location.pathname + location.search + location.hash) history[push ? 'pushState' : 'replaceState'](null, '', url);
    };
    const commit = (next: CompareState, extra: string[] = []) => {
      state = canonicalState(next, catalog);
      typing = false;
      clearTimeout(timer);
      showNotice([]);
      render();
      write(true);
      say(statusText(extra));
    };
    const load = () => {
      const { state: next, ignored } = parseCompareState(location.search, catalog);
      state = next;
      typing = false;
      clearTimeout(timer);
      render();
      showNotice(ignored.length > 0 ? [str('ignored', { list: noticeList(ignored, str('sep'), str('ignoredMore')) })] : []);
    };
    /** Typing: the first pause adds a history entry, later pauses update it. */
    const flush = () => {
      clearTimeout(timer);
      timer = 0;
      write(!typing);
      typing = true;
      say(statusText());
    };
    const reveal = () => {
      const raw = /^#dim-(.*)$/.exec(location.hash)?.[1];
      if (raw === undefined) return;
      let id = raw;
      try {
        id = decodeURIComponent(raw);
      } catch {
        /* keep it as written */
      }
      const result = revealRow(state, catalog, lang, id);
      if (!result) return showNotice([str('unknownRow', { id: echo(id) })]);
      if (result.changes.length > 0) {
        const kind = catalog.kinds.find((candidate) => candidate.id === result.kind)?.name[lang] ?? '';
        const message = str('revealed', {
          row: rows.find((row) => row.id === id)?.label[lang] ?? id,
          changes: result.changes.map((change) => str(`change.${change}`, { kind })).join(str('sep')),
        });
        state = result.state;
        render();
        write(false);
        showNotice([message]);
        say(statusText([message]));
      }
      rowEls.find((tr) => tr.dataset.row === id)?.scrollIntoView();
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (timer) flush();
    });
    form.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      if (box.type !== 'checkbox') return;
      const extra: string[] = [];
      let next = { ...state };
      if (box.name === 'kind') {
        next.kinds = kindBoxes.filter((b) => b.checked).map((b) => b.value);
        if (next.kinds.length === 0) extra.push(str('kindsFallback'));
      } else if (box.name === 'diff') next.diff = box.checked;
      else {
        if (box.name === 'topic')
          for (const b of rowBoxes) if (rows.find((row) => row.id === b.value)?.topic === box.value) b.checked = box.checked;
        const chosen = rowBoxes.filter((b) => b.checked).map((b) => b.value);
        if (chosen.length === 0) extra.push(str('rowsFallback'));
        next = { ...next, ...fromSelection(chosen, catalog) };
      }
      commit(next, extra);
    });
    search.addEventListener('input', () => {
      state = canonicalState({ ...state, q: search.value }, catalog);
      render();
      clearTimeout(timer);
      timer = window.setTimeout(flush, 300);
    });
    search.addEventListener('blur', () => {
      if (timer) flush();
      typing = false;
    });
    this.addEventListener('click', async (event) => {
      const target = event.target as Element;
      const preset = target.closest<HTMLAnchorElement>('a[data-preset]');
      if (preset) {
        if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        return commit(parseCompareState(preset.search, catalog).state);
      }
      const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'reset') commit(emptyState(), [str('resetDone')]);
      else if (action === 'clear-q') {
        commit({ ...state, q: '' });
        search.focus();
      } else if (action === 'show-all') {
        commit({ ...state, topics: [], rows: [], q: '', diff: false });
        one('.cmp-scroll').focus();
      } else if (action === 'print') window.print();
      else if (action) {
        const text = action === 'link' ? location.href : (action === 'md' ? toMarkdown : toCsv)(exportRows(view, lang));
        const done = action === 'link' ? announcerText('copied') : str(action === 'md' ? 'copiedMarkdown' : 'copiedCsv');
        announce((await copyText(text)) ? done : announcerText('copyFailed'));
      }
    });
    addEventListener('popstate', () => {
      const before = serializeCompareState(state, catalog);
      load();
      if (serializeCompareState(state, catalog) !== before) say(statusText());
    });
    addEventListener('hashchange', reveal);

    form.hidden = false;
    load();
    reveal();
    write(false);
    status.textContent = statusText();
  }
}

customElements.define('comparison-explorer', ComparisonExplorer);
