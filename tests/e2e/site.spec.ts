/** Every page in the sitemap, plus the 404 page: status, structure, console, origins, axe, 320 px. */
import { test, expect } from '@playwright/test';
import { builtSitemapPaths, expectNoA11yViolations, hasHorizontalScroll, only404Noise, sitemapPaths, watch } from './support.ts';

test('the sitemap lists the home page, the guide with at least five chapters, the check and About, and no result pages', async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain('/');
  expect(paths).toContain('/about/');
  expect(paths).toContain('/quiz/');
  expect(paths.filter((p) => /^\/guide\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
  expect(paths.filter((p) => p.startsWith('/result/'))).toEqual([]);
  // The per-page tests below read the same list from dist/.
  expect(builtSitemapPaths()).toEqual(paths);
});

test('every sitemap page answers 200 with one h1, a unique title and description, and no console error or foreign request', async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL as string).origin;
  const w = await watch(page, origin);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of await sitemapPaths(request)) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    const title = await page.title();
    const description = (await page.locator('meta[name=description]').getAttribute('content')) ?? '';
    expect(titles.get(title), `title "${title}" of ${path} is also used by`).toBeUndefined();
    expect(descriptions.get(description), `description of ${path} is also used by`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);
    expect(await page.locator('link[rel=canonical]').getAttribute('href'), path).toMatch(new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:image"]'), path).toHaveAttribute('content', /\.png$/);
  }
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

// One test per page, so they share the workers and each has a small time limit.
for (const path of builtSitemapPaths()) {
  test(`axe finds no WCAG 2.x A/AA violation on ${path}, light or dark`, async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expectNoA11yViolations(page, `${path} (${scheme})`);
    }
  });
}

test('no sitemap page scrolls sideways at 320 px', async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    expect(await hasHorizontalScroll(page), path).toBe(false);
  }
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/guide/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('navigation marks the current section with aria-current', async ({ page }) => {
  await page.goto('/guide/mini-me-trap/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' })).toHaveAttribute('aria-current', 'true');
  await page.goto('/about/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
});

test('a chapter has a table of contents, reading time, the credit and previous/next links', async ({ page }) => {
  await page.goto('/guide/one-process-many-paths/');
  await expect(page.getByRole('navigation', { name: 'In this chapter' })).toBeVisible();
  await expect(page.getByText(/min read/)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Source' })).toContainText('Richard Ruff');
  const pager = page.getByRole('navigation', { name: 'Chapters' });
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/guide/mini-me-trap/');
  await expect(pager.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/guide/yesterdays-playbook/');
  await expect(page.getByRole('heading', { name: 'What to do Monday' })).toBeVisible();
});

test('an unknown URL gets the 404 page with status 404, and it passes axe', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We can’t find that page');
  await expect(page.getByRole('link', { name: 'The guide' })).toBeVisible();
  await expectNoA11yViolations(page, '404');
  expect(only404Noise(w.errors)).toEqual([]);
});

test('content pages load no JavaScript at all', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  for (const path of (await sitemapPaths(request)).filter((p) => !p.startsWith('/quiz/') || p === '/quiz/print/')) {
    if (path.startsWith('/team/')) continue;
    await page.goto(path);
    expect(await page.locator('script').count(), path).toBe(0);
  }
  expect(scripts).toEqual([]);
});
