/**
 * Rank image types for a reader's scenarios: the weighted average Σ(w·r) / Σw of the article-003
 * ratings over the chosen scenarios. Pure and language-neutral; the island and the tests share it.
 */

/** The part of `scenario-ratings.json` the ranking needs (labels are not used). */
export interface RatingsGrid {
  types: readonly string[];
  scenarios: ReadonlyArray<{ id: string; ratings: Readonly<Record<string, number>> }>;
}

/** Chosen scenarios and their weights (1–3). Unknown ids and invalid weights are skipped. */
export type Selection = Readonly<Record<string, number>>;

export interface Driver {
  scenario: string;
  rating: number;
  weight: number;
  /** weight × rating */
  contribution: number;
}

export interface RankedType {
  type: string;
  /** Competition rank: 1, 2, 2, 4. */
  rank: number;
  /** True when another type has exactly the same score. */
  tie: boolean;
  /** Exact score as a fraction, for comparisons: Σ(w·r) / Σw. */
  total: number;
  weights: number;
  /** total / weights, between 1 and 5. */
  score: number;
  /** The score rounded to two decimals, e.g. "4.33". */
  display: string;
  /** The chosen scenarios that contribute most (w·r, highest first), at most three. */
  drivers: Driver[];
}

export type Ranking = { empty: true; ranked: [] } | { empty: false; ranked: RankedType[] };

export const MAX_WEIGHT = 3;
const TOP_DRIVERS = 3;

export function isWeight(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_WEIGHT;
}

/** Compare two scores exactly (cross-multiplied integers), highest first. */
function byScore(a: RankedType, b: RankedType): number {
  return b.total * a.weights - a.total * b.weights;
}

export function rankTypes(grid: RatingsGrid, selection: Selection): Ranking {
  const chosen = grid.scenarios.filter(
    (s) => Object.hasOwn(selection, s.id) && isWeight(selection[s.id] ?? 0),
  );
  if (chosen.length === 0) return { empty: true, ranked: [] };

  const rows = grid.types.map((type): RankedType => {
    const drivers = chosen.map((s): Driver => {
      const weight = selection[s.id]!;
      const rating = s.ratings[type] ?? 0;
      return { scenario: s.id, rating, weight, contribution: weight * rating };
    });
    const total = drivers.reduce((sum, d) => sum + d.contribution, 0);
    const weights = drivers.reduce((sum, d) => sum + d.weight, 0);
    const score = total / weights;
    return {
      type,
      rank: 0,
      tie: false,
      total,
      weights,
      score,
      display: (Math.round(score * 100) / 100).toFixed(2),
      // Stable sort: equal contributions keep the article's scenario order.
      drivers: drivers.sort((a, b) => b.contribution - a.contribution).slice(0, TOP_DRIVERS),
    };
  });

  // Stable sort: equal scores keep the article's column order.
  const ranked = rows.sort(byScore);
  ranked.forEach((row, index) => {
    const previous = ranked[index - 1];
    row.rank = previous && byScore(previous, row) === 0 ? previous.rank : index + 1;
  });
  for (const row of ranked) row.tie = ranked.some((other) => other !== row && other.rank === row.rank);
  return { empty: false, ranked };
}
