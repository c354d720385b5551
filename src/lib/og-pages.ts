/**
 * One link-preview card for every page the build writes, by page path: the og:image endpoint
 * (src/pages/og/[...card].png.ts) draws them and the head (src/components/ShareMeta.astro) links
 * them, and a page without a card stops the build.
 */
import { getCollection } from 'astro:content';
import { languages, t, type Lang } from '../i18n';
import { atlas, kindById } from './data';
import { navGroups } from './nav';
import { docLocation } from './pages';
import { pageUrl } from './routing';
import { cardText, ogImageUrl, tableRows, type Card } from './og-card';
import { plainText } from './compare-state';

/** The preset pages' paths: /zh/compare/preset/container-vs-vm/. */
export const presetUrl = (lang: Lang, id: string) => `${pageUrl(lang, 'compare')}preset/${id}/`;

const list = (lang: Lang, items: string[]) => new Intl.ListFormat(lang === 'zh' ? 'zh-CN' : 'en', { type: 'conjunction' }).format(items);
const groupOf = (slug: string) => navGroups.find((group) => group.pages.includes(slug))?.id;

/** The description of a preset page, in one language. */
export function presetDescription(lang: Lang, id: string): string {
  const table = atlas.tables.find((entry) => entry.id === id)!;
  return t(lang, 'preset.description', {
    kinds: list(lang, table.kinds.map((kind) => kindById(kind).name[lang])),
    n: table.rows.length,
    source: table.source,
    aspects: table.rows.map((row) => row.label[lang]).join(lang === 'zh' ? '、' : ', '),
  });
}

function pageCard(lang: Lang, title: string, group: string, summary?: string): Card {
  const site = t(lang, 'site.name');
  return { type: 'page', lang, site, group, title, summary, alt: t(lang, 'og.alt.page', { title, group: group || site, site }) };
}

function presetCard(lang: Lang, id: string): Card {
  const table = atlas.tables.find((entry) => entry.id === id)!;
  const site = t(lang, 'site.name');
  const columns = table.kinds.map((kind) => kindById(kind).name[lang]);
  const rows = table.rows.map((row) => ({ label: row.label[lang], cells: table.kinds.map((kind) => plainText(row.cells[kind]![lang])) }));
  const shown = rows.slice(0, tableRows(columns.length));
  return {
    type: 'table',
    lang,
    site,
    group: t(lang, 'nav.group.tools'),
    title: table.title[lang],
    corner: t(lang, 'table.dimension'),
    columns,
    rows: shown,
    more: rows.length > shown.length ? t(lang, 'og.moreRows', { n: rows.length - shown.length }) : undefined,
    alt: t(lang, 'og.alt.table', { title: table.title[lang], kinds: list(lang, columns), rows: list(lang, shown.map((row) => row.label)), site }),
  };
}

function starsCard(lang: Lang, title: string): Card {
  const { ratings } = atlas;
  const site = t(lang, 'site.name');
  const columns = ratings.types.map((type) => kindById(type).name[lang]);
  return {
    type: 'stars',
    lang,
    site,
    group: t(lang, 'nav.group.tools'),
    title,
    corner: t(lang, 'ratings.scenario'),
    columns,
    rows: ratings.scenarios.map((scenario) => ({ label: scenario.label[lang], values: ratings.types.map((type) => scenario.ratings[type]!) })),
    alt: t(lang, 'og.alt.stars', { title, types: list(lang, columns), site }),
  };
}

/** Pages outside content/docs, per language: title and group of each. */
export const extraPages = (lang: Lang): Array<{ path: string; title: string; group: string }> => [
  { path: `/${lang}/404.html`, title: t(lang, 'notFound.title'), group: '' },
  { path: `/${lang}/search/`, title: t(lang, 'search.label'), group: '' },
  { path: `/${lang}/offline/`, title: t(lang, 'offline.title'), group: '' },
  { path: `/${lang}/print/`, title: t(lang, 'print.title'), group: '' },
];

let cards: Promise<Map<string, Card>> | undefined;

/** Every card by image URL (`/og/zh/compare.png`). */
export function allCards(): Promise<Map<string, Card>> {
  cards ??= (async () => {
    const map = new Map<string, Card>();
    const add = (path: string, card: Card) => map.set(ogImageUrl(path), card);
    for (const entry of await getCollection('docs')) {
      const { lang, slug } = docLocation(entry);
      const group = groupOf(slug);
      const groupName = group ? t(lang, `nav.group.${group}`) : '';
      const { title, description, kind } = entry.data;
      add(pageUrl(lang, slug), slug === 'choose' ? starsCard(lang, title) : pageCard(lang, title, groupName, kind === 'concept' ? description : undefined));
    }
    for (const lang of languages) {
      for (const page of extraPages(lang)) add(page.path, pageCard(lang, page.title, page.group));
      for (const table of atlas.tables) add(presetUrl(lang, table.id), presetCard(lang, table.id));
    }
    // The bilingual root pages (language chooser, root 404) are in English (their lang="en").
    add('/', pageCard('en', `${t('en', 'site.name')} · ${t('zh', 'site.name')}`, '', t('en', 'site.tagline')));
    add('/404.html', pageCard('en', `${t('en', 'notFound.title')} · ${t('zh', 'notFound.title')}`, ''));
    return map;
  })();
  return cards;
}

/** The card of a page path; a page without one is a build error. */
export async function cardFor(pathname: string): Promise<{ url: string; card: Card }> {
  const url = ogImageUrl(pathname);
  const card = (await allCards()).get(url);
  if (!card) throw new Error(`No link-preview card for ${pathname} (${url}): add the page to src/lib/og-pages.ts`);
  return { url, card };
}

/** Every character any card draws (the font subset). */
export async function allCardText(): Promise<string> {
  return [...new Set([...(await allCards()).values()].map(cardText).join(''))].sort().join('');
}
