/**
 * Makes sure the validator tests have `cfn-lint`, like `ensure-browser.ts` does for Chromium:
 * an installed one; else the pinned version installed into a project-local virtual
 * environment (`python3 -m venv`, then `pip install cfn-lint==…`); else, on a Debian machine
 * where we are root, Debian's `cfn-lint` package when the archive has one. Otherwise it stops
 * and says how to get it. pip is told to fail fast (no retries, 10 s timeout) so that a
 * machine without access to PyPI gets the message in seconds, not minutes.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CFN_LINT_VERSION, findCfnLint, validatorsCache, venvDir } from './validators.ts';

const env = process.env;
const run = (cmd: string, args: string[], opts: SpawnSyncOptions = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env, timeout: 300_000, ...opts });

function report(found: string[]): never {
  console.log(`cfn-lint: ${found.join(' ')}`);
  process.exit(0);
}

const found = findCfnLint(env);
if (found) report(found);

// 1. The pinned version from PyPI into node_modules/.cache/validators/venv.
const venv = venvDir(env);
console.log(`cfn-lint not found: installing cfn-lint==${CFN_LINT_VERSION} into ${venv} (python3 -m venv, pip)…`);
mkdirSync(validatorsCache(env), { recursive: true });
if (!existsSync(join(venv, 'bin', 'pip'))) {
  rmSync(venv, { recursive: true, force: true });
  run('python3', ['-m', 'venv', venv]);
}
if (existsSync(join(venv, 'bin', 'pip'))) {
  const pip = run(join(venv, 'bin', 'pip'), [
    'install', '--quiet', '--disable-pip-version-check', '--retries', '0', '--timeout', '10', `cfn-lint==${CFN_LINT_VERSION}`,
  ]);
  if (pip.status === 0) {
    const installed = findCfnLint(env);
    if (installed) report(installed);
  }
}

// 2. Debian's package, as root, when the archive has one (Debian 12 has none).
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  const candidate = () =>
    /Candidate: (?!\(none\))\S+/.test(spawnSync('apt-cache', ['policy', 'cfn-lint'], { encoding: 'utf8', env }).stdout ?? '');
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  // Refresh the package lists only when they are older than a day (an update takes half a minute).
  const lists = '/var/lib/apt/lists';
  const stale = !existsSync(lists) || Date.now() - statSync(lists).mtimeMs > 86_400_000;
  if (!candidate() && stale) run('apt-get', ['update', '-qq'], { env: aptEnv });
  if (candidate()) {
    console.log('Installing Debian\'s "cfn-lint" package (apt-get)…');
    run('apt-get', ['install', '-y', '-qq', 'cfn-lint'], { env: aptEnv });
    const installed = findCfnLint(env);
    if (installed) report(installed);
  }
}

console.error(
  [
    `cfn-lint (AWS's CloudFormation linter) is needed by the validator tests and could not be installed here`,
    `(pip could not reach PyPI, and no Debian package was available). Get it, then run npm test again:`,
    `  - with Python 3 and internet access: pip install cfn-lint==${CFN_LINT_VERSION}  (or pipx install cfn-lint)`,
    `  - a system package where your distribution has one (apt-get install cfn-lint), or on macOS: brew install cfn-lint`,
    `npm test also installs it by itself into ${venv} once PyPI is reachable.`,
  ].join('\n'),
);
process.exit(1);
