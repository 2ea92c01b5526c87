/** Starlight's table-of-contents script with its observed elements found by tocTargets (src/integrations/toc-targets.ts). */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { withTocTargets } from '../../../src/integrations/toc-targets.ts';

const STARLIGHT_TOC = new URL('../../../node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js', import.meta.url);

describe('toc-targets transform', async () => {
  const source = await readFile(STARLIGHT_TOC, 'utf8');

  it("finds the query in the installed Starlight and replaces exactly it: no :has() left, the rest as shipped", () => {
    expect(source).toContain(':not(:has(');
    const out = withTocTargets(source);
    expect(out).not.toContain(':has(');
    expect(out).toMatch(/^import \{ tocTargets as __tocTargets \} from ".*\/src\/scripts\/toc-targets\.ts";\n/);
    const body = out.slice(out.indexOf('\n') + 1);
    const [before, after] = body.split('__tocTargets(this.tocHeadingSelector)');
    expect(source.startsWith(before!)).toBe(true);
    expect(source.endsWith(after!)).toBe(true);
  });

  it('stops the build, with a hint, when Starlight changes the query', () => {
    expect(() => withTocTargets(source.replaceAll(':not(:has(', ':not(:is('))).toThrow(/Hint: Starlight changed it/);
  });
});
