// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import atlas from './src/integrations/atlas.ts';
import { unwrapDefaultColour } from './src/lib/shiki-default-colour.ts';
import searchIndex from './src/integrations/search-index.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://image-atlas.pages.dev',
  trailingSlash: 'always',
  // Inline the site CSS (about 7 KB gzip): no render-blocking request before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    atlas(),
    searchIndex(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
      filter: (page) => !/\/404\/?$/.test(page) && !/\/search\/$/.test(page),
    }),
  ],
  markdown: {
    // Sätteri is Astro 7's native Markdown pipeline; `headingAttributes` enables `## Title {#id}`.
    processor: satteri({ features: { headingAttributes: true } }),
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      // Tokens in the block's default colours lose their span: same look, far fewer bytes.
      transformers: [unwrapDefaultColour],
    },
  },
  vite: { plugins: [tailwindcss()] },
});
