/**
 * Where the field's own validators that are not npm packages live: `cfn-lint` (AWS's
 * CloudFormation linter, Python). Shared by `ensure-validators.ts`, which installs it when
 * missing, and the validator tests, which run it.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The cfn-lint version `npm test` installs when none is found (the one the tests were written against). */
export const CFN_LINT_VERSION = '1.51.0';

/** The project-local folder validators are installed into (inside node_modules, so `npm ci` starts it afresh). */
export function validatorsCache(env: NodeJS.ProcessEnv = process.env): string {
  return env['VALIDATORS_CACHE'] ?? resolve(fileURLToPath(new URL('..', import.meta.url)), 'node_modules', '.cache', 'validators');
}

/** The virtual environment's folder inside the cache. */
export function venvDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(validatorsCache(env), 'venv');
}

/**
 * How to run cfn-lint here, with what its `--version` printed, or undefined: the project's own
 * installation first, then the PATH, a pyenv shim (CI may run with a PATH without it), or a
 * Python module. The version comes from the same probe: each cfn-lint start costs seconds.
 */
export function probeCfnLint(env: NodeJS.ProcessEnv = process.env): { command: [string, ...string[]]; version: string } | undefined {
  const candidates: [string, ...string[]][] = [[join(venvDir(env), 'bin', 'cfn-lint')], ['cfn-lint']];
  const pyenv = env['PYENV_ROOT'] ?? (env['HOME'] ? join(env['HOME'], '.pyenv') : undefined);
  if (pyenv) candidates.push([join(pyenv, 'shims', 'cfn-lint')]);
  candidates.push(['python3', '-m', 'cfnlint']);
  for (const candidate of candidates) {
    const probe = spawnSync(candidate[0], [...candidate.slice(1), '--version'], { encoding: 'utf8', env, timeout: 60_000 });
    if (!probe.error && probe.status === 0) return { command: candidate, version: probe.stdout };
  }
  return undefined;
}

/** How to run cfn-lint here, or undefined ({@link probeCfnLint} without the version). */
export function findCfnLint(env: NodeJS.ProcessEnv = process.env): [string, ...string[]] | undefined {
  return probeCfnLint(env)?.command;
}
