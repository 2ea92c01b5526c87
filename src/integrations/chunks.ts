/**
 * How the browser's JavaScript is split into files (Rolldown's `codeSplitting` groups), for
 * issue 8's budget, which counts each file's gzip size: many small chunks compress far worse
 * than the same code in one file (each starts a fresh dictionary). Two shared files instead of
 * two dozen: React with the islands every widget page hydrates, and the framework-free state
 * and core that the prose filler also uses (so a page without islands never loads React).
 * Kept apart, so each page loads only what it shows: each artifact's builder (one chunk per
 * artifact, loaded on demand), the setup checker (its worker), each language's messages, and
 * the islands that only some pages have.
 */

/** Forward slashes, so the tests below read the same on every platform. */
const norm = (id: string): string => id.replaceAll('\\', '/');

const LANGS = ['ja', 'en'] as const;
const langModule = (lang: string): RegExp => new RegExp(`/src/core/i18n/(messages/)?${lang}\\.ts$`);

/**
 * A Vite plugin marking the catalogue modules free of side effects in the client build: they
 * build their objects with spreads, which Rolldown must otherwise assume may run code, so every
 * module importing the catalogue's index (for `fill` or a type) would load both languages' labels.
 */
export function pureCataloguesPlugin(): {
  name: string;
  applyToEnvironment: (environment: { name: string }) => boolean;
  transform: (code: string, id: string) => { code: string; map: null; moduleSideEffects: false } | undefined;
} {
  return {
    name: 'method-b:pure-catalogues',
    applyToEnvironment: (environment) => environment.name === 'client',
    transform: (code, id) => (LANGS.some((lang) => langModule(lang).test(norm(id))) ? { code, map: null, moduleSideEffects: false } : undefined),
  };
}

/**
 * What the page scripts of every page (Starlight's and ours) share: Rolldown's and Vite's helpers,
 * permalinks, the storage keys (the prose filler of a page without islands reads only those).
 */
const PAGE = [/rolldown[:/]runtime/, /vite\/preload-helper/, /\/src\/utils\/permalinks\.ts$/, /\/src\/stores\/storage-keys\.ts$/];

/** React, the Astro React renderer, and the island code every widget page hydrates. */
const REACT = [
  /\/node_modules\/(react|react-dom|scheduler)\//,
  /\/node_modules\/@astrojs\/react\//,
  /\/node_modules\/@nanostores\/react\//,
  /\/src\/islands\/(ValuesPanel|Snippet|ConfirmDialog|StorageNotice)\.tsx$/,
  /\/src\/islands\/values\//,
  /\/src\/islands\/(use-guide-store|use-hydrated|issue-text|strings|state-strings|snippet-preview)\.ts$/,
  /\/src\/utils\/(download|snippet-strings)\.ts$/,
];

/** The state and the pure core the browser runs, without builders, checker or per-language text. */
const GUIDE = [/\/node_modules\/(nanostores|nanoid)\//, /\/src\/stores\//, /\/src\/highlight\/runtime\//, /\/src\/core\//];
const NOT_GUIDE = [/\/src\/core\/artifacts\/(?!catalog\.ts$|loaders\.ts$)/, /\/src\/core\/check\//, /\/src\/core\/i18n\/(messages\/)?(ja|en)\.ts$/];

/** The `codeSplitting` option of the client build. */
export function browserCodeSplitting(): { groups: { name: string; priority: number; test: (id: string) => boolean }[] } {
  return {
    // A group also takes the modules its modules import (Rolldown's default), so the higher
    // priorities come first: what every page's own scripts share stays apart from both, and
    // the guide's state from React.
    groups: [
      // The formatter both languages' messages share goes with the guide's state first, so the
      // language groups below (which take what their modules import) leave it there.
      { name: 'guide', priority: 50, test: (id) => /\/src\/core\/i18n\/(messages\/shared|fill)\.ts$/.test(norm(id)) },
      // Each language's messages and the labels they name, loaded only on that language's pages.
      ...LANGS.map((lang) => ({ name: `messages-${lang}`, priority: 40, test: (id: string) => langModule(lang).test(norm(id)) })),
      { name: 'page', priority: 30, test: (id) => PAGE.some((re) => re.test(norm(id))) },
      {
        name: 'guide',
        priority: 20,
        test: (id) => GUIDE.some((re) => re.test(norm(id))) && !NOT_GUIDE.some((re) => re.test(norm(id))),
      },
      { name: 'react', priority: 10, test: (id) => REACT.some((re) => re.test(norm(id))) },
    ],
  };
}
