import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 5199);
const dataDir = process.env.E2E_DATA_DIR ?? `/tmp/scenewright-e2e-${process.pid}`;

/** Debian's Chromium; flags keep it off the (closed) network so it does not hang. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // A test that needs a retry is a failing test: no retries, locally or on CI.
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    // The UI follows the browser's language; the specs read English unless they switch.
    locale: 'en-US',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/start.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SIM_RENDER_MS: process.env.SIM_RENDER_MS ?? '6000',
      // job-centre.spec: a render frozen by x-sim-fault turns stalled within seconds.
      JOB_STALL_MS: '8000',
      E2E_FRESH_DATA: '1',
      LOG_LEVEL: 'warn',
    },
  },
});
