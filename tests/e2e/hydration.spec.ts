/**
 * Islands hydrate against what the server rendered, whatever the reader's browser holds.
 *
 * The static HTML shows the vendor's defaults; stored values, a link, an ExternalId another tab
 * remembered, a rotation in progress or storage that refuses writes are read only in the
 * browser. Each island must first render what the server rendered (its stores' server
 * snapshots, src/stores/guide.ts), then the reader's state. A store without a snapshot answers
 * its current value instead, and React then reports a hydration mismatch (minified error #418)
 * and throws the server's HTML away: found for the ExternalId conflict notice (`/roles/`,
 * `/handoff/`) and the Launch Stack block with a link's values. React's report is a console
 * error, so a page that loads without one hydrated cleanly.
 */
import { expect, test, type Page } from '@playwright/test';
import { PERSONALISED, STATE_KEY, EXTERNAL_ID_KEY } from './support/widgets.ts';
import { settle, watchPage } from './support/site.ts';
import { PREVIOUS_EXTERNAL_ID_KEY } from '../../src/stores/rotation.ts';

const MINE = `vnd-${'A'.repeat(32)}`;
const OTHER_TAB = `vnd-${'B'.repeat(32)}`;
const PREVIOUS = `vnd-${'P'.repeat(32)}`;

/** What the reader's browser holds before the page loads, set on a page of the same origin. */
const STATES: Record<string, { setup?: (page: Page) => Promise<unknown>; query?: string }> = {
  'stored values, ticks and a remembered ExternalId': {
    setup: (page) =>
      page.evaluate(
        ([stateKey, idKey, id]) => {
          localStorage.setItem(
            stateKey!,
            JSON.stringify({
              values: { accountId: '210987654321', region: 'eu-west-1', clusters: 'c-one\nc-two', tags: 'team=apps', permissionsBoundary: 'arn:aws:iam::210987654321:policy/Boundary' },
              used: { 'externalId.copied': true },
              checks: { roles: true },
              fromLink: [],
            }),
          );
          localStorage.setItem(idKey!, id!);
        },
        [STATE_KEY, EXTERNAL_ID_KEY, MINE],
      ),
  },
  'an ExternalId that another tab remembered (the conflict notice)': {
    setup: (page) =>
      page.evaluate(
        ([idKey, mine, theirs]) => {
          sessionStorage.setItem(idKey!, mine!);
          localStorage.setItem(idKey!, theirs!);
        },
        [EXTERNAL_ID_KEY, MINE, OTHER_TAB],
      ),
  },
  'a rotation in progress': {
    setup: (page) =>
      page.evaluate(
        ([idKey, previousKey, mine, previous]) => {
          sessionStorage.setItem(idKey!, mine!);
          sessionStorage.setItem(previousKey!, previous!);
        },
        [EXTERNAL_ID_KEY, PREVIOUS_EXTERNAL_ID_KEY, MINE, PREVIOUS],
      ),
  },
  "a link's values": { query: '?accountId=123456789012&region=eu-west-1&clusters=from-link' },
  // Only the guide's own keys: Starlight's theme picker writes its choice without a try, so a
  // storage that refuses everything also shows its uncaught error (not ours, not a mismatch).
  'storage that refuses the guide\'s writes': {
    setup: (page) =>
      page.addInitScript(() => {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function refuse(this: Storage, key: string, value: string) {
          if (key.startsWith('method-b-guide:')) throw new DOMException('full', 'QuotaExceededError');
          setItem.call(this, key, value);
        };
      }),
  },
};

for (const [state, { setup, query = '' }] of Object.entries(STATES)) {
  test(`with ${state}, every widget page hydrates without a mismatch`, async ({ page }) => {
    test.setTimeout(120_000);
    // The storage is set on a page of the site without islands (the 404 page), before any island reads it.
    await page.goto('/404.html');
    await setup?.(page);
    const watch = watchPage(page);
    for (const slug of PERSONALISED) {
      await page.goto(`/${slug}${query}`);
      await settle(page, watch);
      expect(watch.errors, slug).toEqual([]);
    }
  });
}
