/**
 * Issue 10.4's reader fields in the values panel: `permissionsBoundary` (a text input) and
 * `tags` (a text area), in the optional guard-rails group, rendered from the core's field table.
 * Typed values are validated with the core's own ja/en messages, reach the CloudFormation
 * template and parameters exactly as the core builds them, and are absent when left empty.
 */
import { expect, test, type Page } from '@playwright/test';
import { artifactSpec, previewArtifacts } from '../../src/core/generate.ts';
import { formatIssue } from '../../src/core/messages.ts';
import type { ArtifactId } from '../../src/core/types.ts';
import { validateField } from '../../src/core/validate.ts';
import { browserSettings, defaultValues, toGuideInputs } from '../../src/stores/guide.ts';
import { field, LANGS, messages, open, openPanel, panel, SETTINGS, storedExternalId, TEXT } from './support/widgets.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const DEFAULTS = defaultValues(browserSettings(SETTINGS));
const ACCOUNT = '123456789012';
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/OrgBoundary`;
const TAGS = 'team=platform\ncost-center=1234';
const COPY = { ja: (f: string) => `${f} をコピー`, en: (f: string) => `Copy ${f}` };

/** The core's messages for `key` with `values`, as the panel prints them. */
function expected(lang: 'ja' | 'en', key: 'permissionsBoundary' | 'tags', values: typeof DEFAULTS): string[] {
  const inputs = toGuideInputs(browserSettings(SETTINGS), values, '');
  const issues = validateField(key, inputs, { vendorAccountId: SETTINGS.vendorAccountId });
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')].map(
    (i) => `${i.severity === 'error' ? TEXT[lang].error : TEXT[lang].warning}: ${formatIssue(i, lang)}`,
  );
}

/** Copies artifact `id` with its snippet's Copy button and returns the clipboard. */
async function copied(page: Page, lang: 'ja' | 'en', id: ArtifactId): Promise<string> {
  const block = page.locator(`[data-snippet="${id}"]`);
  const button = block.getByRole('button', { name: COPY[lang](artifactSpec(id).fileName), exact: true });
  await expect(button).toBeEnabled();
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await button.click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  return page.evaluate(() => navigator.clipboard.readText());
}

for (const { lang, prefix } of LANGS) {
  test(`${lang}: boundary and tags are table-driven fields, validated like typing, in the CloudFormation files only when set`, async ({ page }) => {
    await open(page, `${prefix}roles/`);
    await page.locator('[data-external-id-panel="generator"]').getByRole('button', { name: TEXT[lang].generate }).click();
    const externalId = await storedExternalId(page);
    await open(page, `${prefix}cloudformation/`);
    await openPanel(page);
    const group = panel(page).locator('[data-values-group="guardRails"]');
    // The field table's kinds decide the controls: a scalar is an input, a list a text area.
    await expect(group.locator('input[name="permissionsBoundary"]')).toBeVisible();
    await expect(group.locator('textarea[name="tags"]')).toBeVisible();
    await field(page, 'accountId').fill(ACCOUNT);

    // Empty: no boundary or tags anywhere in the template.
    const emptyTemplate = await copied(page, lang, 'cfnTemplate');
    expect(emptyTemplate).not.toContain('PermissionsBoundary');
    expect(emptyTemplate).not.toMatch(/^\s*Tags:/m);

    // Invalid values: the core's messages, in the page's language, and nothing copyable.
    // (A click outside the open panel puts it away, like any disclosure popover.)
    await openPanel(page);
    const bad = { ...DEFAULTS, accountId: ACCOUNT, permissionsBoundary: `arn:aws:iam::${ACCOUNT}:role/NotAPolicy`, tags: 'aws:owner=me' };
    await field(page, 'permissionsBoundary').fill(bad.permissionsBoundary);
    await field(page, 'tags').fill(bad.tags);
    const badBoundary = expected(lang, 'permissionsBoundary', bad);
    const badTags = expected(lang, 'tags', bad);
    expect(badBoundary.length).toBeGreaterThan(0);
    expect(badTags.length).toBeGreaterThan(0);
    await expect(messages(page, 'permissionsBoundary')).toHaveText(badBoundary);
    await expect(messages(page, 'tags')).toHaveText(badTags);
    await expect(
      page.locator('[data-snippet="cfnTemplate"]').getByRole('button', { name: COPY[lang](artifactSpec('cfnTemplate').fileName), exact: true }),
    ).toBeDisabled();

    // Valid values: no message, and exactly the core's files.
    await openPanel(page);
    await field(page, 'permissionsBoundary').fill(BOUNDARY);
    await field(page, 'tags').fill(TAGS);
    await expect(messages(page, 'permissionsBoundary')).toHaveCount(0);
    await expect(messages(page, 'tags')).toHaveCount(0);
    const values = { ...DEFAULTS, accountId: ACCOUNT, permissionsBoundary: BOUNDARY, tags: TAGS };
    const core = new Map(previewArtifacts(toGuideInputs(browserSettings(SETTINGS), values, externalId), { vendorAccountId: SETTINGS.vendorAccountId }).map((a) => [a.id, a]));
    for (const id of ['cfnTemplate', 'cfnParameters'] as const) {
      const text = await copied(page, lang, id);
      expect(text).toBe(core.get(id)?.text);
      expect(text, id).toContain(BOUNDARY);
      // The core writes the tags into the template itself (not as parameters).
      if (id === 'cfnTemplate') for (const part of ['team', 'platform', 'cost-center', '1234']) expect(text, id).toContain(part);
    }
    // Stored like the other reader fields, and kept over a reload.
    await page.reload();
    await openPanel(page);
    await expect(field(page, 'permissionsBoundary')).toHaveValue(BOUNDARY);
    await expect(field(page, 'tags')).toHaveValue(TAGS);
  });
}
