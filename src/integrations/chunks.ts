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


import { clientTransform, norm, type ClientTransformPlugin } from './client-transform.ts';

const LANGS = ['ja', 'en'] as const;
const langModule = (lang: string): RegExp => new RegExp(`/src/core/i18n/(messages/)?${lang}\\.ts$`);

/**
 * A Vite plugin marking the catalogue modules free of side effects in the client build: they
 * build their objects with spreads, which Rolldown must otherwise assume may run code, so every
 * module importing the catalogue's index (for `fill` or a type) would load both languages' labels.
 */
export function pureCataloguesPlugin(): ClientTransformPlugin {
  return clientTransform('pure-catalogues', new RegExp(LANGS.map((lang) => langModule(lang).source).join('|')), (code) => ({ code, moduleSideEffects: false }));
}

/**
 * What the page scripts of every page (Starlight's and ours) share with the islands and the prose
 * filler: Rolldown's and Vite's helpers, permalinks, the storage keys (the prose filler of a page
 * without islands reads only those). Functions only, no side effect: a file of their own (`shared`),
 * because an island's module imports them, and whatever file it imports runs when the island loads.
 */
const PAGE = [
  /rolldown[:/]runtime/,
  /vite\/preload-helper/,
  /\/src\/utils\/permalinks\.ts$/,
  /\/src\/stores\/storage-keys\.ts$/,
  // The prose filler's Copy buttons (functions only, no side effect), which both of its halves use.
  /\/src\/user-components\/prose-copy\.ts$/,
];

/**
 * The scripts of the layout that every content page runs (Starlight's and our overrides': section
 * links, search's button, the tables of contents, Astro's prefetch), in one file (`layout`): each
 * `<script>` stays its own entry, a stub of a few dozen bytes importing that file, whose modules
 * then run once, in the order of their imports, when the parser is done (a module script's time).
 * Nothing else may import this file: an island's module loads while the page is still being parsed
 * (`client:load`), and the layout's scripts would then run on half a page (a session's CI run: the
 * snippet's code block not parsed yet, so it was never made a focusable region; budget.spec checks
 * this). A page without a table of contents (404) runs its element definitions, which find nothing.
 */
const LAYOUT = [
  /\/src\/components\/(MarkdownContent|Search)\.astro\?astro&type=script/,
  /\/node_modules\/@astrojs\/starlight\/dist\/components(-internals)?\/(MobileTableOfContents|TableOfContents)(\.astro\?astro&type=script|\/)/,
  /\/node_modules\/astro\/dist\/prefetch\//,
  /astro:scripts\/page\.js$/,
];

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
const GUIDE = [
  /\/node_modules\/(nanostores|nanoid)\//,
  /\/src\/stores\//,
  /\/src\/highlight\/runtime\//,
  /\/src\/core\//,
  // The prose filler's state-driven half, loaded only where the state is (it imports it).
  /\/src\/user-components\/prose-fill\.ts$/,
  /\/src\/utils\/prose-values\.ts$/,
];
/** The builder modules (every module of `src/core/artifacts/` but the table and its loaders). */
const BUILDER = /\/src\/core\/artifacts\/(?!catalog\.ts$|loaders\.ts$)/;

const NOT_GUIDE = [BUILDER, /\/src\/core\/check\//, /\/src\/core\/i18n\/(messages\/)?(ja|en)\.ts$/];

/** What Rolldown's `name()` of a group may ask about the module graph. */
interface ChunkingContext {
  getModuleInfo(id: string): { readonly importedIds: readonly string[]; readonly importers?: readonly string[] } | null;
}

/** An island module outside the shared React file (one that only some pages hydrate). */
const isOwnIsland = (id: string): boolean => /\/src\/islands\/[^/]+\.tsx$/.test(id) && !REACT.some((re) => re.test(id));

/**
 * A store or core module that only islands of some pages import (the checklist's, the
 * rotation's and the setup check's stores; the Launch Stack helper): it goes with its island,
 * not into the state every widget page loads. That matters most for a module that imports a
 * builder: a group takes a module's imports along with it, and the Launch Stack helper, in
 * \`guide\`, once put the CloudFormation builder into every widget page (+3.7 KB each). Read
 * from the module graph, so a module that a shared one starts to import moves back by itself.
 */
export function islandOnlyModule(id: string, ctx: ChunkingContext): boolean {
  if (!/\/src\/(stores|core)\//.test(norm(id))) return false;
  const importers = ctx.getModuleInfo(id)?.importers ?? [];
  return importers.length > 0 && importers.every((importer) => isOwnIsland(norm(importer)));
}

/**
 * The builder chunks: one file per set of guide pages, named `builders-<pages>` (sidebar order),
 * holding the builder modules that exactly those pages' snippets import, so a page's builders
 * share one file and what several pages share is one more file, not one per builder and helper
 * (each loader's dynamic `import()` still names its builder: Rolldown leaves a stub of a few
 * dozen bytes per builder that re-exports it from that file).
 * `entriesByPage` is each page's builder modules (`builderEntriesByPage()` of
 * ./builder-placement.ts); a builder no page shows (only the CLI or the checker's worker) is left
 * to Rolldown's own chunking.
 *
 * One group per number of pages, the most shared first: a group also takes the modules its
 * modules import, and whatever a module imports is imported by at least the same pages, so by
 * then it is either taken by a group before or belongs to the same set.
 */
export function builderGroups(entriesByPage: ReadonlyMap<string, readonly string[]>, priority: number): Group[] {
  let pagesOf: Map<string, string[]> | undefined;
  const pagesOfModule = (id: string, ctx: ChunkingContext): string[] | undefined => {
    pagesOf ??= pagesReaching(entriesByPage, ctx);
    return pagesOf.get(norm(id));
  };
  return Array.from({ length: entriesByPage.size }, (_, index) => {
    const count = entriesByPage.size - index;
    return {
      name: (id: string, ctx: ChunkingContext) => {
        const pages = pagesOfModule(id, ctx);
        return pages?.length === count ? `builders-${pages.join('-')}` : null;
      },
      // Below `priority + 1` (the next group's), most shared first.
      priority: priority + count / (entriesByPage.size + 1),
      test: (id: string) => BUILDER.test(norm(id)),
    };
  });
}

/** Each module id (normalised) and the pages whose builder modules statically import it, in page order. */
function pagesReaching(entriesByPage: ReadonlyMap<string, readonly string[]>, ctx: ChunkingContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [page, entries] of entriesByPage) {
    const seen = new Set<string>();
    const stack = [...entries];
    for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
      if (seen.has(norm(id))) continue;
      seen.add(norm(id));
      stack.push(...(ctx.getModuleInfo(id)?.importedIds ?? []));
    }
    for (const id of seen) out.set(id, [...(out.get(id) ?? []), page]);
  }
  return out;
}

/** A group of the `codeSplitting` option. */
interface Group {
  name: string | ((id: string, ctx: ChunkingContext) => string | null);
  priority: number;
  test: (id: string) => boolean;
}

/** The `codeSplitting` option of the client build; `builderEntriesByPage` as for {@link builderGroups}. */
export function browserCodeSplitting(builderEntriesByPage: ReadonlyMap<string, readonly string[]> = new Map()): { groups: Group[] } {
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
      // The helpers first, so the layout's group (which takes what its modules import) leaves them.
      { name: 'shared', priority: 31, test: (id) => PAGE.some((re) => re.test(norm(id))) },
      { name: 'layout', priority: 30, test: (id) => LAYOUT.some((re) => re.test(norm(id))) },
      {
        name: (id: string, ctx: ChunkingContext) => (islandOnlyModule(id, ctx) ? null : 'guide'),
        priority: 20,
        test: (id) => GUIDE.some((re) => re.test(norm(id))) && !NOT_GUIDE.some((re) => re.test(norm(id))),
      },
      // Each page's builders in one file, and one per set of pages sharing some (below the guide's state).
      ...builderGroups(builderEntriesByPage, 15),
      { name: 'react', priority: 10, test: (id) => REACT.some((re) => re.test(norm(id))) },
    ],
  };
}
