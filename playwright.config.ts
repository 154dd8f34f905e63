import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright's own browser when installed, otherwise the system Chromium (Debian's chromium package).
const systemChromium = '/usr/bin/chromium';
const appUrl = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 4173}`;
const useSystemChromium = !process.env.PLAYWRIGHT_BROWSERS_PATH && existsSync(systemChromium);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: appUrl,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: useSystemChromium
      ? {
          executablePath: systemChromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        }
      : {},
  },
  projects: [
    { name: 'sign-in', testMatch: /\.setup\.ts$/ },
    { name: 'journeys', testMatch: /\.spec\.ts$/, dependencies: ['sign-in'] },
  ],
  webServer: {
    // The built app against the local stack with demo data, started afresh for the run.
    command: 'tsx e2e/support/serve.ts',
    url: appUrl,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
