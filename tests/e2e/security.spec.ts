/** Content-Security-Policy, security headers, and nothing leaving the site. */
import { test, expect, type Page } from '@playwright/test';
import { hydrated, only404Noise, sitemapPaths, watch, type Watch } from './support.ts';

test('every page carries a strict CSP (meta and header) and the security headers', async ({ request }) => {
  for (const path of [...(await sitemapPaths(request)), '/result/v1-2031/', '/no-such-page/']) {
    const res = await request.get(path);
    const html = await res.text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const header = res.headers()['content-security-policy'] ?? '';
    for (const policy of [meta, header]) {
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc, path).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(policy, path).toMatch(/object-src 'none'/);
      expect(policy, path).toMatch(/base-uri 'none'/);
      expect(policy, path).toMatch(/form-action 'self'/);
      expect(policy, path).toMatch(/default-src 'self'/);
      expect(/style-src([^;]*)/.exec(policy)?.[1] ?? '', path).not.toMatch(/unsafe-inline/);
    }
    expect(header, path).toMatch(/frame-ancestors 'none'/);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['referrer-policy']).toBe('no-referrer');
    expect(res.headers()['permissions-policy']).toContain('camera=()');
    expect(res.headers()['strict-transport-security']).toContain('max-age=');
    expect(html, path).not.toMatch(/\sstyle="/);
  }
});

test('hashed assets are cached for a year; pages are not', async ({ request, page }) => {
  await page.goto('/quiz/');
  const asset = await page.locator('link[rel=stylesheet]').first().getAttribute('href');
  expect(asset).toMatch(/^\/_astro\//);
  expect((await request.get(asset!)).headers()['cache-control']).toContain('immutable');
  expect((await request.get('/quiz/')).headers()['cache-control'] ?? '').not.toContain('immutable');
});

/** Records CSP violations (with the page they happened on) besides what watch() records. Call before navigating. */
async function watchPolicy(page: Page, origin: string): Promise<{ violations: string[]; w: Watch }> {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  return { violations, w: await watch(page, origin) };
}

// The sitemap's pages are checked in site.spec.ts (watch() reports CSP violations as console errors
// there); these are the pages reached only by a link.
for (const path of [
  '/result/v1-2031/',
  '/team/compare/#r=r1-2031',
  '/result/v1-9/',
  '/team/rate/#ask=collector&to=Sam%20Lee&team=EMEA',
  '/team/collect/#r=r2-1021-aaaaaw',
]) {
  test(`${path} triggers no CSP violation, console error or request to another origin`, async ({ page, baseURL }) => {
    const { violations, w } = await watchPolicy(page, new URL(baseURL as string).origin);
    // goto waits for the load event, by which the module scripts have run; islands hydrate after.
    await page.goto(path);
    await hydrated(page);
    expect(violations).toEqual([]);
    expect(only404Noise(w.errors)).toEqual([]);
    expect(w.foreign).toEqual([]);
  });
}

test('starting the check and answering a statement triggers no CSP violation or console error', async ({ page, baseURL }) => {
  const { violations, w } = await watchPolicy(page, new URL(baseURL as string).origin);
  await page.goto('/quiz/');
  await hydrated(page);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await expect(page.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(page.locator('#progress-label')).toHaveText(/^Statement 2 of/);
  expect(violations).toEqual([]);
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test('query strings and fragments from outside are never rendered as markup', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  const evil = encodeURIComponent('<img src=x onerror=window.__pwned=1>');
  for (const path of [
    `/quiz/?q=${evil}`,
    `/team/compare/?x=${evil}#r=${evil}`,
    `/result/${evil}/`,
    `/quiz/history/#${evil}`,
    `/team/rate/#ask=collector&to=${evil}&team=${evil}`,
    `/team/collect/#r=${evil}`,
  ]) {
    await page.goto(path);
    await hydrated(page);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  }
  expect(w.foreign).toEqual([]);
});
