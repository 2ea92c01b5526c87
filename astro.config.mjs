// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';

export default defineConfig({
  site: 'https://guide.example.com',
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [
    starlight({
      title: { ja: '方式B 設定ガイド', en: 'Method B setup guide' },
      defaultLocale: 'root',
      locales: { root: { label: '日本語', lang: 'ja' }, en: { label: 'English', lang: 'en' } },
    }),
    react(),
  ],
});
