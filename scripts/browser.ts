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
 * (Playwright then tries its own downloaded browser).
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
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
