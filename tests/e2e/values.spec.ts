/**
 * The values panel: typing by field name, validation messages from the core in the page's
 * language (hostile and generated strings included), persistence across reloads and pages,
 * clear-all with confirmation, read-only vendor values, and the 375-px layout.
 */
import fc from 'fast-check';
import { expect, test, type Page } from '@playwright/test';
import { formatIssue } from '../../src/core/messages.ts';
import type { FieldName } from '../../src/core/types.ts';
import { validateField } from '../../src/core/validate.ts';
import { browserSettings, defaultValues, toGuideInputs } from '../../src/stores/guide.ts';
import { READER_KEYS, type ReaderValues } from '../../src/stores/storage.ts';
import {
  field,
  hostileFor,
  hydrated,
  LANGS,
  messages,
  open,
  openPanel,
  panel,
  SETTINGS,
  STATE_KEY,
  TEXT,
  toggle,
} from './support/widgets.ts';

const BROWSER_SETTINGS = browserSettings(SETTINGS);
const DEFAULTS = defaultValues(BROWSER_SETTINGS);
const TEXT_FIELDS = ['accountId', 'clusters', 'repoPatterns', 'repos'] as const;

/** What the page holds in each field right now (after the browser's own value sanitising). */
async function currentValues(page: Page): Promise<ReaderValues> {
  // One round trip for every field (what `inputValue()` of each control reads).
  const read = await panel(page).evaluate(
    (root, keys) =>
      keys.map((key) => {
        const controls = root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${key}"]`);
        if (controls.length !== 1) throw new Error(`${controls.length} controls named ${key}`);
        return controls[0]!.value;
      }),
    [...READER_KEYS],
  );
  const out = { ...DEFAULTS };
  READER_KEYS.forEach((key, i) => (out[key] = read[i]!));
  return out;
}

/** The messages the core gives for `name` with the page's current values, as the panel shows them. */
async function expectedMessages(page: Page, name: FieldName, lang: 'ja' | 'en'): Promise<string[]> {
  const inputs = toGuideInputs(BROWSER_SETTINGS, await currentValues(page), '');
  const issues = validateField(name, inputs, { vendorAccountId: SETTINGS.vendorAccountId });
  const sorted = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')];
  return sorted.map((i) => `${i.severity === 'error' ? TEXT[lang].error : TEXT[lang].warning}: ${formatIssue(i, lang)}`);
}

for (const { lang, prefix } of LANGS) {
  test.describe(`values panel (${lang})`, () => {
    test('each field is found by its model name; valid values show no message', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      await expect(toggle(page)).toHaveText(TEXT[lang].enter);
      await openPanel(page);
      for (const key of READER_KEYS) await expect(field(page, key)).toBeVisible();
      await expect(field(page, 'accountId')).toHaveAttribute('inputmode', 'numeric');
      await field(page, 'accountId').fill('012345678901');
      await field(page, 'region').selectOption('eu-west-1');
      await field(page, 'clusters').fill('prod-a, prod-b\nprod-c');
      await field(page, 'repoPatterns').fill('portal-*');
      await field(page, 'repos').fill('portal-api');
      for (const key of READER_KEYS) {
        await expect(messages(page, key)).toHaveCount(0);
        await expect(field(page, key)).toHaveAttribute('aria-invalid', 'false');
      }
      // The bar summarises the values.
      await expect(panel(page).locator('.values-summary')).toContainText('012345678901');
      await expect(panel(page).locator('.values-summary')).toContainText('eu-west-1');
      // The region select is grouped by partition.
      expect(await field(page, 'region').locator('optgroup').count()).toBeGreaterThanOrEqual(3);
    });

    test('invalid values show the core messages next to the field, described and announced', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      await openPanel(page);
      const account = field(page, 'accountId');
      await account.fill('12345');
      await expect(messages(page, 'accountId')).toHaveText(await expectedMessages(page, 'accountId', lang));
      await expect(messages(page, 'accountId').first()).toContainText(TEXT[lang].accountIdPattern);
      await expect(account).toHaveAttribute('aria-invalid', 'true');
      const describedBy = (await account.getAttribute('aria-describedby')) ?? '';
      const msgsId = await panel(page).locator('.values-field:has([name="accountId"]) .values-issues').getAttribute('id');
      expect(describedBy.split(' ')).toContain(msgsId);
      // The polite live region speaks the message once the reader pauses.
      await expect(panel(page).locator('[data-values-announce]')).toHaveAttribute('aria-live', 'polite');
      await expect(panel(page).locator('[data-values-announce]')).toContainText(TEXT[lang].accountIdPattern);
      // Fixing it announces that the field is fine.
      await account.fill('123456789012');
      await expect(messages(page, 'accountId')).toHaveCount(0);
      await expect(panel(page).locator('[data-values-announce]')).not.toContainText(TEXT[lang].accountIdPattern);
      // The bar counts what must be fixed.
      await field(page, 'clusters').fill('-bad');
      await expect(panel(page).locator('.values-badge--error')).toBeVisible();
    });

    test('a pattern of only * is refused; an uncovered repository is a warning naming it', async ({ page }) => {
      await open(page, `${prefix}prerequisites/`);
      await openPanel(page);
      // The vendor's defaults: portal-* and planned portal-api, cron-runner.
      const warning = panel(page).locator('.values-field:has([name="repos"]) .values-issue--warning');
      await expect(warning).toHaveCount(1);
      await expect(warning).toContainText('cron-runner');
      await expect(warning).toContainText('portal-*');
      await expect(warning).toContainText(TEXT[lang].warning);
      await expect(panel(page).locator('.values-field:has([name="repos"]) .values-issue--error')).toHaveCount(0);

      await field(page, 'repoPatterns').fill('*');
      const error = panel(page).locator('.values-field:has([name="repoPatterns"]) .values-issue--error');
      await expect(error).toHaveCount(1);
      await expect(error).toHaveText((await expectedMessages(page, 'repoPatterns', lang))[0]!);
      await expect(field(page, 'repoPatterns')).toHaveAttribute('aria-invalid', 'true');
    });

    // The two languages take turns (hostileFor): each string goes through every field once in the
    // suite; the core's messages for each, in both languages, are the unit tests' (validate.test.ts).
    test('hostile strings become messages in every text field, never markup', async ({ page }) => {
      test.setTimeout(180_000);
      await open(page, `${prefix}roles/`);
      await openPanel(page);
      for (const name of TEXT_FIELDS) {
        for (const hostile of hostileFor(lang)) {
          await field(page, name).fill(hostile);
          const expected = await expectedMessages(page, name, lang);
          // A newline separates list items, so "line1\nline2" is two valid cluster names, and planned
          // repositories are optional, so blanks are no list at all; anything else is refused.
          const harmless = (name !== 'accountId' && /[\r\n]/.test(hostile)) || (name === 'repos' && hostile.trim() === '');
          if (!harmless) expect(expected.length, `${name} ← ${JSON.stringify(hostile.slice(0, 40))}`).toBeGreaterThan(0);
          await expect(messages(page, name)).toHaveText(expected);
        }
        await field(page, name).fill(DEFAULTS[name] || '123456789012');
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      await expect(page.locator('.values-panel script, .values-panel img')).toHaveCount(0);
    });

    test('generated strings are validated exactly like the core does', async ({ page }) => {
      test.setTimeout(180_000);
      await open(page, `${prefix}handoff/`);
      await openPanel(page);
      const text = fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: fc.constantFrom(...'0123456789abcz-_*/., \n"'), maxLength: 30 }),
        fc.stringMatching(/^[0-9]{10,14}$/),
      );
      // A few per field: the browser shows the core's messages; the core's own property tests
      // (tests/unit/core/validate.test.ts) run thousands of strings against the rules.
      const samples = fc.sample(text, { numRuns: 8, seed: lang === 'ja' ? 4 : 5 });
      for (const name of TEXT_FIELDS) {
        for (const sample of samples) {
          await field(page, name).fill(sample);
          await expect(messages(page, name), `${name} ← ${JSON.stringify(sample)}`).toHaveText(
            await expectedMessages(page, name, lang),
          );
        }
      }
    });

    test('values survive a reload and navigation to another guide page', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      await openPanel(page);
      await field(page, 'accountId').fill('123456789012');
      await field(page, 'region').selectOption('us-west-2');
      await field(page, 'clusters').fill('prod-a\nprod-b');
      await field(page, 'repoPatterns').fill('portal-*, batch-*');
      await field(page, 'repos').fill('portal-api\nbatch-jobs');
      const typed = await currentValues(page);

      await page.reload();
      await hydrated(page);
      await expect(toggle(page)).toHaveText(TEXT[lang].edit);
      await openPanel(page);
      expect(await currentValues(page)).toEqual(typed);

      await open(page, `${prefix}eks-access/`);
      await expect(panel(page).locator('.values-summary')).toContainText('123456789012');
      await expect(panel(page).locator('.values-summary')).toContainText('us-west-2');
      await openPanel(page);
      expect(await currentValues(page)).toEqual(typed);
      // Stored in localStorage under the versioned key, as typed.
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STATE_KEY);
      expect(stored.values).toEqual(typed);
    });

    test('two tabs of the guide follow each other instead of overwriting each other', async ({ page, context }) => {
      await open(page, `${prefix}roles/`);
      const other = await context.newPage();
      await open(other, `${prefix}handoff/`);
      await openPanel(page);
      await field(page, 'accountId').fill('123456789012');
      await expect(panel(other).locator('.values-summary')).toContainText('123456789012');
      await openPanel(other);
      await field(other, 'clusters').fill('from-the-other-tab');
      await expect(field(page, 'clusters')).toHaveValue('from-the-other-tab');
      await expect(field(page, 'accountId')).toHaveValue('123456789012');
      await other.close();
    });

    test('clear all asks first; cancel (button or Escape) keeps the values, confirm restores the defaults', async ({ page }) => {
      await open(page, `${prefix}cloudformation/`);
      await openPanel(page);
      await field(page, 'accountId').fill('123456789012');
      await field(page, 'clusters').fill('prod-a');
      const clear = panel(page).getByRole('button', { name: TEXT[lang].clear });
      const dialog = page.getByRole('dialog');

      await clear.click();
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: TEXT[lang].cancel })).toBeFocused();
      await dialog.getByRole('button', { name: TEXT[lang].cancel }).click();
      await expect(dialog).toBeHidden();
      await expect(clear).toBeFocused();
      await expect(field(page, 'accountId')).toHaveValue('123456789012');

      await clear.click();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(field(page, 'accountId')).toHaveValue('123456789012');

      await clear.click();
      await dialog.getByRole('button', { name: TEXT[lang].clearConfirm, exact: true }).click();
      await expect(dialog).toBeHidden();
      expect(await currentValues(page)).toEqual(DEFAULTS);
      await page.reload();
      await hydrated(page);
      await openPanel(page);
      expect(await currentValues(page)).toEqual(DEFAULTS);
    });

    test('the vendor account and Kubernetes identity are shown read-only, from the settings', async ({ page }) => {
      await open(page, `${prefix}eks-access/`);
      await openPanel(page);
      await expect(panel(page).locator('[data-vendor-value="vendorAccountId"]')).toHaveText(SETTINGS.vendorAccountId);
      await expect(panel(page).locator('[data-vendor-value="kubernetes.username"]')).toHaveText(SETTINGS.kubernetes.username);
      await expect(panel(page).locator('[data-vendor-value="kubernetes.group"]')).toHaveText(SETTINGS.kubernetes.group);
      await expect(panel(page).locator(':is(input, textarea, select)[name*="vendor"], [name^="kubernetes"]')).toHaveCount(0);
      await expect(panel(page)).toContainText(SETTINGS.vendorName);
    });

    test('the bar stays reachable while scrolling, and the panel opens over the page', async ({ page }) => {
      await open(page, `${prefix}roles/`);
      await page.locator('#eks-deployer').scrollIntoViewIfNeeded();
      await expect(toggle(page)).toBeInViewport();
      await toggle(page).click();
      await expect(field(page, 'accountId')).toBeInViewport();
      // Escape puts it away and gives the focus back to the bar.
      await field(page, 'accountId').focus();
      await page.keyboard.press('Escape');
      await expect(panel(page).locator('.values-panel')).toBeHidden();
      await expect(toggle(page)).toBeFocused();
    });
  });
}

test.describe('values panel on a 375-px screen', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  for (const { lang, prefix } of LANGS) {
    test(`${lang}: the bar and the open panel fit the width and work`, async ({ page }) => {
      await open(page, `${prefix}handoff/`);
      await expect(toggle(page)).toBeVisible();
      await openPanel(page);
      await field(page, 'accountId').fill('12');
      await expect(messages(page, 'accountId')).toHaveCount(1);
      for (const key of READER_KEYS) {
        const box = await field(page, key).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 375, key).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await page.locator('#handoff-template').scrollIntoViewIfNeeded();
      await expect(toggle(page)).toBeInViewport();
    });
  }
});
