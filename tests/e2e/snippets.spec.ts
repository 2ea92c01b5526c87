/**
 * Snippet blocks (issue 4, §3 and §6), against the production build in Chromium, both languages:
 * every artifact where the guide needs it; highlighting identical to Expressive Code's own;
 * typing values updates every snippet; Copy and Download give exactly the CLI's files;
 * invalid values never reach a snippet and disable Copy/Download with the core's reasons;
 * placeholders are marked; Copy confirms visibly and to screen readers; print shows every
 * line and no controls; Launch Stack is absent without a template URL; no axe violations.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ARTIFACTS, artifactSpec, previewArtifacts } from '../../src/core/generate.ts';
import { formatIssue } from '../../src/core/messages.ts';
import type { ArtifactId, Lang } from '../../src/core/types.ts';
import { snippetPlacement } from '../../src/integrations/builder-placement.ts';
import { browserSettings, defaultValues, toGuideInputs } from '../../src/stores/guide.ts';
import { READER_KEYS, type ReaderValues } from '../../src/stores/storage.ts';
import { axeViolations } from './support/axe.ts';
import { EXTERNAL_ID_KEY, field, HOSTILE, LANGS, openPanel, panel, SETTINGS } from './support/widgets.ts';

const BROWSER_SETTINGS = browserSettings(SETTINGS);
const DEFAULTS = defaultValues(BROWSER_SETTINGS);

/** Where the guide shows each artifact (the first page whose content has its `<Snippet id>`). */
const PAGE_OF = Object.fromEntries([...snippetPlacement()].map(([id, pages]) => [id, pages[0]!])) as Record<ArtifactId, string>;
const unplaced = ARTIFACTS.map((a) => a.id).filter((id) => PAGE_OF[id] === undefined);
if (unplaced.length > 0) throw new Error(`snippets.spec: no page shows ${unplaced.join(', ')} (<Snippet id> in the content)`);
const SNIPPET_PAGES = [...new Set(Object.values(PAGE_OF))];
/** Each artifact's text for the defaults with an ExternalId: what is there whatever the reader types. */
const FIXED_TEXT = new Map(
  previewArtifacts(toGuideInputs(BROWSER_SETTINGS, DEFAULTS, `${SETTINGS.externalIdPrefix}Zx81Kq0Lm2Nb3Vc4Xz5Aq6Ws7Ed8Rf9T`), {
    vendorAccountId: SETTINGS.vendorAccountId,
  }).map((a) => [a.id, a.text]),
);
const idsOn = (slug: string) => ARTIFACTS.map((a) => a.id).filter((id) => PAGE_OF[id] === slug);

/** The values the tests type, and the ExternalId they give the page. */
const TYPED: ReaderValues = {
  accountId: '012345678901',
  region: 'eu-west-1',
  clusters: 'prod-a\nprod-b',
  repoPatterns: 'shop-*, batch/*',
  repos: 'shop-web\nlegacy-job',
  permissionsBoundary: '',
  tags: '',
};
const EXTERNAL_ID = `${SETTINGS.externalIdPrefix}Zx81Kq0Lm2Nb3Vc4Xz5Aq6Ws7Ed8Rf9T`;

/** Accessible names of the buttons, per language. */
const NAMES = {
  ja: { copy: (f: string) => `${f} をコピー`, download: (f: string) => `${f} をダウンロード`, copied: 'コピーしました' },
  en: { copy: (f: string) => `Copy ${f}`, download: (f: string) => `Download ${f}`, copied: 'Copied' },
} as const;

function snippet(page: Page, id: ArtifactId): Locator {
  return page.locator(`[data-snippet="${id}"]`);
}

/** Shows the tab panel a snippet sits in, if it is in a hidden one (Starlight's <Tabs>). */
async function reveal(page: Page, id: ArtifactId): Promise<void> {
  const panelId = await snippet(page, id).evaluate((el) => el.closest('[role="tabpanel"]')?.id ?? '');
  if (!panelId || (await page.locator(`[id="${panelId}"]`).isVisible())) return;
  // The tabs are inactive until Starlight's script has defined <starlight-tabs>; wait for that
  // signal, then choose the tab from the keyboard, as a keyboard user does. (Not a mouse click:
  // Playwright judges a click's target at mousedown only, so a layout change before mouseup,
  // e.g. a long block above being painted for the first time, sent the click to the tabs'
  // container and the panel stayed hidden in one CI run. The estimate of a block's height
  // before it is painted, Snippet.astro, now keeps such moves small.)
  await page.waitForFunction(() => document.querySelectorAll('starlight-tabs:not(:defined)').length === 0);
  await page.locator(`[role="tab"][href="#${panelId}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`[id="${panelId}"]`)).toBeVisible();
}

/** Waits until every island has hydrated and every snippet has filled its build-time block. */
async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-snippet]')].every((s) => s.hasAttribute('data-live') && s.querySelector('.snippet-live[data-ready]')),
  );
}

/** The text a snippet shows, as a file (lines joined, final newline). */
async function shownText(page: Page, id: ArtifactId): Promise<string> {
  return snippet(page, id)
    .locator('.snippet-code code')
    .evaluate((code) => {
      const lines = [...code.querySelectorAll('.ec-line')].map((l) => (l.textContent === '\n' ? '' : (l.textContent ?? '')));
      return `${lines.join('\n')}\n`;
    });
}

/** What a block shows: its text (as shownText), whether Copy and Download are live, the reasons listed when not. */
interface Shown {
  id: string;
  text: string;
  enabled: boolean;
  reasons: string[];
}

/** Reads the blocks `list` in the page (passed to the page as is: self-contained). */
const readBlocks = (list: readonly string[]): Shown[] =>
  list.map((id) => {
    const block = document.querySelector(`[data-snippet="${id}"]`)!;
    const lines = [...block.querySelectorAll('.snippet-code code .ec-line')].map((l) => (l.textContent === '\n' ? '' : (l.textContent ?? '')));
    const buttons = [...block.querySelectorAll<HTMLButtonElement>('.snippet-button')];
    const live = (b: HTMLButtonElement) => !b.disabled && b.getAttribute('aria-disabled') !== 'true';
    return {
      id,
      text: `${lines.join('\n')}\n`,
      // Copy and Download both live, or both not (a mixed state reads as neither).
      enabled: buttons.length > 0 && buttons.every(live),
      reasons: buttons.some(live) ? [] : [...block.querySelectorAll('.snippet-blocked li')].map((li) => li.textContent ?? ''),
    };
  });

/** What each block shows (see `readBlocks`). */
async function shownBlocks(page: Page, ids: readonly ArtifactId[]): Promise<Shown[]> {
  return page.evaluate(readBlocks, ids);
}

/** The CLI's files for the typed values (the real CLI, spawned on the project's Node 22). */
function cliFiles(): Map<string, Buffer> {
  const out = mkdtempSync(join(tmpdir(), 'snippets-cli-'));
  try {
    const list = (text: string) => text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
    const args = [
      'src/cli/generate.ts',
      '--account-id', TYPED.accountId,
      '--region', TYPED.region,
      ...list(TYPED.clusters).flatMap((c) => ['--cluster', c]),
      ...list(TYPED.repoPatterns).flatMap((p) => ['--repo-pattern', p]),
      ...list(TYPED.repos).flatMap((r) => ['--repo', r]),
      '--external-id', EXTERNAL_ID,
      '--out-dir', out,
    ];
    execFileSync('node_modules/.bin/node', args, { stdio: 'pipe' });
    return new Map(ARTIFACTS.map((a) => [a.fileName, readFileSync(join(out, a.fileName))]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Gives the page the ExternalId as the ExternalId panel would have kept it (sessionStorage). */
async function withExternalId(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, id]) => {
      if (sessionStorage.getItem(key!) === null) sessionStorage.setItem(key!, id!);
    },
    [EXTERNAL_ID_KEY, EXTERNAL_ID],
  );
}

async function typeValues(page: Page, values: ReaderValues): Promise<void> {
  await openPanel(page);
  await field(page, 'accountId').fill(values.accountId);
  await field(page, 'region').selectOption(values.region);
  await field(page, 'clusters').fill(values.clusters);
  await field(page, 'repoPatterns').fill(values.repoPatterns);
  await field(page, 'repos').fill(values.repos);
}

/** The values the page holds now (after the browser's own sanitising of what was typed). */
async function currentValues(page: Page): Promise<ReaderValues> {
  // Every control's value in one round trip (what `inputValue()` reads, field by field).
  const read = await panel(page).evaluate(
    (root, keys) => Object.fromEntries(keys.map((key) => [key, (root.querySelector<HTMLInputElement>(`[name="${key}"]`))?.value ?? null])),
    [...READER_KEYS],
  );
  const out = { ...DEFAULTS };
  for (const key of READER_KEYS) {
    const value = read[key];
    if (typeof value !== 'string') throw new Error(`no control named ${key} in the values panel`);
    out[key] = value;
  }
  return out;
}

/**
 * For each block: the filled block's `<code>` markup and the one the build rendered, as the
 * server sent it (each with the value marks replaced by their text: the island's markup minus
 * the marks is EC's own), both figures' classes, and the computed colour of every token of
 * both, light and dark. The island fills the build's block in place, so the reference comes
 * from the page's HTML, put beside the block for the colours. One round trip per page.
 */
async function highlighting(page: Page, ids: readonly ArtifactId[]): Promise<
  Array<{ id: string; live: string; reference: string; liveClass: string; referenceClass: string; colours: Record<'light' | 'dark', { live: string[]; reference: string[] }> }>
> {
  const served = await (await page.request.get(page.url())).text();
  return page.evaluate(({ list, served }) => {
    const sent = new DOMParser().parseFromString(served, 'text/html');
    const codeHtml = (el: Element): string => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const mark of copy.querySelectorAll('span.sv')) mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
      // Spans Expressive Code nests when the two themes tokenise a line differently (HCL) are
      // shown flattened (each inner span carrying both colours, as src/highlight/ec-hast.ts does).
      const merge = (outer: string, inner: string) => {
        const decls = new Map<string, string>();
        for (const decl of `${outer};${inner}`.split(';')) {
          const at = decl.indexOf(':');
          if (at > 0) decls.set(decl.slice(0, at).trim(), decl.slice(at + 1).trim());
        }
        return [...decls].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}:${v}`).join(';');
      };
      for (const outer of [...copy.querySelectorAll('span[style]:has(> span[style])')].reverse()) {
        const style = outer.getAttribute('style') ?? '';
        for (const inner of outer.querySelectorAll(':scope > span[style]')) inner.setAttribute('style', merge(style, inner.getAttribute('style') ?? ''));
        outer.replaceWith(...outer.childNodes);
      }
      copy.normalize();
      return copy.innerHTML;
    };
    // Leaf spans only: a nested span's colour is what the reader sees (see codeHtml).
    const tokenColours = (el: Element) => [...el.querySelectorAll('.ec-line span[style]:not(:has(span[style]))')].map((s) => getComputedStyle(s).color);
    const blocks = list.map((id) => {
      const block = document.querySelector(`[data-snippet="${id}"]`)!;
      const live = block.querySelector('.snippet-code pre > code')!;
      // The build's block, beside the filled one (same classes, so the same stylesheet rules);
      // without its <link> and <script>, which the page already has.
      const built = sent.querySelector(`[data-snippet="${id}"] .snippet-code`)!;
      const copy = document.importNode(built, true);
      for (const el of copy.querySelectorAll('link, script')) el.remove();
      copy.setAttribute('data-reference', '');
      block.append(copy);
      const reference = copy.querySelector('pre > code')!;
      const referenceClass = copy.querySelector('figure')?.getAttribute('class') ?? '';
      return { id, block, liveCode: live, referenceCode: reference, referenceClass };
    });
    const colours = (theme: 'light' | 'dark') => {
      document.documentElement.dataset['theme'] = theme;
      return blocks.map(({ liveCode, referenceCode }) => ({ live: tokenColours(liveCode), reference: tokenColours(referenceCode) }));
    };
    const light = colours('light');
    const dark = colours('dark');
    document.documentElement.dataset['theme'] = 'light';
    const out = blocks.map(({ id, block, liveCode, referenceCode, referenceClass }, i) => ({
      id,
      live: codeHtml(liveCode),
      reference: codeHtml(referenceCode),
      liveClass: block.querySelector('.snippet-code figure')?.getAttribute('class') ?? '(none)',
      referenceClass,
      colours: { light: light[i]!, dark: dark[i]! },
    }));
    for (const el of document.querySelectorAll('[data-reference]')) el.remove();
    return out;
  }, { list: ids, served });
}

/**
 * Waits until the blocks show `expected`, compared in the page at every frame (no poll interval
 * to sit out), and returns what they show; on a timeout, fails with the difference.
 */
async function untilShown(page: Page, ids: readonly ArtifactId[], expected: readonly Shown[], message: string): Promise<Shown[]> {
  // An expression, so that the one reader (readBlocks) runs in the page's polling loop.
  const same = `JSON.stringify((${readBlocks.toString()})(${JSON.stringify(ids)})) === ${JSON.stringify(JSON.stringify(expected))}`;
  const matched = await page.waitForFunction(same, undefined, { polling: 'raf', timeout: 15_000 }).then(
    () => true,
    () => false,
  );
  // Matched: the page showed exactly `expected` (compared as JSON, every field). Otherwise one
  // more reading, for the assertion's difference.
  if (matched) return expected.map((block) => ({ ...block, reasons: [...block.reasons] }));
  const shown = await shownBlocks(page, ids);
  expect(shown, message).toEqual(expected);
  return shown;
}

test.describe('snippet blocks', () => {
  // One load per page and language for everything the first visit shows (each of these was a
  // test of its own that loaded the same pages in the same state).
  for (const { lang, prefix } of LANGS) {
    test(`${lang} first visit: every artifact on its page with named Copy and Download; highlighting is Expressive Code's own, light and dark; placeholders marked and the reasons given; no Launch Stack`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const slug of SNIPPET_PAGES) {
        await page.goto(`${prefix}${slug}/`);
        await ready(page);

        // Highlighting: the filled block shows the same text as the build rendered, so everything must
        // match the served HTML's block: markup, figure classes and every token's colour in both themes.
        for (const shown of await highlighting(page, idsOn(slug))) {
          const where = `${prefix}${slug} ${shown.id}`;
          expect(shown.live, where).toBe(shown.reference);
          expect(shown.liveClass, `${where} figure class`).toBe(shown.referenceClass);
          for (const theme of ['light', 'dark'] as const) {
            expect(shown.colours[theme].live.length, `${where} ${theme} tokens`).toBeGreaterThan(0);
            expect(shown.colours[theme].live, `${where} ${theme}`).toEqual(shown.colours[theme].reference);
          }
        }

        // Every artifact where the guide needs it, titled with its file name, with named buttons.
        for (const id of idsOn(slug)) {
          const { fileName } = artifactSpec(id);
          const block = snippet(page, id);
          await expect(block).toHaveCount(1);
          await reveal(page, id);
          await expect(block.locator('.snippet-code figcaption .title')).toHaveText(fileName);
          await expect(block.getByRole('button', { name: NAMES[lang].copy(fileName), exact: true })).toBeVisible();
          await expect(block.getByRole('button', { name: NAMES[lang].download(fileName), exact: true })).toBeVisible();
        }

        if (slug === 'roles') {
          // First visit: placeholders marked, Copy and Download disabled with the reason.
          const block = snippet(page, 'repoPusherPolicy');
          const placeholder = block.locator('.sv-ph', { hasText: '<YOUR_ACCOUNT_ID>' });
          await expect(placeholder.first()).toBeVisible();
          // Marked by an outline, not by colour alone.
          expect(await placeholder.first().evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('dashed');
          const inputs = toGuideInputs(BROWSER_SETTINGS, DEFAULTS, '');
          const preview = previewArtifacts(inputs, { vendorAccountId: SETTINGS.vendorAccountId }).find((a) => a.id === 'repoPusherPolicy')!;
          const reasons = [...new Set(preview.blocking.map((issue) => formatIssue(issue, lang)))];
          await expect(block.locator('.snippet-blocked li')).toHaveText(reasons);
          const buttons = await block.getByRole('button').all();
          expect(buttons.length).toBeGreaterThan(0);
          for (const button of buttons) {
            await expect(button).toBeDisabled();
            const described = await button.getAttribute('aria-describedby');
            expect(described).toBeTruthy();
            await expect(page.locator(`[id="${described}"]`)).toContainText(reasons[0]!);
          }
          // One block, filled in place: EC's own copy button (the build's text) is out of the way.
          await expect(block.locator('pre')).toHaveCount(1);
          await expect(block.locator('.snippet-code .copy')).toBeHidden();
        }

        if (slug === 'cloudformation') {
          // Launch Stack is absent when the settings have no template URL.
          expect(SETTINGS.templateUrl).toBe('');
          await expect(page.locator('[data-launch-stack]')).toHaveCount(0);
          await expect(page.locator('a[href*="quickcreate"]')).toHaveCount(0);
        }
      }
      // The overview and the FAQ have none.
      for (const path of [prefix, `${prefix}faq/`]) {
        await page.goto(path);
        await expect(page.locator('[data-snippet]')).toHaveCount(0);
      }
    });
  }

  for (const { lang, prefix } of LANGS) {
    test(`${lang}: typed values fill every snippet; Copy and Download give exactly the CLI's files`, async ({ page, context, baseURL }) => {
      test.setTimeout(120_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      const files = cliFiles();
      await withExternalId(page);
      for (const slug of SNIPPET_PAGES) {
        await page.goto(`${prefix}${slug}/`);
        await ready(page);
        if (slug === SNIPPET_PAGES[0]) await typeValues(page, TYPED);
        for (const id of idsOn(slug)) {
          const { fileName } = artifactSpec(id);
          const expected = files.get(fileName)!;
          await reveal(page, id);
          await expect.poll(() => shownText(page, id), { message: `${slug} ${id} shown` }).toBe(expected.toString('utf8'));
          const block = snippet(page, id);

          const download = page.waitForEvent('download');
          await block.getByRole('button', { name: NAMES[lang].download(fileName), exact: true }).click();
          const file = await download;
          expect(file.suggestedFilename()).toBe(fileName);
          expect(readFileSync(await file.path()).equals(expected), `${fileName} downloaded`).toBe(true);

          const copy = block.getByRole('button', { name: NAMES[lang].copy(fileName), exact: true });
          await page.evaluate(() => navigator.clipboard.writeText(''));
          await copy.click();
          // Confirmed visibly and to screen readers; the island confirms once the clipboard has
          // taken the text (Snippet.tsx sets data-copied after writeText resolves), so one read.
          await expect(block.locator('.snippet-button[data-copied]')).toContainText(NAMES[lang].copied);
          await expect(block.getByRole('status')).toContainText(fileName);
          expect(await page.evaluate(() => navigator.clipboard.readText()), `${fileName} copied`).toBe(expected.toString('utf8'));
        }
      }
    });
  }

  test('the keyboard reaches Copy and Download and Enter uses them', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await withExternalId(page);
    await page.goto('/en/cloudformation/');
    await ready(page);
    await typeValues(page, TYPED);
    const copy = snippet(page, 'cfnParameters').getByRole('button', { name: 'Copy vendor-roles.parameters.json' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(EXTERNAL_ID);
    await page.keyboard.press('Tab');
    await expect(snippet(page, 'cfnParameters').getByRole('button', { name: 'Download vendor-roles.parameters.json' })).toBeFocused();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toBe('vendor-roles.parameters.json');
  });

  for (const { lang, prefix, slug } of [
    { ...LANGS[0], slug: 'roles' },
    { ...LANGS[1], slug: 'cloudformation' },
    { ...LANGS[0], slug: 'eks-access' },
    { ...LANGS[1], slug: 'handoff' },
  ]) {
    test(`${lang} ${slug}: invalid values never reach a snippet; Copy/Download disabled with the core's reasons`, async ({ page }) => {
      // The cloudformation page has six snippets (CloudFormation and Terraform) to check per value.
      test.setTimeout(slug === 'cloudformation' ? 300_000 : 180_000);
      await withExternalId(page);
      await page.goto(`${prefix}${slug}/`);
      await ready(page);
      await typeValues(page, TYPED);
      for (const name of ['accountId', 'clusters', 'repoPatterns', 'repos'] as const) {
        // The hostile strings, one of each kind of trouble: what reaches the browser's fill and
        // highlighting. Arbitrary generated strings are the core's property tests' job
        // (tests/unit/artifacts/properties.test.ts), where thousands run in a second.
        for (const bad of HOSTILE) {
          await field(page, name).fill(bad);
          const values = await currentValues(page);
          const inputs = toGuideInputs(BROWSER_SETTINGS, values, EXTERNAL_ID);
          const previews = previewArtifacts(inputs, { vendorAccountId: SETTINGS.vendorAccountId });
          const typedValue = values[name];
          // Exactly the core's preview (the placeholder model, never the typed text), the
          // buttons live only when it is ready, and otherwise the core's reasons listed.
          const expected = idsOn(slug).map((id) => {
            const preview = previews.find((p) => p.id === id)!;
            return {
              id,
              text: preview.text,
              enabled: preview.ready,
              reasons: preview.ready ? [] : [...new Set(preview.blocking.map((issue) => formatIssue(issue, lang as Lang)))],
            };
          });
          // Every block read in the page at each frame until it matches (six blocks × 19 values × 4 fields).
          const shown = await untilShown(page, idsOn(slug), expected, `${name}=${JSON.stringify(typedValue.slice(0, 40))}`);
          // An invalid item never appears: the whole typed value is checked where it is long enough to be telling.
          const refused = !previews.every((p) => p.ready) && typedValue.trim().length >= 4 && !/[\n,、，]/.test(typedValue);
          if (refused) {
            for (const { id, text } of shown) {
              // Unless the artifact's fixed text has it anyway (e.g. "call" in aws_caller_identity).
              if (FIXED_TEXT.get(id as ArtifactId)?.includes(typedValue.trim())) continue;
              expect(text, `${id} shows ${JSON.stringify(typedValue)}`).not.toContain(typedValue.trim());
            }
          }
        }
        await field(page, name).fill(TYPED[name]);
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.locator('.snippet-code code script, .snippet-code code img, .snippet-live script, .snippet-live img')).toHaveCount(0);
    });
  }

  test('print: every line in full, no buttons, no values panel', async ({ page }) => {
    await withExternalId(page);
    await page.setViewportSize({ width: 800, height: 1000 });
    for (const { prefix } of LANGS) {
      for (const slug of SNIPPET_PAGES) {
        await page.goto(`${prefix}${slug}/`);
        await ready(page);
        if (slug === SNIPPET_PAGES[0] && prefix === '/') {
          // Long values make long lines.
          await typeValues(page, { ...TYPED, clusters: 'a-very-long-cluster-name-for-printing-0123456789-abcdefghijklmnopqrstuvwxyz\nprod-b' });
        }
        await page.emulateMedia({ media: 'print' });
        await expect(page.locator('.snippet-button:visible')).toHaveCount(0);
        await expect(page.locator('[data-values-panel]')).toBeHidden();
        await expect(page.locator('[data-print-hide]:visible')).toHaveCount(0);
        const overflow = await page.locator('[data-snippet] .snippet-code pre').evaluateAll((pres) =>
          pres.filter((pre) => pre.scrollWidth > pre.clientWidth + 1).map((pre) => pre.closest('[data-snippet]')?.getAttribute('data-snippet')),
        );
        expect(overflow, `${prefix}${slug}`).toEqual([]);
        // The filled blocks are what prints (a block in a tab the reader did not choose prints with its tab: not at all).
        const inHiddenTab = await page.evaluate(
          (ids) => ids.filter((id) => document.querySelector(`[data-snippet="${id}"]`)?.closest('[role="tabpanel"][hidden]')),
          idsOn(slug),
        );
        for (const id of idsOn(slug)) {
          if (!inHiddenTab.includes(id)) await expect(snippet(page, id).locator('.snippet-code pre')).toBeVisible();
        }
        await page.emulateMedia({ media: 'screen' });
      }
    }
  });

  for (const { lang, prefix } of LANGS) {
    test(`${lang}: no axe violations in the snippet blocks, filled and with errors`, async ({ page }) => {
      // Six large blocks on this page (the CloudFormation and Terraform files, ~4,000 token
      // spans): ~10 s per state on a quiet 2-core machine (support/axe.ts), far more when loaded.
      test.setTimeout(300_000);
      await withExternalId(page);
      await page.goto(`${prefix}cloudformation/`);
      await ready(page);
      const check = async (state: string) => {
        expect((await axeViolations(page, { include: ['[data-snippet]'] })).map((v) => `${state} ${v}`)).toEqual([]);
      };
      // The empty state (the first visit) is the page as tests/e2e/a11y.spec.ts checks it, whole
      // and in both themes: not repeated here.
      await typeValues(page, TYPED);
      await check('filled');
      await field(page, 'clusters').fill('bad cluster "name"');
      await check('errors');
    });
  }
});
