// The comparison explorer's island. It reads the view from the URL with the shared parser, shows it
// in the server-rendered matrix (src/scripts/explorer-matrix.ts), keeps the settings and the summary
// in step and writes every change back to the URL. Nothing from the URL is inserted as HTML.
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
  type CompareState,
  type CompareView,
} from '../lib/compare-state';
import { viewSummary } from '../lib/compare-summary';
import { toCsv, toMarkdown } from '../lib/table-export';
import { echo, noticeList } from '../lib/url-state';
import { announcerText, copyWithFeedback } from './announce';
import { Matrix } from './explorer-matrix';
import { takeDropped } from './lang-handoff';
import { initToolChrome } from './tool-chrome';

class ComparisonExplorer extends HTMLElement {
  connectedCallback() {
    const lang: Lang = this.dataset.lang === 'zh' ? 'zh' : 'en';
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Record<string, string>;
    const presets = JSON.parse(this.dataset.presets ?? '{}') as Record<string, string>;
    const str = (key: string, vars: Record<string, string | number> = {}) => fill(strings[key] ?? '', vars);
    const one = <T extends Element = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    const all = <T extends Element = HTMLElement>(selector: string) => [...this.querySelectorAll<T>(selector)];
    const form = one<HTMLFormElement>('form');
    const status = one('[role="status"]');
    const notice = one('.cmp-notice');
    const summary = one('[data-summary]');
    const search = one<HTMLInputElement>('input[type="search"]');
    const diffBox = one<HTMLInputElement>('input[name="diff"]');
    const boxes = (name: string) => all<HTMLInputElement>(`input[name="${name}"]`);
    const [kindBoxes, topicBoxes, rowBoxes] = [boxes('kind'), boxes('topic'), boxes('row')];
    const matrix = new Matrix(this, lang);
    const { catalog } = matrix;
    const kindIds = catalog.kinds.map((kind) => kind.id);
    const summaryStrings = {
      allKinds: str('summary.allKinds'),
      someKinds: str('summary.someKinds'),
      vs: str('summary.vs'),
      diff: str('summary.diff'),
      q: str('summary.q'),
      rows: str('summary.rows'),
      dot: str('summary.dot'),
    };

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
      matrix.show(view, state.q ? str('emptyQuery', { q: state.q }) : str('emptyFilters'), Boolean(state.q));
      const shown = new Set(view.kinds.map((kind) => kind.id));
      const selected = selectedRows(state, catalog);
      // Each control is written only when it changes: every write restyles the panel.
      const check = (box: HTMLInputElement, checked: boolean, indeterminate = false) => {
        if (box.checked !== checked) box.checked = checked;
        if (box.indeterminate !== indeterminate) box.indeterminate = indeterminate;
      };
      for (const box of kindBoxes) check(box, shown.has(box.value));
      for (const box of rowBoxes) check(box, selected.has(box.value));
      for (const box of topicBoxes) {
        const ids = catalog.topics.find((topic) => topic.id === box.value)?.rows ?? [];
        const count = ids.filter((id) => selected.has(id)).length;
        check(box, count === ids.length, count > 0 && count < ids.length);
      }
      check(diffBox, state.diff);
      if (diffBox.disabled === view.diffAvailable) diffBox.disabled = !view.diffAvailable;
      if (search.value.trim() !== state.q) search.value = state.q;
      for (const link of all('a[data-preset]')) {
        if (link.dataset.preset === state.preset) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
      const preset = state.preset ? presets[state.preset] : undefined;
      const text = viewSummary(state, view, kindIds.length, lang, summaryStrings, preset);
      if (summary.textContent !== text) summary.textContent = text;
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
    const load = (arrival: string[] = []) => {
      const { state: next, ignored } = parseCompareState(location.search, catalog);
      state = next;
      typing = false;
      clearTimeout(timer);
      render();
      showNotice([...arrival, ...(ignored.length > 0 ? [str('ignored', { list: noticeList(ignored, str('sep'), str('ignoredMore')) })] : [])]);
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
          row: catalog.rows.find((row) => row.id === id)?.label[lang] ?? id,
          changes: result.changes.map((change) => str(`change.${change}`, { kind })).join(str('sep')),
        });
        state = result.state;
        render();
        write(false);
        showNotice([message]);
        say(statusText([message]));
      }
      matrix.rowElement(id)?.scrollIntoView();
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
          for (const b of rowBoxes) if (catalog.rows.find((row) => row.id === b.value)?.topic === box.value) b.checked = box.checked;
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
      const control = target.closest<HTMLElement>('[data-action]');
      const action = control?.dataset.action;
      if (!control || !action) return;
      if (action === 'reset') commit(emptyState(), [str('resetDone')]);
      else if (action === 'clear-q') {
        commit({ ...state, q: '' });
        search.focus();
      } else if (action === 'show-all') {
        commit({ ...state, topics: [], rows: [], q: '', diff: false });
        matrix.focusRegion();
      } else if (action === 'print') window.print();
      else if (action === 'link') await copyWithFeedback(control, location.href, announcerText('copied'));
      else if (action === 'markdown') await copyWithFeedback(control, toMarkdown(exportRows(view, lang, str('source'))), str('copiedMarkdown'));
      else if (action === 'csv') await copyWithFeedback(control, toCsv(exportRows(view, lang, str('source'))), str('copiedCsv'));
    });
    addEventListener('popstate', () => {
      const before = serializeCompareState(state, catalog);
      load();
      if (serializeCompareState(state, catalog) !== before) say(statusText());
    });
    addEventListener('hashchange', reveal);

    initToolChrome(this);
    load(takeDropped().map(([, q]) => str('langDropped', { q: echo(q) })));
    reveal();
    write(false);
    status.textContent = statusText();
    // Marks the tool as live (its controls answer), for readers' scripts and the tests.
    this.dataset.ready = '';
  }
}

customElements.define('comparison-explorer', ComparisonExplorer);
