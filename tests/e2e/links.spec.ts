/**
 * Links with values, for support staff: building them (never with the ExternalId), opening
 * them (values validated like typing, marked "from the link" until confirmed, query removed
 * from the address bar), and crafted links (settings-owned keys and the ExternalId ignored,
 * stored values never replaced without asking).
 */
import { expect, test, type Page } from '@playwright/test';
import { formatIssue } from '../../src/core/messages.ts';
import { validateField } from '../../src/core/validate.ts';
import { browserSettings, defaultValues, toGuideInputs } from '../../src/stores/guide.ts';
import {
  field,
  GENERATED_ID,
  HOSTILE,
  hostileFor,
  hydrated,
  LANGS,
  messages,
  open,
  openPanel,
  panel,
  SETTINGS,
  storage,
  storedExternalId,
  TEXT,
} from './support/widgets.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const DEFAULTS = defaultValues(browserSettings(SETTINGS));

/** Query string of `values`. */
function query(values: Record<string, string>): string {
  return new URLSearchParams(values).toString();
}

/** Generates an ExternalId in section 1-1 and returns it. */
async function generateId(page: Page, prefix: string, lang: 'ja' | 'en'): Promise<string> {
  await open(page, `${prefix}roles/`);
  await page.locator('[data-external-id-panel="generator"]').getByRole('button', { name: TEXT[lang].generate }).click();
  const id = await storedExternalId(page);
  expect(id).toMatch(GENERATED_ID);
  return id;
}

for (const { lang, prefix } of LANGS) {
  test.describe(`links with values (${lang})`, () => {
    test('a /go/ link fills the values, marks them until confirmed, and leaves a clean address bar', async ({ page }) => {
      const values = { accountId: '123456789012', region: 'us-east-1', clusters: 'prod-a,prod-b', repos: 'portal-api' };
      await page.goto(`${prefix}go/repo-pusher/?${query(values)}`);
      await page.waitForURL((url) => url.hash === '#repo-pusher');
      await hydrated(page);
      await expect(page).toHaveURL((url) => url.search === '' && url.hash === '#repo-pusher' && url.pathname === `${prefix}roles/`);
      await expect(panel(page).locator('.values-panel')).toBeVisible();
      await expect(field(page, 'accountId')).toHaveValue('123456789012');
      await expect(field(page, 'region')).toHaveValue('us-east-1');
      await expect(field(page, 'clusters')).toHaveValue('prod-a,prod-b');
      await expect(field(page, 'repos')).toHaveValue('portal-api');
      for (const key of ['accountId', 'region', 'clusters', 'repos']) {
        await expect(panel(page).locator(`.values-field:has([name="${key}"]) .values-linked-note`)).toContainText(TEXT[lang].fromLink);
      }
      // The pattern equals the default already: nothing to check there.
      await expect(panel(page).locator('.values-field:has([name="repoPatterns"]) .values-linked-note')).toHaveCount(0);
      await expect(panel(page).locator('.values-badge--link')).toBeVisible();

      // The marks survive navigation until the reader confirms.
      await open(page, `${prefix}handoff/`);
      await expect(panel(page).locator('.values-badge--link')).toBeVisible();
      await openPanel(page);
      await panel(page).getByRole('button', { name: TEXT[lang].confirmLink }).click();
      await expect(panel(page).locator('.values-linked-note')).toHaveCount(0);
      await page.reload();
      await hydrated(page);
      await expect(panel(page).locator('.values-badge--link')).toHaveCount(0);
      await openPanel(page);
      await expect(field(page, 'accountId')).toHaveValue('123456789012');
    });

    test('a crafted link cannot change the vendor account, the Kubernetes identity or the ExternalId', async ({ page }) => {
      const id = await generateId(page, prefix, lang);
      const crafted =
        'accountId=123456789012&externalId=evil-id-from-link&ExternalId=evil2&vendorAccountId=999999999999' +
        '&kubernetes.group=system:masters&kubernetes%5Bgroup%5D=system:masters&kubernetes.username=admin' +
        '&roleNames.repoPusher=Attacker&policyNames.eksDeployer=X&__proto__=1&unknown=1&clusters=a%22%5D';
      await page.goto(`${prefix}roles/?${crafted}#external-id`);
      await hydrated(page);
      await expect(page).toHaveURL((url) => url.search === '' && url.hash === '#external-id');
      await openPanel(page);
      await expect(panel(page).locator('[data-vendor-value="vendorAccountId"]')).toHaveText(SETTINGS.vendorAccountId);
      await expect(panel(page).locator('[data-vendor-value="kubernetes.group"]')).toHaveText(SETTINGS.kubernetes.group);
      await expect(panel(page).locator('[data-vendor-value="kubernetes.username"]')).toHaveText(SETTINGS.kubernetes.username);
      await expect(panel(page)).not.toContainText('999999999999');
      await expect(panel(page)).not.toContainText('system:masters');
      expect(await storedExternalId(page)).toBe(id);
      // The invalid cluster name is a message, exactly the core's.
      await expect(field(page, 'clusters')).toHaveValue('a"]');
      const inputs = toGuideInputs(browserSettings(SETTINGS), { ...DEFAULTS, accountId: '123456789012', clusters: 'a"]' }, id);
      const expected = validateField('clusters', inputs).map((i) => `${TEXT[lang].error}: ${formatIssue(i, lang)}`);
      await expect(messages(page, 'clusters')).toHaveText(expected);
      const { local, session } = await storage(page);
      const everything = JSON.stringify({ local, session });
      for (const planted of ['evil', '999999999999', 'system:masters', 'Attacker', 'admin']) expect(everything).not.toContain(planted);
    });

    test('a stored value that differs is kept unless the reader chooses the link\'s', async ({ page }) => {
      await open(page, `${prefix}prerequisites/`);
      await openPanel(page);
      await field(page, 'accountId').fill('123123123123');
      await field(page, 'clusters').fill('mine-a');

      const link = `${prefix}eks-access/?${query({ accountId: '999988887777', region: 'eu-west-1', clusters: 'mine-a' })}#rbac`;
      await page.goto(link);
      await hydrated(page);
      const offer = panel(page).locator('.values-offer');
      await expect(offer).toBeVisible();
      await expect(offer).toContainText('123123123123');
      await expect(offer).toContainText('999988887777');
      // The region replaced only the default: taken at once (and marked); the account waits for the answer.
      await expect(field(page, 'region')).toHaveValue('eu-west-1');
      await expect(field(page, 'accountId')).toHaveValue('123123123123');
      // Unanswered, the query stays: a reload asks again.
      expect(new URL(page.url()).search).not.toBe('');
      await page.reload();
      await hydrated(page);
      await expect(panel(page).locator('.values-offer')).toBeVisible();

      await panel(page).getByRole('button', { name: TEXT[lang].keepMine }).click();
      await expect(panel(page).locator('.values-offer')).toHaveCount(0);
      await expect(field(page, 'accountId')).toHaveValue('123123123123');
      await expect(page).toHaveURL((url) => url.search === '' && url.hash === '#rbac');

      await page.goto(link);
      await hydrated(page);
      await panel(page).getByRole('button', { name: TEXT[lang].useLink }).click();
      await expect(field(page, 'accountId')).toHaveValue('999988887777');
      // Choosing the link's values in the review is the reader confirming them (issue 9.1).
      await expect(panel(page).locator('.values-linked-note')).toHaveCount(0);
      await expect(page).toHaveURL((url) => url.search === '');
    });

    test('"copy a link with these values" links to the section being read, without the ExternalId', async ({ page, browser, baseURL }) => {
      const id = await generateId(page, prefix, lang);
      await openPanel(page);
      await field(page, 'accountId').fill('012345678901');
      await field(page, 'region').selectOption('eu-central-1');
      await field(page, 'clusters').fill('prod-a\nprod-b');
      // As a reader who followed a link to 1-3: the heading sits just below the sticky bar.
      // (Scrolled after opening: Playwright's own scrolling to click a sticky bar moves the page.)
      await page.evaluate(() => document.getElementById('eks-deployer')?.scrollIntoView({ block: 'start' }));
      await panel(page).getByRole('button', { name: TEXT[lang].copyLink }).click();
      await expect(panel(page).getByRole('status')).toHaveText(TEXT[lang].linkCopied);
      const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(copied.pathname).toBe(`${prefix}go/eks-deployer/`);
      expect([...copied.searchParams.keys()]).toEqual(['accountId', 'region', 'clusters', 'repoPatterns', 'repos']);
      expect(copied.searchParams.get('accountId')).toBe('012345678901');
      expect(copied.searchParams.get('clusters')).toBe('prod-a,prod-b');
      expect(copied.href).not.toContain(id);
      expect(copied.href.toLowerCase()).not.toContain('externalid');

      // Support staff send it; the customer opens it in a browser with nothing stored.
      const fresh = await browser.newContext({ baseURL: baseURL ?? '' });
      const other = await fresh.newPage();
      await other.goto(copied.pathname + copied.search);
      await other.waitForURL((url) => url.hash === '#eks-deployer');
      await hydrated(other);
      await expect(field(other, 'accountId')).toHaveValue('012345678901');
      await expect(field(other, 'region')).toHaveValue('eu-central-1');
      await expect(field(other, 'clusters')).toHaveValue('prod-a,prod-b');
      expect(await storedExternalId(other)).toBe('');
      await fresh.close();
    });

    test('hostile values in a link are validated exactly like typing', async ({ page }) => {
      for (const hostile of hostileFor(lang, HOSTILE.filter((h) => h.length < 200))) {
        // A first visit each time: nothing of an earlier link's values stored. The page flushes
        // its state when it is left, so the storage is emptied after leaving it, on a file of the
        // site that runs no script (one context throughout: a warm cache, the same reading of the link).
        await page.goto('/favicon.svg');
        const left = await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
          return localStorage.length + sessionStorage.length;
        });
        expect(left, 'storage emptied before the link').toBe(0);
        // The lightest page with the values panel: the link is read the same way on every page.
        await page.goto(`${prefix}handoff/?${query({ accountId: hostile, region: hostile, repoPatterns: hostile })}`);
        await hydrated(page);
        await expect(panel(page).locator('.values-panel')).toBeVisible();
        // The store holds the link's text as sent (a text input would strip its newlines on screen).
        const values = { ...DEFAULTS, accountId: hostile, region: hostile, repoPatterns: hostile };
        const inputs = toGuideInputs(browserSettings(SETTINGS), values, '');
        for (const key of ['accountId', 'region', 'repoPatterns'] as const) {
          const issues = validateField(key, inputs, { vendorAccountId: SETTINGS.vendorAccountId });
          const expected = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')].map(
            (i) => `${i.severity === 'error' ? TEXT[lang].error : TEXT[lang].warning}: ${formatIssue(i, lang)}`,
          );
          await expect(messages(page, key), `${key} ← ${JSON.stringify(hostile)}`).toHaveText(expected);
        }
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      }
    });
  });
}
