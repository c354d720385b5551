/**
 * The comparison explorer's state: what the URL says, what it means and what the table shows.
 * Pure and DOM-free, so the page script and the tests share one set of rules. Ids are
 * language-neutral; empty lists mean "all"; anything not understood is dropped and reported.
 */
import type { Lang } from '../i18n';
import type { AtlasData } from './validate-data';
import type { PlainTable } from './table-export';
import { brokenParams, buildQuery, echo, parseIdList, readParams } from './url-state';

/** Text in the languages known here: the build knows both, a page's script only its own. */
export type LocalText = Partial<Record<Lang, string>>;

export interface CatalogKind {
  id: string;
  name: LocalText;
}
export interface CatalogTopic {
  id: string;
  label: LocalText;
  /** Row ids in display order. */
  rows: string[];
}
export interface CatalogRow {
  id: string;
  topic: string;
  table: string;
  label: LocalText;
  /** Plain cell text by kind id; a kind the row's table does not cover has no entry. */
  cells: Record<string, LocalText>;
  /** The "⚠ see note" links of cells that repeat a source error, by kind id (page language only). */
  notes?: Record<string, CellNote[]>;
  /** The row's source article as the matrix names it ("Types of OS image · 003", page language only). */
  source?: SourceLink;
}
export interface SourceLink {
  text: string;
  /** Absolute URL of the article's entry on the sources page. */
  href: string;
}
export interface CellNote {
  /** The marker with the caveat's title, as the page shows it: "⚠ see note: …". */
  text: string;
  /** Absolute URL of the caveat. */
  href: string;
}
export interface CatalogTable {
  id: string;
  kinds: string[];
  rows: string[];
}
/** Everything the explorer knows, in display order. */
export interface Catalog {
  aspect: LocalText;
  kinds: CatalogKind[];
  topics: CatalogTopic[];
  tables: CatalogTable[];
  rows: CatalogRow[];
}

export interface CompareState {
  /** The source table this view reproduces exactly, if any (derived from kinds and rows). */
  preset?: string;
  kinds: string[];
  topics: string[];
  rows: string[];
  q: string;
  diff: boolean;
}

export interface CompareView {
  aspect: LocalText;
  kinds: CatalogKind[];
  rows: CatalogRow[];
  total: number;
  /** Chosen rows hidden because none of the shown kinds has text for them. */
  uncovered: number;
  /** The state named kinds, none of them known: all kinds are shown instead. */
  kindsFallback: boolean;
  /** 2 or 3 kinds are shown, so differences are marked (and may be filtered). */
  diffAvailable: boolean;
  /** Shown rows whose shown cells differ (only when `diffAvailable`). */
  differing: Set<string>;
}

export const Q_LIMIT = 200;
const PARAMS = ['preset', 'kinds', 'topics', 'rows', 'q', 'diff'];

export const emptyState = (): CompareState => ({ kinds: [], topics: [], rows: [], q: '', diff: false });

/** Plain text of a data cell, as the page shows it: `code` marks dropped, list items joined with "; ". */
export function plainText(value: string | string[]): string {
  return (Array.isArray(value) ? value : [value])
    .map((item) => item.replace(/`/g, '').replace(/\s+/g, ' ').trim())
    .join('; ');
}

/** The catalog of the validated data: topics in topics.json order, rows by source article within a topic. */
export function catalogFromAtlas(data: Pick<AtlasData, 'kinds' | 'topics' | 'tables'>, aspect: LocalText): Catalog {
  const tables = [...data.tables].sort((a, b) => a.source.localeCompare(b.source) || a.id.localeCompare(b.id));
  const all = tables.flatMap((table) =>
    table.rows.map(
      (row): CatalogRow => ({
        id: row.id,
        topic: row.topic,
        table: table.id,
        label: { ...row.label },
        cells: Object.fromEntries(
          table.kinds.map((kind) => [kind, { zh: plainText(row.cells[kind]!.zh), en: plainText(row.cells[kind]!.en) }]),
        ),
      }),
    ),
  );
  const topics = data.topics.map((topic) => ({
    id: topic.id,
    label: { ...topic.label },
    rows: all.filter((row) => row.topic === topic.id).map((row) => row.id),
  }));
  return {
    aspect,
    kinds: data.kinds.map((kind) => ({ id: kind.id, name: { ...kind.name } })),
    topics,
    tables: tables.map((table) => ({ id: table.id, kinds: [...table.kinds], rows: table.rows.map((row) => row.id) })),
    rows: topics.flatMap((topic) => topic.rows.map((id) => all.find((row) => row.id === id)!)),
  };
}

export function cellOf(row: CatalogRow, kind: string): LocalText | undefined {
  return Object.hasOwn(row.cells, kind) ? row.cells[kind] : undefined;
}

/** Ids of the rows chosen by `topics` and `rows` together; both empty means every row. */
export function selectedRows(state: Pick<CompareState, 'topics' | 'rows'>, catalog: Catalog): Set<string> {
  if (state.topics.length === 0 && state.rows.length === 0) return new Set(catalog.rows.map((row) => row.id));
  const chosen = new Set(state.rows);
  for (const topic of catalog.topics) if (state.topics.includes(topic.id)) for (const id of topic.rows) chosen.add(id);
  return chosen;
}

/** The shortest `topics` + `rows` for a set of row ids: whole topics by topic, the rest by row. */
export function fromSelection(selected: Iterable<string>, catalog: Catalog): Pick<CompareState, 'topics' | 'rows'> {
  const chosen = new Set(selected);
  const known = catalog.rows.filter((row) => chosen.has(row.id));
  if (known.length === 0 || known.length === catalog.rows.length) return { topics: [], rows: [] };
  const topics = catalog.topics.filter((topic) => topic.rows.every((id) => chosen.has(id))).map((topic) => topic.id);
  return { topics, rows: known.filter((row) => !topics.includes(row.topic)).map((row) => row.id) };
}

const sameSet = (a: Iterable<string>, b: Iterable<string>) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
};

/** Unpaired surrogates (which cannot be percent-encoded) become U+FFFD, control characters spaces. */
const wellFormed = (text: string) =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c >= '\uD800' ? '\uFFFD' : ' ',
  );

/** One spelling per view: known ids in catalog order, "all" as empty lists, `preset` when it fits exactly. */
export function canonicalState(state: CompareState, catalog: Catalog): CompareState {
  const allKinds = catalog.kinds.map((kind) => kind.id);
  const picked = allKinds.filter((id) => state.kinds.includes(id));
  const kinds = picked.length === allKinds.length ? [] : picked;
  const selection = selectedRows(state, catalog);
  const base = {
    kinds,
    ...fromSelection(selection, catalog),
    q: wellFormed(state.q.slice(0, Q_LIMIT)).trim(),
    diff: state.diff === true,
  };
  const preset = catalog.tables.find(
    (table) => kinds.length > 0 && sameSet(table.kinds, kinds) && sameSet(table.rows, selection),
  );
  return preset ? { preset: preset.id, ...base } : base;
}

/**
 * Read a query string. Never throws. Whatever is dropped (unknown or repeated parameters, values with
 * broken percent-encoding, unknown ids, a text filter that is too long or holds control characters, a
 * `diff` other than 0 or 1) is listed in address order as short, plain-text `name=value` echoes.
 */
export function parseCompareState(search: string, catalog: Catalog): { state: CompareState; ignored: string[] } {
  try {
    const reports: Array<[number, string]> = [];
    const values = new Map<string, [number, string]>();
    const broken = new Set(brokenParams(search));
    let at = 0;
    for (const [key, value] of readParams(search)) {
      at += 1;
      if (PARAMS.includes(key) && !values.has(key) && !broken.has(key)) values.set(key, [at, value]);
      else reports.push([at, value ? `${echo(key)}=${echo(value)}` : echo(key)]);
    }
    const value = (key: string) => values.get(key)?.[1].trim() ?? '';
    const report = (key: string, text: string) => reports.push([values.get(key)?.[0] ?? 0, `${key}=${echo(text)}`]);
    const list = (key: string, known: string[]) => {
      const { ids, ignored } = parseIdList(value(key), known);
      for (const text of ignored) report(key, text);
      return ids;
    };
    const table = catalog.tables.find((candidate) => candidate.id === value('preset'));
    if (value('preset') && !table) report('preset', value('preset'));
    const kinds = list('kinds', catalog.kinds.map((kind) => kind.id));
    const topics = list('topics', catalog.topics.map((topic) => topic.id));
    const rows = list('rows', catalog.rows.map((row) => row.id));
    let q = values.get('q')?.[1] ?? '';
    if (q.length > Q_LIMIT || /[\u0000-\u001f\u007f-\u009f]/.test(q)) {
      report('q', q);
      q = '';
    }
    if (!['', '0', '1'].includes(value('diff'))) report('diff', value('diff'));
    const explicitRows = topics.length > 0 || rows.length > 0;
    const state = canonicalState(
      {
        kinds: kinds.length > 0 ? kinds : (table?.kinds ?? []),
        topics,
        rows: explicitRows ? rows : (table?.rows ?? []),
        q,
        diff: value('diff') === '1',
      },
      catalog,
    );
    return { state, ignored: reports.sort((a, b) => a[0] - b[0]).map(([, text]) => text) };
  } catch {
    // Defensive: the helpers above do not throw, but a broken address must never break the page.
    return { state: emptyState(), ignored: [echo(String(search))] };
  }
}

/** The canonical query string of a state ("" for the default view). */
export function serializeCompareState(state: CompareState, catalog: Catalog): string {
  const canonical = canonicalState(state, catalog);
  const { preset } = canonical;
  return buildQuery([
    ['preset', preset],
    ['kinds', preset ? undefined : canonical.kinds.join(',')],
    ['topics', preset ? undefined : canonical.topics.join(',')],
    ['rows', preset ? undefined : canonical.rows.join(',')],
    ['q', canonical.q],
    ['diff', canonical.diff ? '1' : undefined],
  ]);
}

const text = (value: LocalText | undefined, lang: Lang) => value?.[lang] ?? '';

/**
 * Do the shown cells differ? Only cells with text are compared, and it takes two: a kind the row's
 * source did not cover ("—") is a gap, not a difference.
 */
export function differs(row: CatalogRow, kinds: readonly string[]): boolean {
  const keys = kinds.flatMap((kind) => {
    const cell = cellOf(row, kind);
    return cell ? [JSON.stringify(cell)] : [];
  });
  return keys.some((key) => key !== keys[0]);
}

/** Case-insensitive substring match on the row label and the shown cells, in the page language. */
export function matchesQuery(row: CatalogRow, kinds: readonly string[], q: string, lang: Lang): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [row.label, ...kinds.map((kind) => cellOf(row, kind))].some((value) =>
    text(value, lang).toLowerCase().includes(needle),
  );
}

const diffAvailableFor = (count: number) => count === 2 || count === 3;

function shownKinds(state: CompareState, catalog: Catalog): { kinds: CatalogKind[]; fallback: boolean } {
  const kinds = catalog.kinds.filter((kind) => state.kinds.includes(kind.id));
  if (kinds.length > 0) return { kinds, fallback: false };
  return { kinds: catalog.kinds, fallback: state.kinds.length > 0 };
}

/** The columns and rows a state shows. */
export function visibleView(state: CompareState, catalog: Catalog, lang: Lang): CompareView {
  const { kinds, fallback } = shownKinds(state, catalog);
  const ids = kinds.map((kind) => kind.id);
  const selection = selectedRows(state, catalog);
  const diffAvailable = diffAvailableFor(ids.length);
  const differing = new Set<string>();
  let uncovered = 0;
  const rows = catalog.rows.filter((row) => {
    if (!selection.has(row.id)) return false;
    if (!ids.some((kind) => cellOf(row, kind))) {
      uncovered += 1;
      return false;
    }
    if (!matchesQuery(row, ids, state.q, lang)) return false;
    const different = diffAvailable && differs(row, ids);
    if (different) differing.add(row.id);
    return different || !(diffAvailable && state.diff);
  });
  return { aspect: catalog.aspect, kinds, rows, total: catalog.rows.length, uncovered, kindsFallback: fallback, diffAvailable, differing };
}

export type RevealChange = 'rows' | 'kinds' | 'q' | 'diff';

/**
 * The smallest change that shows row `id`: choose the row, add the first kind that covers it, clear a
 * text filter that excludes it, turn off "differences only". Undefined for an unknown row.
 */
export function revealRow(
  state: CompareState,
  catalog: Catalog,
  lang: Lang,
  id: string,
): { state: CompareState; changes: RevealChange[]; kind?: string } | undefined {
  const row = catalog.rows.find((candidate) => candidate.id === id);
  if (!row) return undefined;
  const changes: RevealChange[] = [];
  let next: CompareState = { ...state };
  const selection = selectedRows(next, catalog);
  if (!selection.has(id)) {
    next = { ...next, ...fromSelection(selection.add(id), catalog) };
    changes.push('rows');
  }
  let ids = shownKinds(next, catalog).kinds.map((kind) => kind.id);
  let kind: string | undefined;
  if (!ids.some((candidate) => cellOf(row, candidate))) {
    kind = catalog.kinds.find((candidate) => cellOf(row, candidate.id))?.id;
    if (kind) {
      next = { ...next, kinds: [...next.kinds, kind] };
      ids = shownKinds(next, catalog).kinds.map((candidate) => candidate.id);
      changes.push('kinds');
    }
  }
  if (!matchesQuery(row, ids, next.q, lang)) {
    next = { ...next, q: '' };
    changes.push('q');
  }
  if (next.diff && diffAvailableFor(ids.length) && !differs(row, ids)) {
    next = { ...next, diff: false };
    changes.push('diff');
  }
  return { state: canonicalState(next, catalog), changes, ...(kind ? { kind } : {}) };
}

/** A cell's notes as text that survives any export: "⚠ see note: Title <https://…>". */
const notesText = (row: CatalogRow, kind: string) => (row.notes?.[kind] ?? []).map((note) => ` ${note.text} <${note.href}>`).join('');

/**
 * The view as plain text for Markdown or CSV: aspect column, one column per shown kind, notes
 * included, and, given its header, a last column naming each row's source article with its address,
 * so a pasted table still says where each row comes from.
 */
export function exportRows(view: CompareView, lang: Lang, sourceHeader?: string): PlainTable {
  const withSource = sourceHeader !== undefined && view.rows.some((row) => row.source);
  const sourceText = (row: CatalogRow) => (row.source ? `${row.source.text} <${row.source.href}>` : '—');
  return {
    header: [text(view.aspect, lang), ...view.kinds.map((kind) => text(kind.name, lang)), ...(withSource ? [sourceHeader] : [])],
    rows: view.rows.map((row) => [
      text(row.label, lang),
      ...view.kinds.map((kind) => (cellOf(row, kind.id) ? text(cellOf(row, kind.id), lang) + notesText(row, kind.id) : '—')),
      ...(withSource ? [sourceText(row)] : []),
    ]),
  };
}
