/**
 * No `<link rel="modulepreload">` added at run time for the dependencies of a dynamic import
 * (the islands, each artifact's builder, each language's messages).
 *
 * Why: Chromium restyles and lays out the whole document for every `<link>` inserted into it,
 * whatever its `rel` (its style engine re-collects the style-sheet candidates and then updates
 * fonts, which dirties every layout object). Measured on /en/cloudformation/ (1,147 layout
 * objects): about 20 ms per inserted link unthrottled, 80 ms at Lighthouse's 4× CPU, and Vite's
 * preload helper inserted 20 of them while the islands hydrated: most of the page's Total
 * Blocking Time. What those imports depend on is the page's shared chunks, which its own
 * module scripts have already loaded, so the hints saved no round trip worth that.
 *
 * Astro sets `build.modulePreload` itself after the user's Vite config (`{ polyfill: false }`),
 * so the setting is made per environment, where it is merged last. CSS dependencies of a
 * dynamic import are still linked (Vite keeps them when module preload is off).
 */
import type { Plugin } from 'vite';

/** A Vite plugin turning module preload off in the client build. */
export function noRuntimeModulePreload(): Plugin {
  return {
    name: 'method-b:no-runtime-modulepreload',
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: false } } : undefined;
    },
  };
}
