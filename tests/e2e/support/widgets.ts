/** What the widget tests (values panel, ExternalId, links, checklist) share. */
import { ALL_RULES, THEME_RULES, axeViolations, type Rules } from './axe.ts';
import { expect, type Locator, type Page } from '@playwright/test';
import { vendorSettings } from '../../../src/config/vendor.ts';
import { pagesUsing } from '../../../src/integrations/builder-placement.ts';
import { HOSTILE_BROWSER } from '../../support/hostile.ts';

/** The settings the default build uses (the tests run against a build without overrides). */
export const SETTINGS = vendorSettings;

/** localStorage key of the non-secret state, and the ExternalId's key (see src/stores/storage.ts). */
export const STATE_KEY = 'method-b-guide:v1';
export const EXTERNAL_ID_KEY = 'method-b-guide:v1:external-id';

/** A generated ExternalId of the default settings. */
export const GENERATED_ID = new RegExp(`^${SETTINGS.externalIdPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[0-9A-Za-z]{32}$`);

/** Strings of each language the tests look for. */
export const TEXT = {
  ja: {
    enter: '値を入力',
    edit: '値を編集',
    close: '閉じる',
    clear: 'すべての値を消去',
    clearConfirm: '消去する',
    cancel: 'キャンセル',
    copyLink: 'この値を含むリンクをコピー',
    linkCopied: '値を含むリンクをコピーしました',
    // A link's values are confirmed (or not used) in one review (issue 9.1).
    useLink: '確認しました。これらの値を使う',
    keepMine: 'リンクの値を使わない',
    confirmLink: '確認しました。これらの値を使う',
    fromLink: 'リンクから入力された値です',
    generate: 'ExternalId を生成',
    regenerate: '再生成',
    regenConfirm: '再生成する',
    copy: 'ExternalId をコピー',
    show: 'ExternalId を表示',
    copied: 'ExternalId をコピーしました',
    remember: 'この端末に記憶する',
    error: 'エラー',
    warning: '注意',
    accountIdPattern: 'は正しくありません',
    progress: (done: number, total: number) => `${done} / ${total} 完了`,
  },
  en: {
    enter: 'Enter values',
    edit: 'Edit values',
    close: 'Close',
    clear: 'Clear all values',
    clearConfirm: 'Clear',
    cancel: 'Cancel',
    copyLink: 'Copy a link with these values',
    linkCopied: 'Link with values copied',
    // A link's values are confirmed (or not used) in one review (issue 9.1).
    useLink: "I've checked: use these values",
    keepMine: "Don't use the link's values",
    confirmLink: "I've checked: use these values",
    fromLink: 'From the link',
    generate: 'Generate ExternalId',
    regenerate: 'Regenerate',
    regenConfirm: 'Regenerate',
    copy: 'Copy ExternalId',
    show: 'Show ExternalId',
    copied: 'ExternalId copied',
    remember: 'Remember on this device',
    error: 'Error',
    warning: 'Warning',
    accountIdPattern: 'is not valid',
    progress: (done: number, total: number) => `${done} of ${total} done`,
  },
} as const;

/** The two languages with their path prefix. */
export const LANGS = [
  { lang: 'ja', prefix: '/' },
  { lang: 'en', prefix: '/en/' },
] as const;

/** Pages that carry the values panel (read from the content that places it). */
export const PERSONALISED = pagesUsing('ValuesPanel');
if (PERSONALISED.length === 0) throw new Error('widgets.ts: no page places <ValuesPanel /> (is the content where builder-placement.ts reads it?)');

/**
 * Waits until every island of the page has hydrated (Astro drops `ssr` from the island then)
 * and every widget says it is live (`data-hydrated` on its root, set by the island once React
 * has hydrated it: before that its buttons are the disabled server-rendered ones).
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    (roots) =>
      document.querySelectorAll('astro-island[ssr]').length === 0 &&
      document.querySelectorAll(roots.map((r) => `${r}:not([data-hydrated])`).join(', ')).length === 0,
    WIDGET_ROOTS,
  );
}

/** Roots of the widgets that expose readiness with `data-hydrated`. */
export const WIDGET_ROOTS = ['[data-values-panel]', '[data-external-id-panel]', '[data-checklist]', '[data-setup-check]'];

/** Goes to `path` and waits for the islands. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrated(page);
}

/** The values panel of the page. */
export function panel(page: Page): Locator {
  return page.locator('[data-values-panel]');
}

/** The bar's expand/collapse button. */
export function toggle(page: Page): Locator {
  return panel(page).locator('.values-bar button');
}

/** Opens the values panel (if it is closed). */
export async function openPanel(page: Page): Promise<void> {
  const button = toggle(page);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(panel(page).locator('.values-panel')).toBeVisible();
}

/** The form control of field `name` (the model key). */
export function field(page: Page, name: string): Locator {
  return panel(page).locator(`[name="${name}"]`);
}

/** The messages shown for field `name`. */
export function messages(page: Page, name: string): Locator {
  return panel(page).locator(`.values-field:has([name="${name}"]) .values-issue`);
}

/** Hostile strings every field must turn into messages (never into markup or snippet content). */
export const HOSTILE: readonly string[] = HOSTILE_BROWSER;

/**
 * The hostile strings one language's test checks where a whole page load per string is the cost
 * (a link's values): the two languages take turns, so each string goes through the browser once
 * in the suite. Which messages the core gives for them, in both languages, is the unit tests' job
 * (tests/unit/core/validate.test.ts); the browser part is the same in both.
 */
export function hostileFor(lang: (typeof LANGS)[number]['lang'], strings: readonly string[] = HOSTILE): string[] {
  const turn = LANGS.findIndex((l) => l.lang === lang);
  return strings.filter((_, i) => i % LANGS.length === turn);
}

export { ALL_RULES, THEME_RULES } from './axe.ts';

/** Switches Starlight's theme in place (what a reload with the stored theme would show). */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((t) => {
    document.documentElement.dataset['theme'] = t;
    localStorage.setItem('starlight-theme', t);
  }, theme);
}

/**
 * axe in both themes without a reload: every rule in the light theme, then the colour rules
 * in the dark one; violations are prefixed with the theme. Leaves the page in the light theme.
 */
export async function violationsBothThemes(page: Page, scope: (page: Page, rules: Rules) => Promise<string[]> = violations): Promise<string[]> {
  await setTheme(page, 'light');
  const light = (await scope(page, ALL_RULES)).map((v) => `light: ${v}`);
  await setTheme(page, 'dark');
  const dark = (await scope(page, THEME_RULES)).map((v) => `dark: ${v}`);
  await setTheme(page, 'light');
  return [...light, ...dark];
}

/** Our widgets' roots (and open dialogs): what the widget tests hold to axe. */
const WIDGETS = ['[data-values-panel]', '[data-external-id-panel]', '[data-checklist]', '[data-setup-check]', 'dialog[open]'];

/**
 * axe violations of the widgets on the page as they are now, as readable strings. Scoped to
 * the widgets: whole pages (with everyone's content) are tests/e2e/a11y.spec.ts's job.
 */
export async function violations(page: Page, rules: Rules = ALL_RULES): Promise<string[]> {
  // The widgets present, found in one round trip.
  const include = await page.evaluate((selectors) => selectors.filter((s) => document.querySelector(s) !== null), WIDGETS);
  return axeViolations(page, { include }, rules);
}

/** The page's localStorage and sessionStorage as plain objects. */
export async function storage(page: Page): Promise<{ local: Record<string, string>; session: Record<string, string> }> {
  return page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
}

/** The ExternalId currently held by the page (read from sessionStorage or, when remembered, localStorage). */
export async function storedExternalId(page: Page): Promise<string> {
  return page.evaluate(
    (key) => sessionStorage.getItem(key) ?? localStorage.getItem(key) ?? '',
    EXTERNAL_ID_KEY,
  );
}
