/**
 * Makes sure the end-to-end tests have a Chromium: an installed one, Playwright's own, or —
 * on a Debian machine where we are root — Debian's `chromium` package, installed here.
 * Otherwise it stops and says how to get one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './browser.ts';

function playwrightBrowser(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const found = findChromium() ?? playwrightBrowser();
if (found) {
  console.log(`e2e browser: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (installed) {
    console.log(`e2e browser: ${installed}`);
    process.exit(0);
  }
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
