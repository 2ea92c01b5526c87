/**
 * The ExternalId rotation (issue 10.1, section `rotate-external-id`): with the previous ID
 * entered, the overlap trust policy admits both IDs and the final one only the new ID (copied
 * text, exactly the core's); the previous ID stays in this tab's sessionStorage, never in
 * localStorage, the URL or any request.
 */
import { expect, test, type Page } from '@playwright/test';
import { previewArtifacts } from '../../src/core/generate.ts';
import { browserSettings, defaultValues, toGuideInputs } from '../../src/stores/guide.ts';
import { PREVIOUS_EXTERNAL_ID_KEY } from '../../src/stores/rotation.ts';
import { LANGS, open, SETTINGS, storage, storedExternalId, TEXT } from './support/widgets.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const PREVIOUS = 'vnd-previous-7f3a9c2e41b8d605';
const TITLES = { ja: { copy: 'コピー' }, en: { copy: 'Copy' } };

/** The `sts:ExternalId` values a trust policy accepts, per statement. */
function acceptedIds(text: string): string[][] {
  const policy = JSON.parse(text) as { Statement: { Condition?: { StringEquals?: Record<string, string | string[]> } }[] };
  return policy.Statement.map((s) => {
    const v = s.Condition?.StringEquals?.['sts:ExternalId'];
    return v === undefined ? [] : Array.isArray(v) ? [...v].sort() : [v];
  });
}

async function copyOf(page: Page, lang: 'ja' | 'en', variant: 'overlap' | 'final'): Promise<string> {
  const button = page.locator(`[data-rotation="${variant}"]`).getByRole('button', { name: TITLES[lang].copy, exact: true });
  await expect(button).toBeEnabled();
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await button.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

for (const { lang, prefix } of LANGS) {
  test(`${lang}: overlap admits both IDs, final only the new; the previous ID stays in this tab`, async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.url()} ${r.postData() ?? ''}`));
    await open(page, `${prefix}roles/`);
    const rotation = page.locator('[data-rotation-panel]');
    await expect(rotation).toHaveAttribute('data-hydrated', '');
    // Without a previous ID only the final policy exists.
    await expect(rotation.locator('[data-rotation="overlap"] [data-rotation-text]')).toHaveCount(0);

    await page.locator('[data-external-id-panel="generator"]').getByRole('button', { name: TEXT[lang].generate }).click();
    const fresh = await storedExternalId(page);
    await rotation.locator('input[name="previousExternalId"]').fill(PREVIOUS);

    const inputs = toGuideInputs(browserSettings(SETTINGS), defaultValues(browserSettings(SETTINGS)), fresh);
    const core = (previous: string) =>
      previewArtifacts({ ...inputs, previousExternalId: previous }, { vendorAccountId: SETTINGS.vendorAccountId }).find((a) => a.id === 'trustPolicy')?.text;

    const overlap = await copyOf(page, lang, 'overlap');
    expect(overlap).toBe(core(PREVIOUS));
    for (const ids of acceptedIds(overlap)) expect(ids).toEqual([fresh, PREVIOUS].sort());
    const final = await copyOf(page, lang, 'final');
    expect(final).toBe(core(''));
    for (const ids of acceptedIds(final)) expect(ids).toEqual([fresh]);
    expect(final).not.toContain(PREVIOUS);

    // The same ID twice is refused with the core's message, and nothing of the overlap can be copied.
    await rotation.locator('input[name="previousExternalId"]').fill(fresh);
    await expect(rotation.locator('.gv-issue')).not.toHaveCount(0);
    await expect(page.locator('[data-rotation="overlap"]').getByRole('button', { name: TITLES[lang].copy, exact: true })).toBeDisabled();
    await rotation.locator('input[name="previousExternalId"]').fill(PREVIOUS);

    // Where the previous ID is, and is not.
    await page.reload();
    await expect(page.locator('[data-rotation-panel]')).toHaveAttribute('data-hydrated', '');
    await expect(page.locator('input[name="previousExternalId"]')).toHaveValue(PREVIOUS);
    const stored = await storage(page);
    expect(stored.session[PREVIOUS_EXTERNAL_ID_KEY]).toBe(PREVIOUS);
    expect(JSON.stringify(stored.local)).not.toContain(PREVIOUS);
    expect(page.url()).not.toContain(PREVIOUS);
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r).not.toContain(PREVIOUS);
  });
}
