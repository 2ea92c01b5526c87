/**
 * Finds a Chromium for the end-to-end tests. Playwright cannot download its own browser on
 * every machine (closed networks), so we use whichever Chromium/Chrome is installed.
 */
import { existsSync } from 'node:fs';

/** Places a Chromium or Chrome binary is commonly installed, in order of preference. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Path of a usable Chromium: `CHROMIUM_PATH` if set, else an installed one, else undefined
 * (Playwright then tries its own downloaded browser). This is the whole browser, which the
 * bench and Lighthouse measure: it is what readers run.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Where Debian's `chromium-headless-shell` package puts Chromium's headless shell: the same
 * Blink and V8 as `chromium`, of the same version, without the browser's UI.
 */
export const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/** The headless shell, if it is installed. */
export function findHeadlessShell(): string | undefined {
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : undefined;
}

/**
 * The browser for the end-to-end tests: `CHROMIUM_PATH` if set, else the headless shell, else
 * the whole browser. Why the shell: it is what Playwright itself runs for headless tests, and
 * the whole browser in headless mode also starts its tab UI's WebUI renderer for every test's
 * new context (measured: the suite took 8.1 min with it, 5.3 min with the shell, same tests).
 * Lighthouse's checks keep the whole browser (`findChromium`).
 */
export function findTestChromium(): string | undefined {
  return process.env['CHROMIUM_PATH'] || findHeadlessShell() || findChromium();
}

/**
 * Flags for a quiet headless Chromium on a closed network: without them Chromium keeps
 * trying to reach Google's services at start-up.
 */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
];
