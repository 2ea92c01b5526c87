/**
 * The ExternalId rotation (issue 10.1, section `rotate-external-id`): with the previous ID
 * entered, the overlap trust policy admits both IDs and the final one only the new ID (copied
 * text, exactly the core's); every file that changes while rotating (CloudFormation parameters,
 * Terraform tfvars and their companions) is offered in both versions, byte for byte what the
 * real CLI writes with and without `--previous-external-id`, under the CLI's file names, gated
 * by an invalid previous ID and by unconfirmed link values; the previous ID stays in this tab's
 * sessionStorage, never in localStorage, the URL or any request.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { ARTIFACTS, previewArtifacts } from '../../src/core/generate.ts';
import type { ArtifactId } from '../../src/core/types.ts';
import { browserSettings, defaultValues, toGuideInputs } from '../../src/stores/guide.ts';
import { PREVIOUS_EXTERNAL_ID_KEY } from '../../src/stores/rotation.ts';
import { ui } from './support/state.ts';
import { EXTERNAL_ID_KEY, field, LANGS, open, openPanel, panel, SETTINGS, storage, storedExternalId, TEXT, violationsBothThemes } from './support/widgets.ts';
import { axeViolations, type Rules } from './support/axe.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const execFileAsync = promisify(execFile);

const PREVIOUS = 'vnd-previous-7f3a9c2e41b8d605';
const TITLES = { ja: { copy: 'コピー', download: 'ダウンロード' }, en: { copy: 'Copy', download: 'Download' } };
const ACCOUNT_ID = '444455556666';

/**
 * The files the real CLI (spawned on the project's Node 22, default settings) writes for the
 * panel's default values with this account ID, the ExternalId `externalId` and, when given,
 * `--previous-external-id`; by artifact id.
 */
async function cliFiles(externalId: string, previous: string): Promise<Map<ArtifactId, Buffer>> {
  const out = mkdtempSync(join(tmpdir(), 'rotation-cli-'));
  try {
    const args = ['src/cli/generate.ts', '--account-id', ACCOUNT_ID, '--external-id', externalId, '--out-dir', out];
    if (previous !== '') args.push('--previous-external-id', previous);
    await execFileAsync('node_modules/.bin/node', args);
    return new Map(ARTIFACTS.map((a) => [a.id, readFileSync(join(out, a.fileName))]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The `sts:ExternalId` values a trust policy accepts, per statement. */
function acceptedIds(text: string): string[][] {
  const policy = JSON.parse(text) as { Statement: { Condition?: { StringEquals?: Record<string, string | string[]> } }[] };
  return policy.Statement.map((s) => {
    const v = s.Condition?.StringEquals?.['sts:ExternalId'];
    return v === undefined ? [] : Array.isArray(v) ? [...v].sort() : [v];
  });
}

async function copyOf(page: Page, lang: 'ja' | 'en', variant: 'overlap' | 'final'): Promise<string> {
  const button = page.locator(`[data-rotation-file="trustPolicy"] [data-rotation="${variant}"]`).getByRole('button', { name: TITLES[lang].copy, exact: true });
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
    await expect(rotation.locator('[data-rotation-file]')).toHaveCount(1);

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
    await expect(rotation.locator('.values-issue')).not.toHaveCount(0);
    await expect(page.locator('[data-rotation-file="trustPolicy"] [data-rotation="overlap"]').getByRole('button', { name: TITLES[lang].copy, exact: true })).toBeDisabled();
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

for (const { lang, prefix } of LANGS) {
  test(`${lang}: every file that changes while rotating, overlap and final, is the CLI's bytes under the CLI's name; gated`, async ({ page }) => {
    test.setTimeout(180_000);
    await open(page, `${prefix}roles/`);
    await openPanel(page);
    await field(page, 'accountId').fill(ACCOUNT_ID);
    await page.locator('[data-external-id-panel="generator"]').getByRole('button', { name: TEXT[lang].generate }).click();
    const fresh = await storedExternalId(page);
    const rotation = page.locator('[data-rotation-panel]');
    await rotation.locator('input[name="previousExternalId"]').fill(PREVIOUS);

    // The two CLI runs side by side (each its own output folder).
    const [overlapCli, finalCli] = await Promise.all([cliFiles(fresh, PREVIOUS), cliFiles(fresh, '')]);
    // The CLI decides which files belong to the rotation: those --previous-external-id changes.
    const changed = ARTIFACTS.filter((a) => !overlapCli.get(a.id)!.equals(finalCli.get(a.id)!)).map((a) => a.id);
    expect(changed).toEqual(expect.arrayContaining(['trustPolicy', 'cfnParameters', 'terraformTfvars']));
    await expect
      .poll(() => rotation.locator('[data-rotation-file]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rotation-file'))))
      .toEqual(changed);

    for (const artifact of ARTIFACTS.filter((a) => changed.includes(a.id))) {
      const file = rotation.locator(`[data-rotation-file="${artifact.id}"]`);
      if ((await file.getAttribute('open')) === null) await file.locator('summary').click();
      await expect(file, `${artifact.id} unfolded`).toHaveAttribute('open', '');
      for (const [variant, expected] of [['overlap', overlapCli.get(artifact.id)!], ['final', finalCli.get(artifact.id)!]] as const) {
        const version = file.locator(`[data-rotation="${variant}"]`);
        await expect(version.locator('[data-rotation-text]')).toHaveText(expected.toString('utf8'), { useInnerText: false });
        // Each step waits for its own signal and names it, so a failure says which one did not
        // happen: the button usable, the click reaching the island (it says what it handed to the
        // browser), then the browser's download. The click's bound is shorter than the download's,
        // so a click that cannot happen reports Playwright's reason, not the download's timeout.
        const button = version.getByRole('button', { name: TITLES[lang].download, exact: true });
        await expect(button, `${artifact.id} ${variant} Download visible`).toBeVisible();
        await expect(button, `${artifact.id} ${variant} Download enabled`).toBeEnabled();
        const download = page.waitForEvent('download', { timeout: 45_000 });
        // Caught here and rethrown below: a rejection nobody awaits yet would fail the test first.
        download.catch(() => undefined);
        await button.click({ timeout: 10_000 });
        await expect(version.locator('[data-rotation-status]'), `${artifact.id} ${variant}: the island handed the file to the browser`).toContainText(artifact.fileName);
        const got = await download;
        expect(got.suggestedFilename(), `${artifact.id} ${variant} name`).toBe(artifact.fileName);
        expect(readFileSync(await got.path()).equals(expected), `${artifact.id} ${variant} bytes`).toBe(true);
      }
      expect(overlapCli.get(artifact.id)!.toString('utf8')).not.toBe(finalCli.get(artifact.id)!.toString('utf8'));
    }
    // The overlap parameters and tfvars hold both IDs; the final ones only the new one.
    for (const id of ['cfnParameters', 'terraformTfvars'] as const) {
      expect(overlapCli.get(id)!.toString('utf8')).toContain(PREVIOUS);
      expect(overlapCli.get(id)!.toString('utf8')).toContain(fresh);
      expect(finalCli.get(id)!.toString('utf8')).not.toContain(PREVIOUS);
    }

    // An invalid previous ID: no overlap file can be copied or downloaded (not even the template,
    // which does not print the value), the final ones still can; the bad value is shown nowhere.
    const bad = 'has space';
    await rotation.locator('input[name="previousExternalId"]').fill(bad);
    await expect(rotation.locator('.values-issue--error')).not.toHaveCount(0);
    for (const id of changed) {
      const file = rotation.locator(`[data-rotation-file="${id}"]`);
      await expect(file.locator('[data-rotation="overlap"] [data-rotation-download]')).toBeDisabled();
      await expect(file.locator('[data-rotation="overlap"] [data-rotation-copy]')).toBeDisabled();
      await expect(file.locator('[data-rotation="final"] [data-rotation-download]')).toBeEnabled();
      await expect(file.locator('[data-rotation="overlap"] [data-rotation-text]')).not.toContainText(bad);
    }
  });

  test(`${lang}: while link values wait for confirmation, no rotation file can be copied or downloaded`, async ({ page }) => {
    // A valid ExternalId already in this tab, so only the link holds the files back.
    await page.addInitScript(
      ([key, id]) => {
        if (sessionStorage.getItem(key!) === null) sessionStorage.setItem(key!, id!);
      },
      [EXTERNAL_ID_KEY, `${SETTINGS.externalIdPrefix}Zx81Kq0Lm2Nb3Vc4Xz5Aq6Ws7Ed8Rf9T`],
    );
    await open(page, `${prefix}roles/?accountId=${ACCOUNT_ID}`);
    const review = panel(page).locator('[data-link-review]');
    await expect(review).toBeVisible();
    const rotation = page.locator('[data-rotation-panel]');
    await expect(rotation).toHaveAttribute('data-hydrated', '');
    await rotation.locator('input[name="previousExternalId"]').fill(PREVIOUS);
    await expect(rotation.locator('[data-rotation-file="cfnParameters"]')).toHaveCount(1);
    const buttons = rotation.locator('[data-rotation-copy], [data-rotation-download]');
    for (const button of await buttons.all()) await expect(button).toBeDisabled();
    await expect(rotation.locator('[data-rotation-blocked]').first()).toContainText(ui(lang, 'rotation.linkPending'));
    // Confirmed: the same buttons are enabled (so the check above is about the link).
    await review.getByRole('button', { name: ui(lang, 'values.linkReview.confirm') }).click();
    for (const button of await buttons.all()) await expect(button).toBeEnabled();
  });
}

/** axe on the rotation panel only (the page as a whole is tests/e2e/a11y.spec.ts's job). */
async function rotationViolations(page: Page, rules: Rules): Promise<string[]> {
  return axeViolations(page, { include: ['[data-rotation-panel]'] }, rules);
}

for (const { lang, prefix } of LANGS) {
  test(`${lang}: axe, light and dark, on the rotation panel with every file unfolded, valid and with an invalid previous ID`, async ({ page }) => {
    await open(page, `${prefix}roles/`);
    await page.locator('[data-external-id-panel="generator"]').getByRole('button', { name: TEXT[lang].generate }).click();
    const rotation = page.locator('[data-rotation-panel]');
    await expect(rotation).toHaveAttribute('data-hydrated', '');
    await rotation.locator('input[name="previousExternalId"]').fill(PREVIOUS);
    await expect(rotation.locator('[data-rotation-file="terraformTfvars"]')).toHaveCount(1);
    for (const fold of await rotation.locator('details[data-rotation-file]').all()) {
      if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
    }
    await expect(rotation.locator('details:not([open])')).toHaveCount(0);
    expect(await violationsBothThemes(page, rotationViolations)).toEqual([]);
    await rotation.locator('input[name="previousExternalId"]').fill('has space');
    await expect(rotation.locator('[data-rotation-blocked]').first()).toBeVisible();
    expect(await violationsBothThemes(page, rotationViolations)).toEqual([]);
  });
}
