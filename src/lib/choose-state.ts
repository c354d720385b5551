/**
 * The scenario chooser's state in the query string, e.g. `?s=production,hpc:3&sort=cloud-image&dir=desc`.
 *
 * - `s`: chosen scenario ids, comma-separated, each optionally `:weight`. A missing weight means 1.
 *   A whole-number weight outside 1–3 is clamped (`hpc:7` → 3, `hpc:0` → 1); anything else after the
 *   colon (`hpc:2.5`, `hpc:x`, `hpc:`) falls back to 1. Either way the scenario stays chosen, since the
 *   reader clearly wanted it, and the correction is reported. Unknown ids and repeats are dropped.
 * - `sort`: `scenario` or a type id; `dir`: `asc` | `desc` (default: `desc` for a type, highest
 *   rating first; `asc` for the scenario name). `dir` without `sort` is ignored.
 * - `q`: the scenario filter text, at most 100 characters (longer, garbled or control characters: dropped).
 * - `only=1`: show only the chosen scenarios (`only=0`, the default, is accepted and left out).
 *
 * Everything else (unknown parameters, repeated parameters, broken percent-encoding) is ignored and
 * listed in `ignored` as short, plain-text `name=value` echoes. Parsing never throws.
 * `serializeChooseState` writes one canonical form: scenarios in the article's order, weight 1 left
 * out, parameters in the order s, sort, dir, q, only, and `dir` always written next to `sort`.
 */
import { brokenParams, buildQuery, echo, parseIdList, readParams } from './url-state';
import { MAX_WEIGHT } from './ranking';

export type SortDir = 'asc' | 'desc';
export interface ChooseSort {
  /** `scenario` or a type id. */
  key: string;
  dir: SortDir;
}
export interface Choice {
  id: string;
  weight: number;
}
export interface ChooseState {
  /** Chosen scenarios in the article's order. */
  selection: Choice[];
  /** null: rows in the article's order. */
  sort: ChooseSort | null;
  q: string;
  only: boolean;
}
export interface ChooseIds {
  scenarios: readonly string[];
  types: readonly string[];
}

export const SCENARIO_SORT = 'scenario';
export const Q_LIMIT = 100;
const PARAMS: readonly string[] = ['s', 'sort', 'dir', 'q', 'only'];

export function emptyState(): ChooseState {
  return { selection: [], sort: null, q: '', only: false };
}

export function defaultDir(key: string): SortDir {
  return key === SCENARIO_SORT ? 'asc' : 'desc';
}

/** Replace unpaired surrogates, which cannot be percent-encoded. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function parseWeight(raw: string | undefined): { weight: number; fixed: boolean } {
  if (raw === undefined) return { weight: 1, fixed: false };
  if (!/^\d{1,6}$/.test(raw)) return { weight: 1, fixed: true };
  const value = Number(raw);
  const weight = Math.min(MAX_WEIGHT, Math.max(1, value));
  return { weight, fixed: weight !== value };
}

function parseSelection(raw: string, known: readonly string[], report: (value: string) => void): Choice[] {
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
    .map((item) => {
      const at = item.lastIndexOf(':');
      return at < 0 ? { item, id: item } : { item, id: item.slice(0, at).trim(), weight: item.slice(at + 1).trim() };
    });
  const { ids } = parseIdList(items.map((entry) => entry.id).join(','), known);
  const chosen = new Map<string, number>();
  for (const entry of items) {
    if (!ids.includes(entry.id) || chosen.has(entry.id)) {
      report(entry.item);
      continue;
    }
    const { weight, fixed } = parseWeight(entry.weight);
    if (fixed) report(`${entry.item}→${weight}`);
    chosen.set(entry.id, weight);
  }
  return known.filter((id) => chosen.has(id)).map((id) => ({ id, weight: chosen.get(id)! }));
}

export function parseChooseState(search: string, known: ChooseIds): { state: ChooseState; ignored: string[] } {
  const state = emptyState();
  const ignored: string[] = [];
  try {
    const params = readParams(search);
    const broken = new Set(brokenParams(search));
    // Reports are listed in the order of the address, whichever parameter they come from.
    const reports: Array<{ at: number; text: string }> = [];
    const positions = new Map<string, number>();
    const values = new Map<string, string>();
    let at = 0;
    const note = (where: number, key: string, value: string) =>
      reports.push({ at: where, text: `${echo(key)}=${echo(value)}` });
    const report = (key: string, value: string) => note(positions.get(key) ?? 0, key, value);
    for (const [key, value] of params) {
      at += 1;
      if (PARAMS.includes(key) && !values.has(key) && !broken.has(key)) {
        values.set(key, value);
        positions.set(key, at);
      } else note(at, key, value);
    }

    const s = values.get('s');
    if (s !== undefined) state.selection = parseSelection(s, known.scenarios, (value) => report('s', value));

    const sort = values.get('sort');
    if (sort !== undefined) {
      if (sort === SCENARIO_SORT || known.types.includes(sort)) state.sort = { key: sort, dir: defaultDir(sort) };
      else report('sort', sort);
    }
    const dir = values.get('dir');
    if (dir !== undefined) {
      if (state.sort && (dir === 'asc' || dir === 'desc')) state.sort.dir = dir;
      else report('dir', dir);
    }

    const q = values.get('q');
    if (q !== undefined) {
      if (q.length > Q_LIMIT || /[\u0000-\u001f\u007f-\u009f]/.test(q)) report('q', q);
      else state.q = wellFormed(q);
    }

    const only = values.get('only');
    if (only !== undefined) {
      if (only === '1') state.only = true;
      else if (only !== '0') report('only', only);
    }
    ignored.push(...reports.sort((a, b) => a.at - b.at).map((r) => r.text));
  } catch {
    // Defensive: the helpers above do not throw, but a broken URL must never break the page.
    return { state: emptyState(), ignored: [echo(search)] };
  }
  return { state, ignored };
}

/** The canonical query string (`?…`, or '' for the empty state). Unknown ids are left out. */
export function serializeChooseState(state: ChooseState, known: ChooseIds): string {
  const weights = new Map(state.selection.map((choice) => [choice.id, choice.weight]));
  const s = known.scenarios
    .filter((id) => weights.has(id))
    .map((id) => {
      const weight = Math.min(MAX_WEIGHT, Math.max(1, Math.round(weights.get(id) ?? 1) || 1));
      return weight === 1 ? id : `${id}:${weight}`;
    })
    .join(',');
  const sort = state.sort && (state.sort.key === SCENARIO_SORT || known.types.includes(state.sort.key)) ? state.sort : null;
  return buildQuery([
    ['s', s],
    ['sort', sort?.key],
    ['dir', sort?.dir],
    ['q', wellFormed(state.q.slice(0, Q_LIMIT))],
    ['only', state.only ? '1' : undefined],
  ]);
}

/** `{ scenarioId: weight }` for the ranking. */
export function selectionWeights(state: ChooseState): Record<string, number> {
  return Object.fromEntries(state.selection.map((choice) => [choice.id, choice.weight]));
}
