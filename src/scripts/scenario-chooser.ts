// Island for <scenario-chooser> (src/components/ScenarioChooser.astro). It reads the ratings from the
// server-rendered table, keeps its state in the query string and writes text only (never HTML). The
// ranking's wording lives in src/scripts/chooser-ranking.ts, the bar and panel in tool-chrome.ts.
import {
  SCENARIO_SORT,
  emptyState,
  parseChooseState,
  selectionWeights,
  serializeChooseState,
  type ChooseState,
} from '../lib/choose-state';
import { rankTypes, type RatingsGrid } from '../lib/ranking';
import { toCsv, toMarkdown, type PlainTable } from '../lib/table-export';
import { echo, noticeList } from '../lib/url-state';
import { announce, announcerText, copyWithFeedback } from './announce';
import { fill } from '../lib/text';
import { rankingMarkdown, rankingSummary, renderRanking, type Caveat, type RankingContext } from './chooser-ranking';
import { takeDropped } from './lang-handoff';
import { initToolChrome, type ToolChrome } from './tool-chrome';

/** The strings come from a data attribute as a plain record: a missing key reads as empty. */
const fillTemplate = (template: string | undefined, vars: Record<string, string | number>) => fill(template ?? '', vars);

type Strings = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

const text = (node: Element | null | undefined) => node?.textContent?.trim() ?? '';

class ScenarioChooser extends HTMLElement {
  private strings: Strings = {};
  private state: ChooseState = emptyState();
  private rows: HTMLTableRowElement[] = [];
  private headers: HTMLTableCellElement[] = [];
  private types: Array<{ id: string; name: string; href: string }> = [];
  private labels = new Map<string, string>();
  private grid: RatingsGrid = { types: [], scenarios: [] };
  private typing = 0;
  private caveats: Caveat[] = [];
  private chrome: ToolChrome | undefined;

  connectedCallback() {
    const tbody = this.querySelector('tbody');
    if (!tbody || this.rows.length > 0) return;
    this.strings = JSON.parse(this.dataset.i18n ?? '{}') as Strings;
    this.caveats = JSON.parse(this.dataset.caveats ?? '[]') as Caveat[];
    this.rows = [...tbody.rows];
    this.headers = [...this.querySelectorAll<HTMLTableCellElement>('thead th[data-sort]')];
    this.types = this.headers
      .filter((th) => th.dataset.sort !== SCENARIO_SORT)
      .map((th) => ({ id: th.dataset.sort ?? '', name: text(th), href: th.dataset.href ?? '' }));
    this.grid = {
      types: this.types.map((type) => type.id),
      scenarios: this.rows.map((row) => {
        const id = row.dataset.id ?? '';
        this.labels.set(id, text(row.cells[0]));
        const cells = [...row.cells].slice(1);
        return { id, ratings: Object.fromEntries(this.types.map((type, i) => [type.id, Number(cells[i]?.dataset.rating)])) };
      }),
    };

    for (const th of this.headers) {
      const button = el('button');
      button.type = 'button';
      button.append(el('span', '', text(th)), el('span', 'sort-icon'));
      button.lastElementChild?.setAttribute('aria-hidden', 'true');
      th.replaceChildren(button);
      button.addEventListener('click', () => this.sortBy(th.dataset.sort ?? ''));
    }
    this.addEventListener('change', (event) => this.onChange(event.target as HTMLElement));
    this.addEventListener('input', (event) => this.onInput(event.target as HTMLElement));
    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      const button = target.closest<HTMLButtonElement>('button[data-action]');
      if (button?.dataset.action) void this.act(button.dataset.action, button);
      if (target.closest('[data-open-panel]')) this.chrome?.setOpen(true);
    });
    window.addEventListener('popstate', () => {
      // Moving between sections (#hash) also fires popstate; only a different state is news.
      const before = this.href();
      this.load();
      if (this.href() !== before) this.announceRanking();
    });

    for (const node of this.querySelectorAll<HTMLElement>('[data-js-show]')) node.hidden = false;
    for (const node of this.querySelectorAll<HTMLElement>('[data-js-hide]')) node.hidden = true;
    // Wide screens: the scenarios sit beside the ranking from the start.
    this.chrome = initToolChrome(this, { openWhenWide: true });
    this.load(takeDropped().map(([, q]) => fillTemplate(this.strings.langDropped, { q: echo(q) })));
    // The address bar shows the canonical form of what was understood.
    history.replaceState(history.state, '', this.href());
    // Marks the tool as live (its controls answer), for readers' scripts and the tests.
    this.dataset.ready = '';
  }

  private get ids() {
    return { scenarios: this.grid.scenarios.map((s) => s.id), types: this.grid.types };
  }

  private q<T extends Element>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  private href(): string {
    return location.pathname + serializeChooseState(this.state, this.ids) + location.hash;
  }

  private load(arrival: string[] = []): void {
    const { state, ignored } = parseChooseState(location.search, this.ids);
    this.state = state;
    const notice = this.q<HTMLElement>('[data-notice]');
    if (notice) {
      const lines = [...arrival, ...(ignored.length ? [fillTemplate(this.strings.notice, { items: noticeList(ignored, this.strings.listSeparator ?? ', ', this.strings.noticeMore ?? '') })] : [])];
      notice.replaceChildren(...lines.map((line) => el('p', '', line)));
      notice.hidden = lines.length === 0;
    }
    this.render();
  }

  /** Save the state in the address: a new history entry, or (while typing) the current one. */
  private commit(replace = false): void {
    if (replace) history.replaceState(history.state, '', this.href());
    else history.pushState(null, '', this.href());
  }

  private onChange(target: HTMLElement): void {
    if (target instanceof HTMLInputElement && target.dataset.choice !== undefined) {
      const id = target.value;
      const rest = this.state.selection.filter((choice) => choice.id !== id);
      const weight = Number(this.q<HTMLSelectElement>(`select[data-weight="${id}"]`)?.value) || 1;
      this.state.selection = target.checked ? [...rest, { id, weight }] : rest;
      this.state.selection = this.ids.scenarios.flatMap((s) => this.state.selection.filter((c) => c.id === s));
    } else if (target instanceof HTMLSelectElement && target.dataset.weight) {
      const choice = this.state.selection.find((c) => c.id === target.dataset.weight);
      if (choice) choice.weight = Number(target.value) || 1;
    } else if (target instanceof HTMLInputElement && target.dataset.only !== undefined) {
      this.state.only = target.checked;
      this.render();
      this.commit();
      this.announceRows();
      return;
    } else return;
    this.render();
    this.commit();
    this.announceRanking();
  }

  private onInput(target: HTMLElement): void {
    if (!(target instanceof HTMLInputElement) || target.dataset.filter === undefined) return;
    this.state.q = target.value.slice(0, 100);
    this.render();
    clearTimeout(this.typing);
    this.typing = window.setTimeout(() => {
      this.commit(true);
      this.announceRows();
    }, 300);
  }

  private sortBy(key: string): void {
    const current = this.state.sort;
    if (key === SCENARIO_SORT) this.state.sort = current?.key === key ? null : { key, dir: 'asc' };
    else this.state.sort = { key, dir: current?.key === key && current.dir === 'desc' ? 'asc' : 'desc' };
    this.render();
    this.commit();
    const sort = this.state.sort;
    const column = this.types.find((type) => type.id === sort?.key)?.name ?? '';
    const s = this.strings;
    if (!sort) announce(s.sortedArticle ?? '');
    else if (sort.key === SCENARIO_SORT) announce((sort.dir === 'asc' ? s.sortedName : s.sortedNameDesc) ?? '');
    else announce(fillTemplate(sort.dir === 'desc' ? s.sortedDesc : s.sortedAsc, { column }));
  }

  private async act(action: string, button: HTMLButtonElement): Promise<void> {
    if (action === 'clear') {
      this.state.selection = [];
      this.state.only = false;
      this.render();
      this.commit();
      this.announceRanking();
    } else if (action === 'print') window.print();
    else if (action === 'link') await copyWithFeedback(button, location.href, announcerText('copied'));
    else if (action === 'csv') await copyWithFeedback(button, toCsv(this.visibleTable()), this.strings.copiedCsv ?? '');
    else if (action === 'markdown') await copyWithFeedback(button, this.markdown(), this.strings.copiedMarkdown ?? '');
  }

  private visibleRows(): HTMLTableRowElement[] {
    return [...(this.q('tbody')?.querySelectorAll('tr') ?? [])].filter((row) => !row.hidden);
  }

  private visibleTable(): PlainTable {
    return {
      caption: text(this.q('caption')),
      header: this.headers.map((th) => text(th.querySelector('button > span') ?? th)),
      rows: this.visibleRows().map((row) => [
        text(row.cells[0]),
        ...[...row.cells].slice(1).map((cell) => cell.dataset.rating ?? ''),
      ]),
    };
  }

  private markdown(): string {
    const selection = selectionWeights(this.state);
    if (rankTypes(this.grid, selection).empty) return toMarkdown(this.visibleTable());
    return `${toMarkdown(this.visibleTable())}\n${this.selectionText()}\n\n${rankingMarkdown(this.rankingContext(), selection)}`;
  }

  private rankingContext(): RankingContext {
    return {
      grid: this.grid,
      strings: this.strings,
      caveats: this.caveats,
      typeName: (id) => this.typeName(id),
      typeHref: (id) => this.types.find((type) => type.id === id)?.href ?? '#',
      scenarioName: (id) => this.labels.get(id) ?? id,
    };
  }

  private typeName(id: string): string {
    return this.types.find((type) => type.id === id)?.name ?? id;
  }

  private selectionText(): string {
    const list = this.state.selection.map((c) => `${this.labels.get(c.id) ?? c.id} ×${c.weight}`).join(this.strings.listSeparator);
    return fillTemplate(this.strings.selection, { list });
  }

  private render(): void {
    const { sort, q, only } = this.state;
    const weights = selectionWeights(this.state);

    // Controls mirror the state (after a popstate or a shared link).
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-choice]')) {
      box.checked = Object.hasOwn(weights, box.value);
      const select = this.q<HTMLSelectElement>(`select[data-weight="${box.value}"]`);
      if (select) {
        select.disabled = !box.checked;
        select.value = String(weights[box.value] ?? 1);
      }
    }
    const filter = this.q<HTMLInputElement>('input[data-filter]');
    if (filter && filter.value !== q) filter.value = q;
    const onlyBox = this.q<HTMLInputElement>('input[data-only]');
    if (onlyBox) onlyBox.checked = only;

    // Row order: the article's, by scenario name, or by one type's rating (ties keep the article's order).
    const order = [...this.rows];
    const column = this.grid.types.indexOf(sort?.key ?? '') + 1;
    const sign = sort?.dir === 'desc' ? -1 : 1;
    if (sort?.key === SCENARIO_SORT) {
      const collator = new Intl.Collator(document.documentElement.lang);
      order.sort((a, b) => sign * collator.compare(text(a.cells[0]), text(b.cells[0])));
    } else if (column > 0) {
      const rating = (row: HTMLTableRowElement) => Number(row.cells[column]?.dataset.rating);
      order.sort((a, b) => sign * (rating(a) - rating(b)));
    }
    this.q('tbody')?.append(...order);
    for (const th of this.headers) {
      const active = sort?.key === th.dataset.sort;
      if (active) th.setAttribute('aria-sort', sort?.dir === 'desc' ? 'descending' : 'ascending');
      else th.removeAttribute('aria-sort');
      const icon = th.querySelector('.sort-icon');
      if (icon) icon.textContent = active ? (sort?.dir === 'desc' ? '↓' : '↑') : '↕';
    }

    // Filter: the scenario's name or id contains the text; "only" keeps the chosen scenarios.
    const needle = q.trim().toLocaleLowerCase();
    for (const row of this.rows) {
      const id = row.dataset.id ?? '';
      const matches = !needle || `${text(row.cells[0])} ${id}`.toLocaleLowerCase().includes(needle);
      row.hidden = !matches || (only && !Object.hasOwn(weights, id));
    }
    const noRows = this.q<HTMLElement>('[data-no-rows]');
    if (noRows) noRows.hidden = this.visibleRows().length > 0;

    this.renderRanking();
  }

  private renderRanking(): void {
    const list = this.q<HTMLOListElement>('[data-ranking]');
    const empty = this.q<HTMLElement>('[data-empty]');
    const summary = this.q<HTMLElement>('[data-selection]');
    const bar = this.q<HTMLElement>('[data-summary]');
    if (!list || !empty || !summary) return;
    const selection = selectionWeights(this.state);
    const ranking = rankTypes(this.grid, selection);
    list.hidden = ranking.empty;
    summary.hidden = ranking.empty;
    empty.hidden = !ranking.empty;
    summary.textContent = ranking.empty ? '' : this.selectionText();
    renderRanking(list, this.rankingContext(), selection);
    if (bar) bar.textContent = rankingSummary(this.rankingContext(), selection);
  }

  private announceRanking(): void {
    const ranking = rankTypes(this.grid, selectionWeights(this.state));
    if (ranking.empty) return announce(this.strings.announceEmpty ?? '');
    const first = ranking.ranked.filter((row) => row.rank === 1).map((row) => this.typeName(row.type));
    announce(fillTemplate(this.strings.announceRanking, { count: this.state.selection.length, types: first.join(this.strings.listSeparator) }));
  }

  private announceRows(): void {
    announce(fillTemplate(this.strings.announceRows, { shown: this.visibleRows().length, total: this.rows.length }));
  }
}

customElements.define('scenario-chooser', ScenarioChooser);
