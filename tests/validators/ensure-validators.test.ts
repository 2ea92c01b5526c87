/**
 * `scripts/ensure-validators.ts` for real: on a PATH without cfn-lint, with an empty HOME and
 * cache, it either installs the pinned cfn-lint into the project-local environment (and
 * that one runs) or stops quickly with a message saying how to get it, exit status 1.
 * (This machine cannot reach PyPI and Debian 12 has no cfn-lint package, so here it is the
 * message; with PyPI reachable the install branch runs.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CFN_LINT_VERSION, findCfnLint } from '../../scripts/validators.ts';

const script = fileURLToPath(new URL('../../scripts/ensure-validators.ts', import.meta.url));
const home = mkdtempSync(join(tmpdir(), 'ensure-validators-'));
// The folder holds the virtual environment the script created (pip's 1,700 files): removing it
// took more than Vitest's 10 s hook limit on a loaded machine (a failed run), hence the longer limit.
afterAll(() => rm(home, { recursive: true, force: true }), 120_000);

describe('ensure-validators', () => {
  it('finds the installed cfn-lint and says which', () => {
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^cfn-lint: /m);
  });

  it('without cfn-lint: installs the pinned version, or stops quickly saying how to get it', () => {
    const env = { PATH: '/usr/bin:/bin', HOME: home, VALIDATORS_CACHE: join(home, 'cache') };
    // The premise: nothing on this PATH / HOME finds a cfn-lint.
    expect(findCfnLint(env)).toBeUndefined();
    const started = Date.now();
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', env, timeout: 180_000 });
    const seconds = (Date.now() - started) / 1000;
    expect(r.error).toBeUndefined();
    expect(r.stdout).toContain(`installing cfn-lint==${CFN_LINT_VERSION}`);
    if (r.status === 0) {
      expect(findCfnLint(env)?.[0]).toBe(join(home, 'cache', 'venv', 'bin', 'cfn-lint'));
    } else {
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`pip install cfn-lint==${CFN_LINT_VERSION}`);
      expect(r.stderr).toContain('then run npm test again');
      console.log(`ensure-validators without cfn-lint: message after ${seconds.toFixed(1)} s`);
      // "Quickly": well below what pip's defaults would hang for (5 retries × 15 s per attempt)
      // plus the rest. The honest cost is the venv with its pip (CPU-bound: 10–60 s), pip's one
      // 10 s attempt and a day-old apt list's refresh (~30 s): 94 s was seen with 3 test
      // workers on 2 busy cores, so the bound allows for a loaded CI machine.
      expect(seconds).toBeLessThan(150);
    }
  }, 200_000);
});
