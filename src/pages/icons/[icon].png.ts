// PNG icons drawn from public/favicon.svg at build time: the web manifest's 192 and 512 px icons
// and the 180 px apple-touch icon (opaque, as iOS wants it).
import type { APIRoute, GetStaticPaths } from 'astro';
import favicon from '../../../public/favicon.svg?raw';
import { renderIcon } from '../../lib/og-render';

export const icons = { 'icon-192': { size: 192 }, 'icon-512': { size: 512 }, 'apple-touch-icon': { size: 180, background: '#0b57d0' } } as const;

export const getStaticPaths: GetStaticPaths = () => Object.keys(icons).map((icon) => ({ params: { icon } }));

export const GET: APIRoute = async ({ params }) => {
  const { size, background } = icons[params.icon as keyof typeof icons] as { size: number; background?: string };
  return new Response(new Uint8Array(await renderIcon(favicon, size, background)), { headers: { 'Content-Type': 'image/png' } });
};
