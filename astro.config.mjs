// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import { headingIds } from './src/integrations/heading-ids.ts';
import { cspCompletion } from './src/integrations/csp.ts';
import { settings } from './src/config/site-settings.ts';
import { browserSettingsDefine } from './src/integrations/browser-settings.ts';
import { queryCleanupScript } from './src/stores/query-cleanup.ts';
import { storageGuardScript } from './src/stores/storage-guard.ts';
import { GUIDE_PAGES } from './src/utils/pages.ts';
import { browserCodeSplitting, pureCataloguesPlugin } from './src/integrations/chunks.ts';
import { builderEntriesByPage } from './src/integrations/builder-placement.ts';
import { browserFieldsPlugin } from './src/integrations/browser-fields.ts';
import { tocTargetsPlugin } from './src/integrations/toc-targets.ts';
import { noRuntimeModulePreload } from './src/integrations/module-preload.ts';

// Where the built site is served: SITE_URL (origin, for the sitemap and hreflang links) and
// BASE_PATH (a sub-path such as `/method-b/`, for hosts that serve the site below the root).
const site = process.env.SITE_URL || 'https://guide.example.com';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The browser subset of the settings, once per site (src/stores/settings.ts reads it).
  // The browser's JavaScript in few, well-compressing files (src/integrations/chunks.ts), and no
  // <link rel="modulepreload"> added at run time (src/integrations/module-preload.ts).
  vite: {
    define: browserSettingsDefine(settings),
    plugins: [pureCataloguesPlugin(), browserFieldsPlugin(), tocTargetsPlugin(), noRuntimeModulePreload()],
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: browserCodeSplitting(builderEntriesByPage()) } } } } },
  },
  // A strict Content-Security-Policy in every page's <meta>: scripts only from this origin or
  // by hash (no 'unsafe-inline', no 'unsafe-eval'). Styles allow inline because Expressive
  // Code colours tokens with style attributes. `frame-ancestors` only works as a response
  // header: see the `_headers` file the csp integration writes, and the README.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval' lets Pagefind (search) compile its WebAssembly; unlike 'unsafe-eval'
      // it does not allow eval() or new Function() for JavaScript.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // Explicit `## Heading {#id}`: section IDs must not depend on the heading's words.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [
    headingIds(),
    starlight({
      title: { ja: `方式B 設定ガイド`, en: `Method B setup guide` },
      description: `${settings.vendorName}`,
      // First in <head>: drop query keys no page uses (the ExternalId above all) before any script
      // runs; then make blocked storage readable (closed), before Starlight's theme script reads it.
      head: [
        { tag: 'script', content: queryCleanupScript() },
        { tag: 'script', content: storageGuardScript() },
      ],
      defaultLocale: 'root',
      locales: {
        root: { label: '日本語', lang: 'ja' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar: GUIDE_PAGES.map((slug) => ({ slug })),
      components: {
        LanguageSelect: './src/components/LanguageSelect.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
      },
      customCss: ['./src/styles/custom.css', './src/styles/print.css'],
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false })],
      lastUpdated: false,
      pagination: true,
    }),
    react(),
    cspCompletion(),
    // Starlight's own sitemap settings, minus the /go/ permalink pages (redirects, not content).
    sitemap({
      i18n: { defaultLocale: 'root', locales: { root: 'ja', en: 'en' } },
      filter: (page) => !/\/go\/[^/]+\/$/.test(new URL(page).pathname),
    }),
  ],
});
