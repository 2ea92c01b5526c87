/**
 * Which guide page shows which artifact, read at build time from the two places that already
 * say so, for the builder chunks of `./chunks.ts` (one file per set of pages instead of one per
 * builder: issue 8's budget counts each file's gzip size, and small files compress badly):
 * - the content: a page shows the artifacts of its `<Snippet id="…" />` tags (README, "Adding an
 *   artifact", step 4), in either language;
 * - the loaders: `ARTIFACT_LOADERS` (`src/core/artifacts/loaders.ts`) names each artifact's
 *   builder module in its dynamic `import()`.
 * Nothing here is a second list: both are parsed, so a moved snippet or a new artifact moves
 * its builder's chunk with it. The tests read where each widget and snippet is from here too
 * (`pagesUsing`, `snippetPlacement`). Build-time only (Node), never in the browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GUIDE_PAGES, type GuidePage } from '../utils/pages.ts';
import { norm } from './client-transform.ts';

const SRC = new URL('../', import.meta.url);


/** `artifactId → builder module path` from the source of loaders.ts (`id: () => import('./file.ts')`). */
export function builderModulesOf(loadersSource: string, artifactsDir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of loadersSource.matchAll(/(\w+):\s*\(\)\s*=>\s*import\('\.\/([\w.-]+\.ts)'\)/g)) {
    out.set(match[1]!, `${norm(artifactsDir).replace(/\/$/, '')}/${match[2]!}`);
  }
  return out;
}

/** The artifact ids of the `<Snippet id="…" />` tags in one page's MDX, in order. */
export function snippetIdsOf(mdx: string): string[] {
  return [...mdx.matchAll(/<Snippet\s[^>]*\bid="(\w+)"/g)].map((match) => match[1]!);
}

/** The MDX of one guide page in each language that has it (ja, then en). */
function pageSources(page: GuidePage): string[] {
  return [`content/docs/${page}.mdx`, `content/docs/en/${page}.mdx`].flatMap((file) => {
    const url = new URL(file, SRC);
    return existsSync(url) ? [readFileSync(url, 'utf8')] : [];
  });
}

/**
 * The guide pages (sidebar order) whose content places the component `name` (`<ValuesPanel />`)
 * in either language: where a widget is, read from the content that puts it there.
 */
export function pagesUsing(name: string): GuidePage[] {
  const tag = new RegExp(`<${name}[\\s/>]`);
  return GUIDE_PAGES.filter((page) => pageSources(page).some((mdx) => tag.test(mdx)));
}

/**
 * The content components (`src/user-components/*.astro`) that hydrate an island: those whose
 * markup carries a `client:` directive. Read from the components, so a new widget counts at once.
 */
export function islandComponents(): string[] {
  const dir = new URL('user-components/', SRC);
  return readdirSync(dir)
    // A directive inside a component tag (`<Island client:idle …`), not a mention in a comment.
    .filter((file) => file.endsWith('.astro') && /<[A-Z][\w.]*\s[^>]*\bclient:\w+/.test(readFileSync(new URL(file, dir), 'utf8')))
    .map((file) => file.replace(/\.astro$/, ''))
    .sort();
}

/** The guide pages (sidebar order) whose content, in either language, places no island at all. */
export function pagesWithoutIslands(): GuidePage[] {
  const withIslands = new Set(islandComponents().flatMap(pagesUsing));
  return GUIDE_PAGES.filter((page) => !withIslands.has(page));
}

/** Each artifact id the content shows and the guide pages (sidebar order) whose `<Snippet id>` shows it. */
export function snippetPlacement(): Map<string, GuidePage[]> {
  const out = new Map<string, GuidePage[]>();
  for (const page of GUIDE_PAGES) {
    const ids = new Set(pageSources(page).flatMap(snippetIdsOf));
    for (const id of ids) out.set(id, [...(out.get(id) ?? []), page]);
  }
  return out;
}

/**
 * Each guide page (by slug, as in `GUIDE_PAGES`) and the builder modules of the artifacts it
 * shows in either language; pages without snippets are left out.
 */
export function builderEntriesByPage(): Map<string, string[]> {
  const artifactsDir = fileURLToPath(new URL('core/artifacts/', SRC));
  const modules = builderModulesOf(readFileSync(new URL('core/artifacts/loaders.ts', SRC), 'utf8'), artifactsDir);
  const out = new Map<string, string[]>();
  for (const [id, pages] of snippetPlacement()) {
    const module = modules.get(id);
    if (module === undefined) throw new Error(`builder-placement: <Snippet id="${id}" /> on ${pages.join(', ')} has no loader in loaders.ts`);
    for (const page of pages) out.set(page, [...(out.get(page) ?? []), module]);
  }
  // Sidebar order, as before (the chunk names list pages in this order).
  return new Map(GUIDE_PAGES.flatMap((page) => (out.has(page) ? [[page, out.get(page)!] as const] : [])));
}
