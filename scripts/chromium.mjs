// @ts-check
/**
 * How every tool here launches Chromium: Debian's by default (Playwright's own browsers cannot be
 * downloaded on every machine); CHROMIUM_PATH points at another build. The flags keep a headless run
 * quiet and offline: as root Chromium needs --no-sandbox, and even with background networking off it
 * looks up Google hosts, which the resolver rule turns into instant failures.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
