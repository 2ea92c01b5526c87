/**
 * The table of contents (Starlight's script, with the elements it watches found by
 * src/scripts/toc-targets.ts instead of its `:has()` query, see src/integrations/toc-targets.ts):
 * the function finds exactly the elements Starlight's own selectors do, in the same order, on
 * real pages of both languages, and the contents still mark the section scrolled to.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { TOC_QUERY } from '../../src/integrations/toc-targets.ts';
import { tocTargets } from '../../src/scripts/toc-targets.ts';
import { open } from './support/widgets.ts';

/** Starlight's own selectors of the watched elements, read from the installed script (the oracle). */
function starlightSelector(headingSelector: string): string {
  const source = readFileSync('node_modules/@astrojs/starlight/dist/components-internals/TableOfContents/starlight-toc.js', 'utf8');
  const query = TOC_QUERY.exec(source)?.[0];
  if (!query) throw new Error("Starlight's query is not in starlight-toc.js");
  return [...query.matchAll(/`([^`]*)`/g)].map((m) => m[1]!.replaceAll('${this.tocHeadingSelector}', headingSelector)).join();
}

test("tocTargets finds the elements Starlight's selectors find, in document order", async ({ page }) => {
  for (const path of ['/cloudformation/', '/en/eks-access/', '/en/faq/']) {
    await open(page, path);
    const headingSelector = await page.evaluate(() => (document.querySelector('starlight-toc') as unknown as { tocHeadingSelector: string }).tocHeadingSelector);
    const ours = await page.evaluateHandle(tocTargets, headingSelector);
    const result = await page.evaluate(
      ([list, selector]) => {
        const theirs = [...document.querySelectorAll(selector)];
        return { theirs: theirs.length, ours: list.length, same: theirs.length === list.length && theirs.every((el, i) => el === list[i]) };
      },
      [ours, starlightSelector(headingSelector)] as const,
    );
    expect(result.theirs, `${path}: Starlight's selectors find elements`).toBeGreaterThan(10);
    expect(result, path).toEqual({ theirs: result.theirs, ours: result.theirs, same: true });
  }
  // And the built pages run it: no script of the page still has Starlight's query.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.endsWith('.js')));
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) expect(await (await page.request.get(url)).text(), url).not.toContain(':not(:has(');
});

test('the contents mark the section scrolled to', async ({ page }) => {
  await open(page, '/cloudformation/');
  const links = page.locator('starlight-toc a');
  for (const index of [4, 1]) {
    const link = links.nth(index);
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    await page.evaluate((target) => document.getElementById(target)!.scrollIntoView({ block: 'start' }), id);
    await expect(link).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('starlight-toc a[aria-current="true"]')).toHaveCount(1);
  }
});
