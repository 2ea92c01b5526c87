/**
 * The setup check page in Chromium, both languages: the correct fixtures (AWS CLI / kubectl
 * shapes, tests/fixtures/setup/correct) pasted → every check passes and the checklist ticks
 * itself; a mistake pasted → its check fails with its exact ja/en message; method-b-setup.json
 * through the file picker; clear empties; the ExternalId in no request and in no result text;
 * axe on the section empty, passing and failing, light and dark (one page load per language:
 * the theme is switched in place, as Starlight's own picker does).
 */
import { expect, test, type Page } from '@playwright/test';
import { problemText } from '../../src/core/check/messages.ts';
import { runSetupCheck } from '../../src/core/check/run.ts';
import { BOUNDARY, correctFixtures, FIXTURE_EXTERNAL_ID, FIXTURE_FILES, fixtureInputs, MISTAKES, modelFor, pasted, setBoundary, setTags, TAGS, type Fixtures } from '../unit/check/mistakes.ts';
import { EXTERNAL_ID_KEY, hydrated, LANGS, SETTINGS, STATE_KEY, violationsBothThemes } from './support/widgets.ts';

const inputs = fixtureInputs();

/** The page holds the fixtures' values and ExternalId (as the values panel and 1-1 store them). */
async function seed(page: Page, extra: Record<string, string> = {}): Promise<void> {
  const values = {
    accountId: inputs.accountId,
    region: inputs.region,
    clusters: inputs.clusters.join('\n'),
    repoPatterns: inputs.repoPatterns.join('\n'),
    repos: inputs.repos.join('\n'),
    ...extra,
  };
  await page.addInitScript(
    ({ stateKey, idKey, values, id }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(stateKey, JSON.stringify({ values, used: {}, checks: {}, fromLink: [] }));
      sessionStorage.setItem(idKey, id);
    },
    { stateKey: STATE_KEY, idKey: EXTERNAL_ID_KEY, values, id: FIXTURE_EXTERNAL_ID },
  );
}

/** Every request the page makes, with its body: the ExternalId must be in none. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(`${request.url()} ${request.postData() ?? ''}`));
  return seen;
}

const root = (page: Page) => page.locator('[data-setup-check]');
const input = (page: Page) => root(page).locator('textarea[name="setupOutput"]');

/** Pastes `text` and waits for the island to say the check is done. */
async function paste(page: Page, text: string): Promise<void> {
  await input(page).fill(text);
  await expect(root(page)).toHaveAttribute('data-result', 'done');
}

/**
 * axe on the widgets in both themes (switched in place): every rule in the light theme, the
 * colour rules in the dark one (the other rules see the same markup in both).
 */
async function axeBothThemes(page: Page, state: string): Promise<void> {
  expect(await violationsBothThemes(page), state).toEqual([]);
}

// Two mistakes whose checks are on different roles and kinds (the unit and CLI tests cover all of them).
const SHOWN = ['require-external-id-unticked', 'policy-on-wrong-role'].map((id) => MISTAKES.find((m) => m.id === id)!);

/** The mistake's fixtures and the problem the core reports for them (what the page must show). */
function failing(mistake: (typeof MISTAKES)[number]): { text: string; problem: { code: string; params: Record<string, string> } } {
  const f: Fixtures = correctFixtures();
  mistake.mutate(f, modelFor(inputs));
  const text = pasted(f);
  const r = runSetupCheck(inputs, text, { vendorAccountId: SETTINGS.vendorAccountId });
  if (!r.ok) throw new Error('fixture does not parse');
  const problem = r.report.results.find((x) => x.id === mistake.check)?.problems.find((p) => p.code === mistake.code);
  if (!problem) throw new Error(`${mistake.id}: core does not report ${mistake.code}`);
  return { text, problem };
}

test.beforeAll(() => {
  // The fixtures are made for the default vendor account of the build.
  expect(SETTINGS.vendorAccountId).toBe(inputs.vendorAccountId);
});

for (const { lang, prefix } of LANGS) {
  test(`setup check (${lang}): empty, passing, failing, clear; axe in light and dark; no ExternalId out`, async ({ page }) => {
    await seed(page);
    const requests = recordRequests(page);
    await page.goto(`${prefix}check-setup/`);
    await hydrated(page);
    await expect(root(page)).toHaveAttribute('data-result', 'empty');
    await expect(input(page)).toBeEnabled();
    await axeBothThemes(page, 'empty');

    // The correct setup: every check passes, every matrix row as expected.
    await paste(page, pasted(correctFixtures()));
    const checks = root(page).locator('[data-check]');
    expect(await checks.count()).toBeGreaterThan(8);
    await expect(root(page).locator('[data-check]:not([data-status="pass"])')).toHaveCount(0);
    await expect(root(page).locator('[data-matrix-row]:not([data-status="pass"])')).toHaveCount(0);
    expect(await root(page).locator('[data-matrix-row]').count()).toBeGreaterThan(6);
    await expect(root(page).locator('.setup-check-results')).not.toContainText(FIXTURE_EXTERNAL_ID);
    await axeBothThemes(page, 'passing');

    // Each shown mistake: its check fails with the exact message of this language, and its fix.
    for (const mistake of SHOWN) {
      const { text, problem } = failing(mistake);
      await paste(page, text);
      const check = root(page).locator(`[data-check="${mistake.check}"]`);
      await expect(check, mistake.id).toHaveAttribute('data-status', 'fail');
      const shown = check.locator(`[data-problem="${mistake.code}"]`);
      const words = problemText(problem, lang);
      await expect(shown).toContainText(words.what);
      await expect(shown).toContainText(words.why);
      await expect(shown).toContainText(words.fix);
      await expect(root(page).locator('.setup-check-results')).not.toContainText(FIXTURE_EXTERNAL_ID);
    }
    await axeBothThemes(page, 'failing');

    // Clear empties the text and the results.
    await root(page).getByRole('button', { name: lang === 'ja' ? '消去' : 'Clear' }).click();
    await expect(input(page)).toHaveValue('');
    await expect(root(page)).toHaveAttribute('data-result', 'empty');
    await expect(root(page).locator('[data-check]')).toHaveCount(0);

    // Nothing pasted was stored; the ExternalId went into no request.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('AssumeRolePolicyDocument');
    for (const request of requests) expect(request).not.toContain(FIXTURE_EXTERNAL_ID);
  });
}

test('setup check: method-b-setup.json through the file picker; a passing check ticks the checklist', async ({ page }) => {
  await seed(page);
  const requests = recordRequests(page);
  // The check runs off the main thread, in a module worker from this origin (CSP script-src 'self').
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/en/check-setup/');
  await hydrated(page);
  // The collection script's object (collect-setup.sh): each output with the command that printed it.
  const fixtures = correctFixtures();
  const file = {
    methodBSetup: 1,
    outputs: FIXTURE_FILES.map((name) => ({ command: name.replace(/\.json$/, ''), output: fixtures[name] })),
    skipped: [],
  };
  await root(page).locator('input[type="file"]').setInputFiles({
    name: 'method-b-setup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file, null, 2)),
  });
  await expect(root(page)).toHaveAttribute('data-result', 'done');
  await expect(input(page)).toHaveValue(/"methodBSetup": 1/);
  await expect(root(page).locator('[data-check]:not([data-status="pass"])')).toHaveCount(0);
  expect(workers).toHaveLength(1);
  expect(new URL(workers[0]!).origin).toBe(new URL(page.url()).origin);
  for (const request of requests) expect(request).not.toContain(FIXTURE_EXTERNAL_ID);

  // The checklist's items about the roles, trust, policies, mapping and RBAC tick themselves.
  await page.goto('/en/checklist/');
  await hydrated(page);
  for (const id of ['roles', 'trust', 'policies', 'mapping', 'rbac']) {
    await expect(page.locator(`[data-checklist-item="${id}"]`), id).toBeChecked();
  }
});

for (const { lang, prefix } of LANGS) {
  test(`setup check (${lang}): the permissions boundary and tags entered in the values panel are checked on both roles`, async ({ page }) => {
    await seed(page, { permissionsBoundary: BOUNDARY, tags: TAGS.join('\n') });
    await page.goto(`${prefix}check-setup/`);
    await hydrated(page);
    const guarded = { ...inputs, permissionsBoundary: BOUNDARY, tags: TAGS };

    // Roles created without them: each of the four checks fails with the core's message.
    const text = pasted(correctFixtures());
    await paste(page, text);
    const r = runSetupCheck(guarded, text, { vendorAccountId: SETTINGS.vendorAccountId });
    if (!r.ok) throw new Error('fixture does not parse');
    for (const id of ['role.repoPusher.boundary', 'role.repoPusher.tags', 'role.eksDeployer.boundary', 'role.eksDeployer.tags']) {
      const problem = r.report.results.find((x) => x.id === id)?.problems[0];
      if (!problem) throw new Error(`core reports nothing for ${id}`);
      const check = root(page).locator(`[data-check="${id}"]`);
      await expect(check, id).toHaveAttribute('data-status', 'fail');
      await expect(check.locator(`[data-problem="${problem.code}"]`)).toContainText(problemText(problem, lang).what);
    }

    // With them set on both roles: everything passes.
    const fixed = correctFixtures();
    setBoundary(fixed, BOUNDARY);
    setTags(fixed, TAGS);
    await paste(page, pasted(fixed));
    await expect(root(page).locator('[data-check="role.eksDeployer.tags"]')).toHaveAttribute('data-status', 'pass');
    await expect(root(page).locator('[data-check]:not([data-status="pass"])')).toHaveCount(0);
  });
}
