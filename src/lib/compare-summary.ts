/**
 * The explorer's one-line summary of a view, e.g. "Container image vs Virtual machine image ·
 * differences only · 11 of 35 rows". Pure, so the build (first paint) and the island say the same.
 */
import type { Lang } from '../i18n';
import { fill } from './text';
import type { CompareState, CompareView } from './compare-state';

export interface SummaryStrings {
  allKinds: string;
  someKinds: string;
  vs: string;
  diff: string;
  q: string;
  rows: string;
  dot: string;
}

/** Up to this many kinds are named; more are counted. */
const NAMED_KINDS = 3;

export function viewSummary(
  state: Pick<CompareState, 'q' | 'diff'>,
  view: Pick<CompareView, 'kinds' | 'rows' | 'total' | 'diffAvailable'>,
  allKinds: number,
  lang: Lang,
  strings: SummaryStrings,
  presetTitle?: string,
): string {
  const count = view.kinds.length;
  const kinds =
    presetTitle ??
    (count === allKinds
      ? fill(strings.allKinds, { n: count })
      : count <= NAMED_KINDS
        ? view.kinds.map((kind) => kind.name[lang] ?? kind.id).join(strings.vs)
        : fill(strings.someKinds, { n: count, total: allKinds }));
  return [
    kinds,
    ...(view.diffAvailable && state.diff ? [strings.diff] : []),
    ...(state.q ? [fill(strings.q, { q: state.q })] : []),
    fill(strings.rows, { rows: view.rows.length, total: view.total }),
  ].join(strings.dot);
}
