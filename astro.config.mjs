// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import { headingIds } from './src/integrations/heading-ids.ts';
import { settings } from './src/config/site-settings.ts';

// Where the built site is served: SITE_URL (origin, for the sitemap and hreflang links) and
// BASE_PATH (a sub-path such as `/method-b/`, for hosts that serve the site below the root).
const site = process.env.SITE_URL || 'https://guide.example.com';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Explicit `## Heading {#id}`: section IDs must not depend on the heading's words.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [
    headingIds(),
    starlight({
      title: { ja: `方式B 設定ガイド`, en: `Method B setup guide` },
      description: `${settings.vendorName}`,
      defaultLocale: 'root',
      locales: {
        root: { label: '日本語', lang: 'ja' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar: [
        { slug: 'index' },
        { slug: 'prerequisites' },
        { slug: 'roles' },
        { slug: 'handoff' },
        { slug: 'eks-access' },
        { slug: 'cloudformation' },
        { slug: 'faq' },
        { slug: 'checklist' },
      ],
      components: {
        LanguageSelect: './src/components/LanguageSelect.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
      },
      customCss: ['./src/styles/custom.css'],
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false })],
      lastUpdated: false,
      pagination: true,
    }),
    react(),
    // Starlight's own sitemap settings, minus the /go/ permalink pages (redirects, not content).
    sitemap({
      i18n: { defaultLocale: 'root', locales: { root: 'ja', en: 'en' } },
      filter: (page) => !/\/go\/[^/]+\/$/.test(new URL(page).pathname),
    }),
  ],
});
