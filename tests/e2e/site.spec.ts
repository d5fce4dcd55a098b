/** Every page in the sitemap, plus the 404 page: status, structure, console, origins, axe, 320 px. */
import { test, expect } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { builtSitemapPaths, expectNoA11yViolations, hasHorizontalScroll, hydrated, only404Noise, sitemapPaths, watch } from './support.ts';

test('the sitemap lists the home page, the guide with at least five chapters, the check, About and the facilitator’s page, and no result pages', async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain('/');
  expect(paths).toContain('/about/');
  expect(paths).toContain('/quiz/');
  expect(paths).toContain('/workshop/');
  expect(paths.filter((p) => /^\/guide\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
  expect(paths.filter((p) => p.startsWith('/result/'))).toEqual([]);
  // The per-page tests below read the same list from dist/.
  expect(builtSitemapPaths()).toEqual(paths);
});

test('every sitemap page has a title and a description of its own', async ({ request }) => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of builtSitemapPaths()) {
    const doc = parseDocument(await (await request.get(path)).text());
    const title = DomUtils.textContent(DomUtils.getElementsByTagName('title', doc)).trim();
    const meta = DomUtils.findOne((el) => el.name === 'meta' && el.attribs['name'] === 'description', doc.children);
    const description = meta?.attribs['content'] ?? '';
    expect(title, path).not.toBe('');
    expect(description, path).not.toBe('');
    expect(titles.get(title), `title "${title}" of ${path} is also used by`).toBeUndefined();
    expect(descriptions.get(description), `description of ${path} is also used by`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);
  }
});

// One test per page, so they share the workers and each has a small time limit; each visits its
// page once and checks everything a page owes: structure, console, origins, script, 320 px, axe.
for (const path of builtSitemapPaths()) {
  test(`${path}: 200, one h1, its own link and preview, no console error or foreign request, no script unless an island, no sideways scroll at 320 px, no axe violation light or dark`, async ({
    page,
    baseURL,
  }) => {
    const w = await watch(page, new URL(baseURL as string).origin);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    const islands = await page.locator('[data-island]').count();
    // An island's own scripts run, and may add styles, once it hydrates.
    if (islands > 0) await hydrated(page);
    else expect(scripts, 'a page without an island loads no script').toEqual([]);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await page.locator('link[rel=canonical]').getAttribute('href')).toMatch(new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\.png$/);
    await expectNoA11yViolations(page, `${path} (light)`);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoA11yViolations(page, `${path} (dark)`);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await hasHorizontalScroll(page), 'scrolls sideways at 320 px').toBe(false);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });
}

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
