// Stock Starlight, both languages, default theme and search: the baseline of `npm run bench`.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: { en: 'Image Atlas', 'zh-CN': '镜像图谱' },
      defaultLocale: 'en',
      locales: { en: { label: 'English', lang: 'en' }, zh: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
