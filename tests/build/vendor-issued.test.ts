/**
 * `VENDOR_EXTERNAL_ID_MODE=vendor-issued`: we issue the ExternalId, so no page, checklist item
 * or file in either language may tell the reader to generate one or to send it to us (issue 10).
 * One real build; the wording below is the generate mode's, as the pages write it.
 */
import { describe, expect, test } from 'vitest';
import { buildSite, pagesContaining } from './build-site.ts';

/** Sentences only the generate mode may show (ja, then en). */
const GENERATE_WORDING = [
  'このページの生成ツールで ExternalId を生成します',
  'ご自身で作成する場合は',
  '手順 1-1 で生成します',
  'このサイトがお使いのブラウザ内で生成します',
  '安全な経路で当社へ送ります',
  'ExternalId を、上記とは別の安全な経路で当社へ送った',
  'ExternalId は別経路で送ります',
  'ロール ARN などの情報とは<strong>別の経路で</strong>',
  '新しい値を当社へ送ります',
  'お客様が新たに生成したもの',
  'Generate the ExternalId with the generator on this page',
  'To make one yourself instead',
  'Generated in step 1-1',
  'This site generates it in your browser',
  'send it to us over a secure channel, separately',
  'We have the ExternalId, sent separately',
  'send the ExternalId separately',
  'Send the ExternalId <strong>separately</strong>',
  'Send the new value to us',
  'one you generate',
];

describe('vendor-issued ExternalIds, in both languages', () => {
  const site = buildSite({ VENDOR_EXTERNAL_ID_MODE: 'vendor-issued' });

  test('the build succeeds', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.pages.size).toBeGreaterThan(10);
  });

  for (const wording of GENERATE_WORDING) {
    test(`no page says "${wording}"`, () => {
      expect(pagesContaining(site.pages, wording)).toEqual([]);
    });
  }

  test('the pages that mention sending or generating say the vendor-issued thing instead', () => {
    const page = (path: string) => site.pages.get(path) ?? '';
    expect(page('prerequisites/index.html')).toContain('当社からお送りします');
    expect(page('en/prerequisites/index.html')).toContain('Sent by us');
    expect(page('handoff/index.html')).toContain('当社へ送り返す必要はありません');
    expect(page('en/handoff/index.html')).toContain('no need to send it back');
    expect(page('checklist/index.html')).toContain('当社から受け取った ExternalId を両ロールに設定した');
    expect(page('en/checklist/index.html')).toContain('Both roles require the ExternalId we issued');
    expect(page('roles/index.html')).toContain('当社が ExternalId を発行します');
    expect(page('en/roles/index.html')).toContain('we issue the ExternalId');
    expect(page('faq/index.html')).toContain('当社が新たに発行したもの');
    expect(page('en/faq/index.html')).toContain('one we issue');
  });
});
