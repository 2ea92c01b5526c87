/**
 * Runs setup checks for the island: in a module worker when the browser can start one, else on
 * the main thread after the next frame (so the pasted text shows first). Latest wins: a check
 * asked for while another runs replaces any waiting one, and a stale answer is dropped.
 */
import type { RunResult } from '../../core/check/run.ts';
import type { GuideInputs } from '../../core/types.ts';

/** What the worker is asked. */
export interface CheckRequest {
  seq: number;
  inputs: GuideInputs;
  text: string;
  vendorAccountId: string;
}

/** What the worker answers (null: the check threw, which the parser's limits should prevent). */
export interface CheckResponse {
  seq: number;
  result: RunResult | null;
}

/** A checker: `check` answers `done` with the newest request's result only. */
export interface SetupCheckRunner {
  check(inputs: GuideInputs, text: string, vendorAccountId: string): void;
  /** Drops any answer still to come (the text was cleared). */
  cancel(): void;
  dispose(): void;
}

// The checker's code (src/core/check/) is in the worker's bundle; the page loads it only when
// it must check on the main thread (a browser or policy that refuses the worker), so the page
// itself carries none of it (issue 8's JavaScript budget).
async function onMainThread(request: CheckRequest): Promise<CheckResponse> {
  try {
    const { runSetupCheck } = await import('../../core/check/run.ts');
    return { seq: request.seq, result: runSetupCheck(request.inputs, request.text, { vendorAccountId: request.vendorAccountId }) };
  } catch {
    return { seq: request.seq, result: null };
  }
}

/** A runner calling `done` with each newest result. */
export function createRunner(done: (result: RunResult | null) => void): SetupCheckRunner {
  let seq = 0;
  let worker: Worker | null = null;
  let busy = false;
  let waiting: CheckRequest | null = null;
  let useWorker = true;

  const answer = (response: CheckResponse) => {
    busy = false;
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next);
    } else if (response.seq === seq) {
      done(response.result);
    }
  };

  const fallback = (request: CheckRequest) => {
    requestAnimationFrame(() => setTimeout(() => void onMainThread(request).then(answer), 0));
  };

  function send(request: CheckRequest): void {
    busy = true;
    if (worker === null && typeof Worker !== 'undefined') {
      try {
        worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
        worker.onmessage = (event: MessageEvent<CheckResponse>) => answer(event.data);
        worker.onerror = () => {
          // A browser or policy that refuses the worker: check here instead, from now on.
          worker?.terminate();
          worker = null;
          useWorker = false;
          fallback(request);
        };
      } catch {
        useWorker = false;
      }
    }
    if (worker && useWorker) worker.postMessage(request);
    else fallback(request);
  }

  return {
    check(inputs, text, vendorAccountId) {
      seq += 1;
      const request: CheckRequest = { seq, inputs, text, vendorAccountId };
      if (busy) waiting = request;
      else send(request);
    },
    cancel() {
      seq += 1;
      waiting = null;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      seq += 1;
    },
  };
}
