/**
 * Starlight's table of contents without its one slow query, in the client build: the
 * `document.querySelectorAll([...].join())` in `starlight-toc.js` that selects the elements to
 * watch with `:not(:has(<heading>))` is replaced by a call of `tocTargets` (src/scripts/toc-targets.ts,
 * which says why and finds the same elements). Everything else of Starlight's script runs as
 * shipped. When Starlight changes that code, the build stops here (the pattern is not found)
 * instead of silently shipping the slow query again; tests/unit/integrations/toc-targets.test.ts
 * checks the installed Starlight still matches.
 */
import { fileURLToPath } from 'node:url';
import { clientTransform, norm, type ClientTransformPlugin } from './client-transform.ts';

const TOC_MODULE = /\/node_modules\/@astrojs\/starlight\/dist\/components-internals\/TableOfContents\/starlight-toc\.js$/;

/** Starlight 0.42's query of the elements to observe (a template per selector, joined). */
export const TOC_QUERY = /document\.querySelectorAll\(\[\s*`main :where\(\$\{this\.tocHeadingSelector\}\)`,[^\]]*:not\(:has\([^\]]*\]\.join\(\)\)/;

const TARGETS_MODULE = norm(fileURLToPath(new URL('../scripts/toc-targets.ts', import.meta.url)));

/** `code` (starlight-toc.js) with its observed elements found by `tocTargets`; throws when the query is not there. */
export function withTocTargets(code: string): string {
  if (!TOC_QUERY.test(code)) {
    throw new Error(
      'toc-targets: the query of the elements to observe was not found in Starlight\'s starlight-toc.js. ' +
        'Hint: Starlight changed it; compare with src/scripts/toc-targets.ts and update TOC_QUERY (src/integrations/toc-targets.ts).',
    );
  }
  return `import { tocTargets as __tocTargets } from ${JSON.stringify(TARGETS_MODULE)};\n${code.replace(TOC_QUERY, '__tocTargets(this.tocHeadingSelector)')}`;
}

/** The Vite plugin applying {@link withTocTargets} to Starlight's table-of-contents script in the client build. */
export function tocTargetsPlugin(): ClientTransformPlugin {
  return clientTransform('toc-targets', TOC_MODULE, (code) => ({ code: withTocTargets(code) }));
}
