/**
 * What the pages say in each ExternalId mode (ja, then en), as the pages write it: the
 * generate mode's sentences, which a `vendor-issued` build must not show, and the
 * vendor-issued sentences it must show, by page. Used by the all-options build test.
 */

/** Sentences only the generate mode may show (ja, then en). */
export const GENERATE_WORDING = [
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
  '1-1 で生成した',
  '1-1 で作成した',
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
  'The ExternalId you generated in',
  'the ExternalId you generated in 1-1',
];

/** Page → a sentence only the vendor-issued mode shows there. */
export const VENDOR_ISSUED_WORDING: ReadonlyArray<readonly [path: string, wording: string]> = [
  ['prerequisites/index.html', '当社からお送りします'],
  ['en/prerequisites/index.html', 'Sent by us'],
  ['handoff/index.html', '当社へ送り返す必要はありません'],
  ['en/handoff/index.html', 'no need to send it back'],
  ['checklist/index.html', '当社から受け取った ExternalId を両ロールに設定した'],
  ['en/checklist/index.html', 'Both roles require the ExternalId we issued'],
  ['roles/index.html', '当社が ExternalId を発行します'],
  ['en/roles/index.html', 'we issue the ExternalId'],
  // Step 1-1 asks to paste our ID instead of generating one.
  ['roles/index.html', '当社から安全な手段でお送りした ExternalId'],
  ['en/roles/index.html', 'Paste the ExternalId we sent you'],
  ['cloudformation/index.html', '当社から受け取った ExternalId'],
  ['en/cloudformation/index.html', 'The ExternalId we issued you'],
  ['faq/index.html', '当社が新たに発行したもの'],
  ['en/faq/index.html', 'one we issue'],
];
