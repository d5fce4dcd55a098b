/** Result links: the same numbers with JS off, link previews, damaged links, axe. */
import { readFileSync, existsSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { allResults, encodeResult } from '../../src/lib/result-code.ts';
import { describeResult } from '../../src/lib/scoring.ts';
import { current, expectNoA11yViolations, only404Noise, v1, watch } from './support.ts';
import { expected, expectResult, expectResultIn, openQuizAfter } from './quiz-helpers.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test('a finished check’s link opens with JavaScript off and shows the same result', async ({ page, browser }) => {
  await openQuizAfter(page, current.items.length);
  await expectResult(page);
  const link = await page.getByRole('textbox', { name: 'Link to this result' }).inputValue();
  expect(new URL(link).pathname).toBe(`/result/${encodeResult(expected.result)}/`);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const fresh = await context.newPage();
  const res = await fresh.goto(link);
  expect(res?.status()).toBe(200);
  const result = fresh.locator('[data-result-code]');
  await expectResultIn(result, expected);
  for (const d of expected.dimensions) if (d.advice) await expect(result.getByText(d.advice.text)).toBeVisible();
  // The note as written up to its first count (the counts are filled in at build).
  await expect(fresh.getByText(current.selfReportNote.split('{')[0]!)).toBeVisible();
  await expect(fresh.getByRole('link', { name: 'Take the check' }).last()).toHaveAttribute('href', '/quiz/');
  await context.close();
});

test('result pages carry noindex and their own preview: title, description, a 1200×630 image that exists', async ({ page }) => {
  const all = allResults(v1.version, { dimensions: v1.dimensions.length, levels: v1.bands.length });
  const sample = [all[0], all[all.length - 1], all[123], all[400], all[77]].map((r) => describeResult(v1, r!));
  const images = new Set<string>();
  for (const view of sample) {
    const code = encodeResult(view.result);
    await page.goto(`/result/${code}/`);
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
    const title = await page.locator('meta[property="og:title"]').getAttribute('content');
    expect(title).toBe(`Mini-Me Index ${view.index}: ${view.indexBand!.name}`);
    const description = (await page.locator('meta[property="og:description"]').getAttribute('content')) ?? '';
    for (const d of view.dimensions) expect(description).toContain(`${d.dimension.short}: ${d.band!.name}`);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const image = new URL((await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '').pathname;
    expect(image).toBe(`/og/result/${code}.png`);
    const file = `dist${image}`;
    expect(existsSync(file), file).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    images.add(readFileSync(file).toString('base64').slice(-200));
    const served = await page.request.get(image);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');
  }
  expect(images.size, 'each result has its own image').toBe(sample.length);
});

const damaged = [
  'v1-203',
  'v1-20311',
  'v1-2051',
  'v1-9999',
  'v2-2031',
  'v0-2031',
  'v01-2031',
  'V1-2031',
  'v1_2031',
  'v1-20a1',
  'v1--2031',
  'v1-',
  'x',
  'r1-2031',
  '%20v1-2031',
  'v1-2031%2F',
  'v1-2031%2Fextra',
  '..%2F..%2Fetc',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  'v1-2031/extra',
  `v1-${'2'.repeat(300)}`,
  '%E0%A4%A',
  'v1-２０３１',
  'v99999-2031',
  'v1-2031.png',
];

test(`${damaged.length} kinds of damaged result link answer 404 with the damaged-link page, never a result`, async ({ request }) => {
  for (const code of damaged) {
    const res = await request.get(`/result/${code}/`);
    expect(res.status(), code).toBe(404);
    const html = await res.text();
    expect(html, code).toContain('data-code-shapes');
    expect(html, code).not.toContain('data-result-code');
    expect(html, code).not.toMatch(/<script>alert|<img src=x/);
  }
  // A very long path, beyond any code.
  expect((await request.get(`/result/${'v1-2031'.repeat(400)}/`)).status()).toBe(404);
});

// The page's script reads the address; one of each kind of damage is enough to show it reads it safely.
const damagedInBrowser = [
  'v1-203',
  'v2-2031',
  'r1-2031',
  'v1-20a1',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '..%2F..%2Fetc',
  `v1-${'2'.repeat(300)}`,
  '%E0%A4%A',
];

test(`in the browser, ${damagedInBrowser.length} kinds of damaged link show the damaged-link message with no console error`, async ({
  page,
  baseURL,
}) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  for (const code of damagedInBrowser) {
    await page.goto(`/result/${code}/`);
    await expect(page.getByRole('heading', { level: 1 }), code).toHaveText('This result link is damaged');
    await expect(page.getByRole('link', { name: 'Take the check' }).first(), code).toBeVisible();
    await expect(page.locator('script:not([src]):not([type])').filter({ hasText: 'alert' })).toHaveCount(0);
  }
  expect(only404Noise(w.errors)).toEqual([]);
});

test('the damaged-link page says what is wrong: unknown version, wrong length, level out of range', async ({ page }) => {
  await page.goto('/result/v7-2031/');
  await expect(page.locator('#nf-lead')).toContainText('version v7');
  await page.goto('/result/v1-203/');
  await expect(page.locator('#nf-lead')).toContainText('3 digits where a result has 4');
  await page.goto('/result/v1-2091/');
  await expect(page.locator('#nf-lead')).toContainText('higher than any band');
});

test('with JavaScript off, a damaged result link still explains itself and offers the check', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.goto('/result/v1-99/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Followed a result link?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Take the check' }).first()).toBeVisible();
  await context.close();
});

test('axe finds no violation on result pages and the damaged-link page, light and dark', async ({ page }) => {
  // One template: two results that between them show every level, each in two places.
  for (const code of ['v1-0123', 'v1-4321', 'v1-77']) {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/result/${code}/`);
    await expectNoA11yViolations(page, `${code} (light)`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoA11yViolations(page, `${code} (dark)`);
  }
});
