// The web manifest of each language: name, start page, colours and the PNG icons (src/pages/icons/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { htmlLang, t, type Lang } from '../../i18n';
import { languagePaths, pageUrl } from '../../lib/routing';
import { themeColours } from '../../lib/theme-colours';

export const getStaticPaths: GetStaticPaths = languagePaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const manifest = {
    name: `${t(lang, 'site.name')} · ${t(lang === 'zh' ? 'en' : 'zh', 'site.name')}`,
    short_name: t(lang, 'site.name'),
    description: t(lang, 'site.tagline'),
    lang: htmlLang[lang],
    dir: 'ltr',
    start_url: pageUrl(lang, 'index'),
    scope: '/',
    display: 'standalone',
    background_color: themeColours.light,
    theme_color: themeColours.light,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/apple-touch-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
