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

/** Installs Debian packages non-interactively; false (with the reason printed) if apt fails. */
function aptInstall(packages: string[]): boolean {
  console.log(`Installing Debian's ${packages.map((p) => `"${p}"`).join(' and ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    return true;
  } catch (error) {
    console.warn(`apt-get could not install ${packages.join(', ')}: ${(error as Error).message}`);
    return false;
  }
}

// The whole browser is required (Lighthouse's checks run it). The headless shell is what the
// other end-to-end tests prefer (scripts/browser.ts, findTestChromium): installed alongside
// where we can, else the tests run in the whole browser, only slower.
let full = findChromium() ?? playwrightBrowser();
if (canApt && !process.env['CHROMIUM_PATH']) {
  const missing = [...(full ? [] : ['chromium']), ...(findHeadlessShell() ? [] : ['chromium-headless-shell'])];
  if (missing.length > 0 && !aptInstall(missing) && !full && missing.length > 1) aptInstall(['chromium']);
  full ??= findChromium();
}
if (full) {
  console.log(`e2e browser: ${findTestChromium() ?? full}${findHeadlessShell() ? '' : ' (no headless shell: slower)'}`);
  if (findTestChromium() !== full) console.log(`Lighthouse browser: ${full}`);
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
