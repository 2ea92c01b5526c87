/**
 * The setup check off the main thread: a pasted 2 MB output takes tens of milliseconds to
 * parse and check, which would freeze typing. A module worker built from this origin
 * (`script-src 'self'` covers it: `worker-src` falls back to `script-src`). It receives the
 * values and the text by `postMessage` (inside the browser, no request) and keeps nothing.
 */
import { runSetupCheck } from '../../core/check/run.ts';
import type { CheckRequest, CheckResponse } from './runner.ts';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { seq, inputs, text, vendorAccountId } = event.data;
  let response: CheckResponse;
  try {
    response = { seq, result: runSetupCheck(inputs, text, { vendorAccountId }) };
  } catch {
    // The parser is bounded and total; this is the last guard, never a crash of the page.
    response = { seq, result: null };
  }
  self.postMessage(response);
};
