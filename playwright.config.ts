import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

// Browser: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.E2E_PORT ?? 4321);
// One worker (one Chromium) per core the machine gives us; E2E_WORKERS overrides.
const workers = Number(process.env.E2E_WORKERS) || Math.max(1, Math.min(availableParallelism(), 8));

export default defineConfig({
  testDir: 'e2e',
  // Budgets that hold on a loaded 2-core runner, where a page load and an axe run can take several
  // times longer than on an idle one. Speed is measured in `npm run bench`, not failed on here.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording a trace of every test costs about a seventh of the suite's time; E2E_TRACE=1 records
    // them again (kept for failures) when a failure needs one.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    // The offline worker would save ~400 files in every test that stays 3 s on a page; only
    // e2e/offline.spec.ts, which tests it, lets it register.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs ${port}`,
    url: `http://localhost:${port}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
