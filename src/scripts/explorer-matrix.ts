// The explorer's server-rendered matrix, read back as a catalog (this page's language only) and
// updated in place for a view: hidden columns leave the DOM and come back in order, hidden rows get
// `hidden`. Text only; nothing is ever parsed as HTML.
import type { Lang } from '../i18n';
import type { Catalog, CatalogRow, CatalogTable, CompareView } from '../lib/compare-state';

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

export class Matrix {
  readonly catalog: Catalog;
  private readonly rowEls: HTMLTableRowElement[];
  private readonly bodies: HTMLTableSectionElement[];
  private readonly columns: HTMLTableCellElement[][];
  private readonly spanned: HTMLTableCellElement[];
  private readonly empty: HTMLElement;
  private readonly table: HTMLTableElement;

  constructor(
    private readonly root: HTMLElement,
    lang: Lang,
  ) {
    const headRow = root.querySelector<HTMLTableRowElement>('thead tr')!;
    this.rowEls = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
    this.bodies = [...root.querySelectorAll<HTMLTableSectionElement>('tbody[data-topic]')];
    this.empty = root.querySelector<HTMLElement>('.cmp-empty')!;
    this.table = root.querySelector<HTMLTableElement>('.cmp-table')!;
    this.spanned = [...root.querySelectorAll<HTMLTableCellElement>('th[scope="rowgroup"], .cmp-empty td')];
    // Each table row's header cell and its cells by kind, so removed cells can go back in order.
    this.columns = [headRow, ...this.rowEls].map((tr) => [...tr.cells]);

    const tables = new Map<string, CatalogTable>();
    const rows = this.rowEls.map((tr): CatalogRow => {
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
      // The row's source link, without its screen-reader prefix ("Source: ").
      const sourceLink = tr.querySelector<HTMLAnchorElement>('.row-source');
      const sourceText = sourceLink?.cloneNode(true) as HTMLElement | undefined;
      sourceText?.querySelector('.sr-only')?.remove();
      const source = sourceLink && sourceText ? { text: clean(sourceText.textContent), href: sourceLink.href } : undefined;
      return { id, topic, table, label: { [lang]: clean(tr.querySelector('.row-label')!.textContent) }, cells, notes, source };
    });
    this.catalog = {
      aspect: { [lang]: clean(headRow.cells[0]!.textContent) },
      kinds: [...root.querySelectorAll<HTMLElement>('th[data-kind]')].map((th) => ({
        id: th.dataset.kind ?? '',
        name: { [lang]: clean(th.textContent) },
      })),
      topics: this.bodies.map((body) => ({
        id: body.dataset.topic ?? '',
        label: { [lang]: clean(body.rows[0]!.textContent) },
        rows: rows.filter((row) => row.topic === body.dataset.topic).map((row) => row.id),
      })),
      tables: [...tables.values()],
      rows,
    };
  }

  /** Show exactly the view's columns and rows; `emptyText` explains an empty result. */
  show(view: CompareView, emptyText: string, canClearQuery: boolean): void {
    const kindIds = this.catalog.kinds.map((kind) => kind.id);
    const shown = new Set(view.kinds.map((kind) => kind.id));
    for (const [first, ...cells] of this.columns) {
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
    for (const tr of this.rowEls) {
      const id = tr.dataset.row ?? '';
      if (tr.hidden === visible.has(id)) tr.hidden = !visible.has(id);
      tr.classList.toggle('differs', view.differing.has(id));
      const mark = tr.querySelector<HTMLElement>('.diff-mark')!;
      if (mark.hidden === view.differing.has(id)) mark.hidden = !view.differing.has(id);
    }
    for (const body of this.bodies) {
      const empty = !body.querySelector('tr[data-row]:not([hidden])');
      if (body.hidden !== empty) body.hidden = empty;
    }
    // Only what changed is written: an unchanged span or text would still cost a layout of the table.
    const span = view.kinds.length + 1;
    for (const cell of this.spanned) if (cell.colSpan !== span) cell.colSpan = span;
    this.table.style.setProperty('--cmp-cols', String(view.kinds.length));
    this.empty.hidden = view.rows.length > 0;
    const text = this.empty.querySelector('.cmp-empty-text')!;
    if (text.textContent !== emptyText) text.textContent = emptyText;
    this.empty.querySelector<HTMLElement>('[data-action="clear-q"]')!.hidden = !canClearQuery;
  }

  rowElement(id: string): HTMLTableRowElement | undefined {
    return this.rowEls.find((tr) => tr.dataset.row === id);
  }

  focusRegion(): void {
    this.root.querySelector<HTMLElement>('.cmp-scroll')?.focus();
  }
}
