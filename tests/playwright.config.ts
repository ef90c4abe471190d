import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Browser tests run against the built site (`npm run build` first), served by
 * `astro preview` as a static host would. They use the system's Chromium:
 * Playwright's own browser download is not available on our machines.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}
const port = Number(process.env.PREVIEW_PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      // Chromium's background services call Google's hosts; our network is closed and our tests count requests.
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    // --ignore-lock: Astro 7 otherwise refuses to start while the reader's own
    // `npm start` preview is running, and would not stop it for us either.
    command: `node node_modules/astro/bin/astro.mjs preview --port ${port} --ignore-lock`,
    cwd: '..',
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
