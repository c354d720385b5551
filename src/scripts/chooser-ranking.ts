// The chooser's ranking as text and DOM: one list item per type that says each thing once (rank,
// score, tie, what drove the score) and links to the caveat where a driving rating is disputed;
// the one-line summary for the tool bar; the Markdown table of the ranking.
import { rankTypes, type RankedType, type RatingsGrid, type Selection } from '../lib/ranking';
import { fill } from '../lib/text';
import { toMarkdown } from '../lib/table-export';

type Strings = Record<string, string>;
export interface Caveat {
  type: string;
  scenario: string;
  href: string;
}
export interface RankingContext {
  grid: RatingsGrid;
  strings: Strings;
  caveats: Caveat[];
  typeName(id: string): string;
  typeHref(id: string): string;
  scenarioName(id: string): string;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

const say = (ctx: RankingContext, key: string, vars: Record<string, string | number> = {}) => fill(ctx.strings[key] ?? '', vars);

export const rankLabel = (row: RankedType) => (row.tie ? `=${row.rank}` : String(row.rank));

export function driverText(ctx: RankingContext, row: RankedType): string {
  return row.drivers
    .map((d) => say(ctx, 'driver', { scenario: ctx.scenarioName(d.scenario), rating: d.rating, weight: d.weight }))
    .join(' · ');
}

/** The chosen scenarios' disputed ratings for this type that count towards its score. */
function disputes(ctx: RankingContext, row: RankedType, selection: Selection): Caveat[] {
  return ctx.caveats.filter((caveat) => caveat.type === row.type && Object.hasOwn(selection, caveat.scenario));
}

export function renderRanking(list: HTMLOListElement, ctx: RankingContext, selection: Selection): void {
  const ranking = rankTypes(ctx.grid, selection);
  const sep = ctx.strings.listSeparator ?? ', ';
  list.replaceChildren(
    ...ranking.ranked.map((row) => {
      const item = el('li', row.rank === 1 ? 'rank-first' : '');
      const mark = el('span', 'rank-mark', String(row.rank));
      mark.setAttribute('aria-hidden', 'true');
      const head = el('p', 'rank-head');
      const name = el('span');
      const link = el('a', 'rank-name', ctx.typeName(row.type));
      link.href = ctx.typeHref(row.type);
      name.append(el('span', 'sr-only', `${say(ctx, 'rank', { rank: row.rank })} `), link);
      head.append(name, el('span', 'rank-score', say(ctx, 'score', { score: row.display })));
      const others = ranking.ranked.filter((other) => other !== row && other.rank === row.rank).map((other) => ctx.typeName(other.type));
      const why = [
        ...(others.length > 0 ? [say(ctx, 'tiedWith', { types: others.join(sep) })] : []),
        say(ctx, 'drivers', { drivers: driverText(ctx, row) }),
      ].join(ctx.strings.sentenceSeparator ?? ' ');
      item.append(mark, head, el('p', 'rank-why', why));
      for (const caveat of disputes(ctx, row, selection)) {
        const rating = ctx.grid.scenarios.find((s) => s.id === caveat.scenario)?.ratings[row.type] ?? 0;
        const note = el('p', 'rank-caveat');
        const to = el('a', '', say(ctx, 'disputed', { type: ctx.typeName(row.type), rating, scenario: ctx.scenarioName(caveat.scenario) }));
        to.href = caveat.href;
        note.append(to);
        item.append(note);
      }
      return item;
    }),
  );
}

/** "3 scenarios · ranked first: Virtual machine image (4.67 / 5)", or that nothing is chosen. */
export function rankingSummary(ctx: RankingContext, selection: Selection): string {
  const ranking = rankTypes(ctx.grid, selection);
  if (ranking.empty) return ctx.strings.summaryEmpty ?? '';
  const first = ranking.ranked.filter((row) => row.rank === 1);
  return say(ctx, 'summary', {
    count: Object.keys(selection).length,
    types: first.map((row) => ctx.typeName(row.type)).join(ctx.strings.listSeparator ?? ', '),
    score: first[0]!.display,
  });
}

export function rankingMarkdown(ctx: RankingContext, selection: Selection): string {
  const ranking = rankTypes(ctx.grid, selection);
  const s = ctx.strings;
  return toMarkdown({
    caption: s.rankingTitle,
    header: [s.colRank ?? '', s.colType ?? '', s.colScore ?? '', s.colDrivers ?? ''],
    rows: ranking.ranked.map((row) => [
      rankLabel(row) + (row.tie ? ` (${s.tie})` : ''),
      ctx.typeName(row.type),
      `${row.display} / 5`,
      driverText(ctx, row),
    ]),
  });
}
