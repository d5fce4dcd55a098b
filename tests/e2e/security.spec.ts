/** Content-Security-Policy, security headers, and nothing leaving the site. */
import { test, expect } from '@playwright/test';
import { sitemapPaths, watch } from './support.ts';

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

test('no page or flow triggers a CSP violation, a console error or a request to another origin', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const w = await watch(page, new URL(baseURL as string).origin);
  for (const path of [...(await sitemapPaths(request)), '/result/v1-2031/', '/team/rate/', '/team/compare/#r=r1-2031', '/quiz/history/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // The interactive flows: start the check and answer one statement; open a damaged link.
  await page.goto('/quiz/');
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await page.goto('/result/v1-9/');
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
  expect(w.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  expect(w.foreign).toEqual([]);
});

test('query strings and fragments from outside are never rendered as markup', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  const evil = encodeURIComponent('<img src=x onerror=window.__pwned=1>');
  for (const path of [`/quiz/?q=${evil}`, `/team/compare/?x=${evil}#r=${evil}`, `/result/${evil}/`, `/quiz/history/#${evil}`]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('img[src=x]')).toHaveCount(0);
  }
  expect(w.foreign).toEqual([]);
});
