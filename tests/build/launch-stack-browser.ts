/**
 * "Launch Stack" in real Chromium, on a real build that publishes a template (the default
 * build of the end-to-end suite has no `VENDOR_TEMPLATE_URL`, so the island is not there).
 *
 * The published template was generated from the vendor's defaults and a quick-create link can
 * only set its parameters, so the button may only be there while that template creates the
 * reader's own stack (core/launch-stack.ts). What the reader must see instead: other
 * parameters (a permissions boundary, other numbers of clusters), other content (tags), an
 * invalid value of a field the link carries, values of a link not confirmed yet. The unit
 * tests (tests/unit/core/launch-stack.test.ts) hold the fit itself to the builders; this file
 * holds the island to it, through the values panel as a reader types.
 *
 * Registered by tests/build/all-options.test.ts on its build (which publishes a template), so
 * the slow part, the build, is done once for both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from '../../scripts/browser.ts';
import type { BuiltSite } from './build-site.ts';
import { en } from '../../src/core/i18n/en.ts';
import { ja } from '../../src/core/i18n/ja.ts';
import { fill } from '../../src/core/i18n/fill.ts';
import { regionName } from '../../src/core/regions.ts';

/** A page with the errors it reported (console errors and uncaught exceptions). */
interface WatchedPage {
  page: Page;
  errors: string[];
}

/**
 * The Launch Stack tests on `site` (built with `keep`), whose settings publish `templateUrl`
 * with `region` as the default region.
 */
export function launchStackInBrowser(site: BuiltSite, templateUrl: string, region: string): void {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let origin = '';

  beforeAll(async () => {
    expect(site.status, site.output).toBe(0);
    // The suite's own static server, on a free port it names on its first line.
    const child = spawn(process.execPath, ['scripts/serve-dist.ts', '--port', '0', '--dir', site.dir!], { stdio: ['ignore', 'pipe', 'inherit'] });
    server = child;
    origin = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`serve-dist exited (${code})`)));
      child.stdout!.on('data', (chunk: Buffer) => {
        const url = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(String(chunk))?.[1];
        if (url) resolve(url);
      });
    });
    const executablePath = findTestChromium();
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  /** Opens `path`, waits until every island is live (the values panel says so) and opens the panel. */
  async function open(path: string): Promise<WatchedPage> {
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(origin + path);
    await page.waitForFunction(
      () => document.querySelectorAll('astro-island[ssr]').length === 0 && document.querySelector('[data-values-panel][data-hydrated]') !== null,
    );
    const toggle = page.locator('[data-values-panel] .values-bar button');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.locator('[data-values-panel] .values-panel').waitFor();
    return { page, errors };
  }

  const block = (page: Page) => page.locator('[data-launch-stack]');

  /** The block's first line, naming the region the console opens in. */
  const intro = (page: Page) => block(page).locator('p').first().textContent();
  const introFor = (name: string) => fill(en['launchStack.intro'], { region: `${regionName(name, 'en')} (${name})` });
  const button = (page: Page) => block(page).locator('a.launch-stack-button');
  const control = (page: Page, name: string) => page.locator(`[data-values-panel] [name="${name}"]`);

  /** The English CloudFormation page with the vendor's defaults, its button there. */
  async function openWithButton(): Promise<WatchedPage> {
    const watched = await open('/en/cloudformation/');
    await button(watched.page).waitFor();
    return watched;
  }

  /** The quick-create link's query (after `#/stacks/quickcreate?`), key → value. */
  async function linkQuery(page: Page): Promise<Map<string, string>> {
    const href = (await button(page).getAttribute('href')) ?? '';
    const hash = new URL(href).hash;
    expect(hash.startsWith('#/stacks/quickcreate?'), href).toBe(true);
    return new Map(new URLSearchParams(hash.slice('#/stacks/quickcreate?'.length)));
  }

  describe('Launch Stack in Chromium, on the build with a published template', () => {
    test("with the defaults: the button opens the published template in the reader's region, with its parameters and no ExternalId", async () => {
      const { page, errors } = await openWithButton();
      const href = (await button(page).getAttribute('href')) ?? '';
      expect(new URL(href).origin).toBe(`https://${region}.console.aws.amazon.com`);
      expect(new URL(href).searchParams.get('region')).toBe(region);
      const query = await linkQuery(page);
      expect(query.get('templateURL')).toBe(templateUrl);
      expect([...query.keys()].filter((key) => key.startsWith('param_')).length).toBeGreaterThan(0);
      expect([...query.keys()].filter((key) => /ExternalId/i.test(key))).toEqual([]);
      expect(await intro(page)).toBe(introFor(region));
      // A value the link carries follows the reader's typing (another cluster name: the same parameters).
      await control(page, 'clusters').fill('acme-staging');
      await expect.poll(async () => [...(await linkQuery(page)).values()]).toContain('acme-staging');
      expect(errors).toEqual([]);
      await page.close();
    });

    test('a permissions boundary or a second cluster needs other parameters: no button, the reason instead', async () => {
      const { page, errors } = await openWithButton();
      await control(page, 'permissionsBoundary').fill('arn:aws:iam::123456789012:policy/OrgBoundary');
      const reason = block(page).locator('[data-launch-differs="parameters"]');
      await reason.waitFor();
      expect(await button(page).count()).toBe(0);
      expect(await reason.textContent()).toBe(fill(en['launchStack.parameters'], { clusters: 1, patterns: 1 }));
      // Back to the published parameters: the button comes back.
      await control(page, 'permissionsBoundary').fill('');
      await button(page).waitFor();
      await control(page, 'clusters').fill('acme-prod\nacme-staging');
      await reason.waitFor();
      expect(await button(page).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    test('tags: the same parameters, other content: no button, the reason instead', async () => {
      const { page, errors } = await openWithButton();
      await control(page, 'tags').fill('team=platform');
      const reason = block(page).locator('[data-launch-differs="content"]');
      await reason.waitFor();
      expect(await reason.textContent()).toBe(en['launchStack.content']);
      expect(await button(page).count()).toBe(0);
      // Without the button the region is still named as it is with it.
      expect(await intro(page)).toBe(introFor(region));
      expect(errors).toEqual([]);
      await page.close();
    });

    test('an invalid boundary blocks the button with its message: it never reaches a link', async () => {
      const { page, errors } = await openWithButton();
      await control(page, 'permissionsBoundary').fill('arn:aws:iam::123456789012:role/NotAPolicy');
      await block(page).locator('.snippet-blocked li').first().waitFor();
      expect(await block(page).locator('.snippet-blocked > p').first().textContent()).toBe(en['launchStack.blocked']);
      expect(await block(page).locator('a').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    test("values from a link are proposals: no button until the reader confirms them, then the link's values (ja)", async () => {
      const { page, errors } = await open('/cloudformation/?region=eu-west-1&clusters=stranger-cluster');
      const pending = block(page).locator('[data-link-pending]');
      await pending.waitFor();
      expect(await pending.textContent()).toBe(ja['launchStack.linkPending']);
      expect(await block(page).locator('a').count()).toBe(0);
      await page.getByRole('button', { name: ja['values.linkReview.confirm'] }).click();
      await button(page).waitFor();
      expect(new URL((await button(page).getAttribute('href')) ?? '').origin).toBe('https://eu-west-1.console.aws.amazon.com');
      expect([...(await linkQuery(page)).values()]).toContain('stranger-cluster');
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
