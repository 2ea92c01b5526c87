/**
 * Runs the real `astro build` with extra environment variables into a throw-away folder and
 * returns every built page's HTML by path (relative to the output folder), for tests that
 * check what a build with given vendor settings shows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const NODE = join(root, 'node_modules', '.bin', 'node');
const ASTRO = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** The result of one build: its exit status, its output and each page's HTML. */
export interface BuiltSite {
  status: number | null;
  output: string;
  pages: Map<string, string>;
  /** Every browser script of the build (`_astro/*.js`), concatenated: where the build's settings reach the browser. */
  scripts: string;
  /** The output folder, when the build was asked to keep it (`keep`); the caller removes it. */
  dir?: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Builds the site with `env` on top of this process's environment. With `keep`, the output
 * folder stays (for a browser test of that build) and is returned as `dir`.
 */
export function buildSite(env: Record<string, string>, { keep = false } = {}): BuiltSite {
  const outDir = mkdtempSync(join(tmpdir(), 'method-b-build-'));
  try {
    // The project's own Node and Astro, without npx (which costs half a second of CPU to find them).
    const result = spawnSync(NODE, [ASTRO, 'build', '--outDir', outDir], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      timeout: 300_000,
    });
    const pages = new Map<string, string>();
    let scripts = '';
    if (result.status === 0) {
      for (const file of htmlFiles(outDir)) pages.set(relative(outDir, file), readFileSync(file, 'utf8'));
      const assets = join(outDir, '_astro');
      scripts = readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(assets, name), 'utf8')).join('\n');
    }
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, pages, scripts, ...(keep ? { dir: outDir } : {}) };
  } finally {
    if (!keep) rmSync(outDir, { recursive: true, force: true });
  }
}

/** The pages (path → HTML) whose text contains `needle`. */
export function pagesContaining(pages: Map<string, string>, needle: string | RegExp): string[] {
  return [...pages].filter(([, html]) => (typeof needle === 'string' ? html.includes(needle) : needle.test(html))).map(([path]) => path);
}
