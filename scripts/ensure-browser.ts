/**
 * Makes sure the end-to-end tests have a Chromium: an installed one, Playwright's own, or —
 * on a Debian machine where we are root — Debian's `chromium` package, installed here, with
 * its `chromium-headless-shell` (the faster browser for the tests that are not Lighthouse).
 * Otherwise it stops and says how to get one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, findHeadlessShell, findTestChromium } from './browser.ts';

function playwrightBrowser(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && existsSync('/usr/bin/apt-get');

const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };

/** Runs apt-get with `args`; false (with the reason printed) if it fails. */
function apt(args: string[]): boolean {
  try {
    execFileSync('apt-get', ['-qq', ...args], { stdio: 'inherit', env });
    return true;
  } catch (error) {
    console.warn(`apt-get ${args.join(' ')} failed: ${(error as Error).message}`);
    return false;
  }
}

/** Whether the package lists already offer `name` (apt-cache reads them locally, no network). */
function aptHas(name: string): boolean {
  try {
    const policy = execFileSync('apt-cache', ['policy', name], { encoding: 'utf8', env });
    return /Candidate: (?!\(none\))/.test(policy);
  } catch {
    return false;
  }
}

// The whole browser is required (Lighthouse's checks run it). The headless shell is what the
// other end-to-end tests prefer (scripts/browser.ts, findTestChromium): installed beside it where
// the archive has it, else the tests run in the whole browser, only slower. A machine that already
// has a browser never waits for `apt-get update`: the shell is installed only when the lists
// already offer it (one quick install, once).
const fromEnv = Boolean(process.env['CHROMIUM_PATH']);
let full = findChromium() ?? playwrightBrowser();
if (canApt && !fromEnv) {
  const shell = 'chromium-headless-shell';
  if (!full) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
    if (apt(['update'])) apt(['install', '-y', 'chromium', ...(aptHas(shell) ? [shell] : [])]);
    full = findChromium();
  } else if (!findHeadlessShell() && aptHas(shell)) {
    console.log(`Installing Debian's "${shell}" for the end-to-end tests (apt-get)…`);
    apt(['install', '-y', shell]);
  }
}
if (full) {
  const test = findTestChromium() ?? full;
  const slower = !fromEnv && !findHeadlessShell() ? ' (no headless shell: slower)' : '';
  console.log(`e2e browser: ${test}${slower}`);
  const lighthouse = findChromium();
  if (lighthouse && lighthouse !== test) console.log(`Lighthouse browser: ${lighthouse}`);
  process.exit(0);
}

console.error(
  [
    'No Chromium or Chrome found for the end-to-end tests. Get one of these, then run npm test again:',
    '  - Debian/Ubuntu: sudo apt-get install -y chromium',
    '  - macOS: install Google Chrome, or: npx playwright install chromium',
    '  - anywhere with internet access: npx playwright install chromium',
    '  - or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  ].join('\n'),
);
process.exit(1);
