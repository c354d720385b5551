/**
 * Link-preview cards (og:image): what a card says and how it is laid out, as a tree of plain
 * elements that satori turns into SVG (src/lib/og-render.ts draws it). Pure, so the layout rules
 * (truncation, how many rows fit) are unit-tested without a font.
 */
import { languages, type Lang } from '../i18n';

/** The image of a page path: `/zh/` → `/og/zh/index.png`, `/en/404.html` → `/og/en/404.png`. */
export function ogImageUrl(pathname: string): string {
  const key = pathname.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '').replace(/\/index$/, '');
  const path = !key || key === 'index' ? 'index' : languages.some((l) => l === key) ? `${key}/index` : key;
  return `/og/${path}.png`;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

interface CardBase {
  lang: Lang;
  /** Site name, top left. */
  site: string;
  /** The page's section group (sidebar group), top right. */
  group: string;
  title: string;
  /** The alt text of the image, in the card's language. */
  alt: string;
}
/** A prose page: title and, for concept pages, a one-line summary. */
export interface PageCard extends CardBase {
  type: 'page';
  summary?: string;
}
/** A comparison preset: the kinds' names and the first rows of cells. */
export interface TableCard extends CardBase {
  type: 'table';
  corner: string;
  columns: string[];
  rows: Array<{ label: string; cells: string[] }>;
  /** "+ N more rows" under the table. */
  more?: string;
}
/** The scenario chooser: the star table. */
export interface StarsCard extends CardBase {
  type: 'stars';
  corner: string;
  columns: string[];
  rows: Array<{ label: string; values: number[] }>;
}
export type Card = PageCard | TableCard | StarsCard;

/** The element shape satori reads (React's, without React). */
export interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Array<Node | string> | Node | string };
}

const el = (type: string, style: Record<string, string | number>, children?: Array<Node | string> | Node | string): Node => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

/** Shorten to `max` characters (a CJK character counts twice, as it is about twice as wide). */
export function clip(text: string, max: number): string {
  let width = 0;
  let out = '';
  for (const char of text) {
    const w = /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
    if (width + w > max) return out.trimEnd() + '…';
    width += w;
    out += char;
  }
  return out;
}

/** Colours of the site's light theme (src/styles/global.css). */
const colour = { bg: '#ffffff', soft: '#f5f7fa', strong: '#e9edf2', fg: '#1b1f24', muted: '#4f5a66', accent: '#0b57d0', accentSoft: '#e6efff' };
/** Star rows that fit whole under the title (a sixth was cut through by the card's bottom edge). */
export const STAR_ROWS = 5;
/** Rows a table card has room for whole (cells wrap to two lines): fewer when six narrow columns wrap more. */
export const tableRows = (columns: number) => (columns > 3 ? 2 : 3);

function header(card: Card): Node {
  return el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 28, color: colour.muted }, [
    el('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
      el('div', { display: 'flex', width: 40, height: 40, borderRadius: 8, background: colour.accent }),
      el('div', { fontWeight: 700, color: colour.accent }, card.site),
    ]),
    el('div', {}, card.group),
  ]);
}

function tableCell(text: string, width: string, head: boolean): Node {
  return el('div', { display: 'flex', width, padding: '10px 14px', fontSize: 22, lineHeight: 1.3, fontWeight: head ? 700 : 400, color: colour.fg, overflow: 'hidden' }, text);
}

function body(card: Card): Node[] {
  const title = el('div', { display: 'flex', fontSize: card.type === 'page' ? 64 : 44, fontWeight: 700, lineHeight: 1.25, color: colour.fg }, clip(card.title, card.type === 'page' ? 56 : 60));
  if (card.type === 'page') {
    const summary = card.summary ? [el('div', { display: 'flex', fontSize: 30, lineHeight: 1.45, color: colour.muted }, clip(card.summary, 150))] : [];
    return [el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 32, paddingBottom: 40 }, [title, ...summary])];
  }
  const wide = card.columns.length > 3;
  const first = card.type === 'stars' ? '25%' : wide ? '16%' : '24%';
  const rest = `${(100 - parseInt(first, 10)) / card.columns.length}%`;
  const row = (cells: Node[], index: number) =>
    el('div', { display: 'flex', borderTop: index === 0 ? 'none' : `1px solid ${colour.strong}`, background: index === 0 ? colour.accentSoft : index % 2 ? colour.bg : colour.soft }, cells);
  const headRow = row([tableCell(card.corner, first, true), ...card.columns.map((c) => tableCell(clip(c, 16), rest, true))], 0);
  const rows =
    card.type === 'stars'
      ? card.rows.slice(0, STAR_ROWS).map((r, i) =>
          row([tableCell(clip(r.label, 18), first, true), ...r.values.map((v) => el('div', { display: 'flex', width: rest, padding: '10px 14px', fontSize: 22, color: '#b06000' }, '★'.repeat(v) + '☆'.repeat(5 - v)))], i + 1),
        )
      : card.rows.slice(0, tableRows(card.columns.length)).map((r, i) => row([tableCell(clip(r.label, 14), first, true), ...r.cells.map((c) => tableCell(clip(c, wide ? 14 : card.columns.length > 2 ? 30 : 40), rest, false))], i + 1));
  const table = el('div', { display: 'flex', flexDirection: 'column', border: `2px solid ${colour.strong}`, borderRadius: 12, overflow: 'hidden' }, [headRow, ...rows]);
  return [title, table, ...(card.type === 'table' && card.more ? [el('div', { display: 'flex', fontSize: 22, color: colour.muted }, card.more)] : [])];
}

/** The whole card: header, title, then summary or table, with the accent bar at the bottom. */
export function cardTree(card: Card): Node {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', width: CARD_WIDTH, height: CARD_HEIGHT, background: colour.bg, fontFamily: 'Noto Sans SC' },
    [
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, overflow: 'hidden', padding: '44px 64px 28px', gap: card.type === 'page' ? 40 : 22 }, [header(card), ...body(card)]),
      el('div', { display: 'flex', height: 14, background: colour.accent }),
    ],
  );
}

/** Every character a card draws: the font is cut down to these. */
export function cardText(card: Card): string {
  const parts = [card.site, card.group, card.title, '…★☆'];
  if (card.type === 'page') parts.push(card.summary ?? '');
  else parts.push(card.corner, ...card.columns, ...card.rows.map((r) => r.label));
  if (card.type === 'table') parts.push(...card.rows.flatMap((r) => r.cells), card.more ?? '');
  return parts.join('');
}
