// The link-preview images (og:image): one 1200×630 PNG per page, drawn at build time from the page's
// data (src/lib/og-pages.ts, src/lib/og-card.ts, src/lib/og-render.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCards, allCardText } from '../../lib/og-pages';
import { renderCard } from '../../lib/og-render';
import type { Card } from '../../lib/og-card';

export const getStaticPaths: GetStaticPaths = async () =>
  [...(await allCards())].map(([url, card]) => ({ params: { card: url.slice('/og/'.length, -'.png'.length) }, props: { card } }));

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: Card }).card, await allCardText());
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
