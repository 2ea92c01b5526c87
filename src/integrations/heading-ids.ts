/**
 * Astro integration that stops the build (and the dev server) when the guide's section
 * IDs are broken: see `utils/heading-ids.ts` for the rules and why they exist.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHeadingIds, findHeadings, type PageSource } from '../utils/heading-ids.ts';
import { SECTION_PAGES } from '../utils/sections.ts';

/** Locale directory (relative to the docs collection) per language; '' is the root locale. */
const LOCALE_DIRS: Record<string, string> = { ja: '', en: 'en' };

function readPages(docsDir: string, localeDir: string): PageSource[] {
  const dir = join(docsDir, localeDir);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name) && e.name !== '404.md' && e.name !== '404.mdx')
    .map((e) => {
      const file = join(dir, e.name);
      const base = e.name.replace(/\.mdx?$/, '');
      return {
        slug: base === 'index' ? '' : base,
        file: relative(process.cwd(), file),
        headings: findHeadings(readFileSync(file, 'utf8')),
      };
    });
}

/** Checks heading IDs of `src/content/docs` when the config is set up. */
export function headingIds(): AstroIntegration {
  return {
    name: 'method-b:heading-ids',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const docsDir = join(fileURLToPath(config.srcDir), 'content/docs');
        const pages = Object.fromEntries(
          Object.entries(LOCALE_DIRS).map(([lang, dir]) => [lang, readPages(docsDir, dir)]),
        );
        const problems = checkHeadingIds(pages, SECTION_PAGES);
        if (problems.length) {
          throw new Error(`Guide section IDs are broken:\n  - ${problems.join('\n  - ')}`);
        }
        logger.info(`section IDs checked: ${Object.values(pages).flat().length} pages`);
      },
    },
  };
}
