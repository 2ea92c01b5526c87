import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findTestChromium } from './scripts/browser.ts';

// E2E_PORT lets several checkouts run their suites side by side on one machine.
const port = Number(process.env['E2E_PORT'] ?? 4322);
/** Port of the server that also sends the CSP as a response header. */
export const cspPort = port + 1;
const executablePath = findTestChromium();

/** End-to-end tests: the production build in `dist/`, served statically, in real Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve-dist.ts --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      // The same build, with the `_headers` file's CSP and security headers sent as response
      // headers, as a host that can set headers would (see tests/e2e/csp.spec.ts).
      command: `node scripts/serve-dist.ts --port ${cspPort} --headers dist/_headers`,
      url: `http://127.0.0.1:${cspPort}/`,
      reuseExistingServer: false,
    },
  ],
});
