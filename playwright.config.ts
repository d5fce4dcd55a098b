import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * Browser tests run against the built site (`dist/`) served by scripts/serve.mjs, which behaves like
 * a static host (404 page with status 404, the _headers file applied).
 * Chromium as scripts/chromium.mjs says (Debian's, or CHROMIUM_PATH).
 *
 * The `pseudo` project (tests/e2e/pseudo-locale.spec.ts) runs against the pseudo-locale build,
 * `dist-pseudo/` (written by `npm run test:pseudo`, which `npm test` runs first), served the same way
 * on the next port (PSEUDO_PORT). Without that build its server is left out, so the other tests still
 * run, and the pseudo test fails saying what to build.
 */
const PORT = Number(process.env.PORT ?? 4329);
const PSEUDO_PORT = Number(process.env.PSEUDO_PORT ?? PORT + 1);
const PSEUDO_DIST = 'dist-pseudo';
const PSEUDO_SPEC = 'pseudo-locale.spec.ts';
const server = (port: number, dist: string) => ({
  command: `node scripts/serve.mjs`,
  env: { PORT: String(port), DIST: dist },
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Limits with room for a slower 2-core machine under load: the longest test takes about 5.5 s here
  // when idle (the full-motion keyboard walk through all 20 statements), so 60 s is ten times that; an
  // expectation waits for a condition that takes well under a second idle. Waits are for
  // conditions, never delays; a test reaches its state directly unless the path is what it tests.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // As a reader who asked for less motion: no entrance animations, no smooth scrolling, so clicks
    // and axe need not wait for them. The tests about the full-motion path opt back in.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: PSEUDO_SPEC },
    {
      name: 'pseudo',
      testMatch: PSEUDO_SPEC,
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PSEUDO_PORT}` },
    },
  ],
  webServer: [server(PORT, 'dist'), ...(existsSync(`${PSEUDO_DIST}/index.html`) ? [server(PSEUDO_PORT, PSEUDO_DIST)] : [])],
});
