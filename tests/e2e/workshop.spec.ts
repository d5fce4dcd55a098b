/**
 * The facilitator's page (/workshop/): an agenda that adds up to 90 minutes, three role-play cases
 * with a brief for each side and an observer's checklist, no script, axe clean light and dark, and a
 * print layout for A4 and Letter alike. Printing is checked as the worksheet's test does it
 * (tests/e2e/worksheet.spec.ts): print media emulated, then a real PDF of each paper size.
 */
import { test, expect, type Page } from '@playwright/test';
import { expectNoA11yViolations, watch } from './support.ts';

/** CSS pixels per millimetre (96 per inch). */
const MM = 96 / 25.4;
/** The page's print margin, as src/pages/workshop.astro's @page sets it. */
const MARGIN = 14 * MM;
const PAPER = {
  A4: { width: 210 * MM, height: 297 * MM },
  Letter: { width: 8.5 * 96, height: 11 * 96 },
} as const;

/** Pages in a PDF, counted as the worksheet's test counts them. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** Lays the page out as print media at the width of the paper's printable area. */
async function asPrinted(page: Page, paper: keyof typeof PAPER): Promise<{ width: number; height: number }> {
  const area = { width: Math.floor(PAPER[paper].width - 2 * MARGIN), height: Math.floor(PAPER[paper].height - 2 * MARGIN) };
  await page.setViewportSize(area);
  await page.emulateMedia({ media: 'print' });
  await page.goto('/workshop/');
  return area;
}

test('the agenda adds up to 90 minutes, its blocks back to back', async ({ page }) => {
  await page.goto('/workshop/');
  const rows = page.locator('table.agenda tbody tr');
  await expect(rows).toHaveCount(6);
  const minutes = (await page.locator('table.agenda .mins').allTextContents()).map((m) => Number(/(\d+) min/.exec(m)?.[1]));
  expect(minutes.reduce((a, b) => a + b, 0)).toBe(90);
  // Each row's time span matches its minutes and starts where the previous one ended.
  const toMinutes = (hm: string) => {
    const [h, m] = hm.split(':').map(Number);
    return (h as number) * 60 + (m as number);
  };
  let end = 0;
  for (const [i, span] of (await page.locator('table.agenda .time').allTextContents()).entries()) {
    const [from, to] = span.split('–').map(toMinutes);
    expect(from, span).toBe(end);
    expect((to as number) - (from as number), span).toBe(minutes[i]);
    end = to as number;
  }
  expect(end).toBe(90);
});

test('three role-play cases, each with the manager’s and the rep’s brief and an observer’s checklist', async ({ page }) => {
  await page.goto('/workshop/');
  const cases = page.locator('.case');
  await expect(cases).toHaveCount(3);
  for (const [i, c] of (await cases.all()).entries()) {
    const briefs = c.locator('.brief h4');
    await expect(briefs).toHaveText([
      `Case ${i + 1} · The manager’s brief`,
      `Case ${i + 1} · The rep’s brief`,
      `Case ${i + 1} · The observer’s checklist`,
    ]);
  }
  await expect(page.locator('.card').getByRole('heading', { name: 'My start-here move' })).toBeVisible();
});

test('the home page and the footer link to the facilitator’s page', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main').locator('a[href="/workshop/"]')).toHaveCount(1);
  await expect(page.getByRole('contentinfo').locator('a[href="/workshop/"]')).toHaveCount(1);
});

test('no script, no foreign request, no axe violation light or dark', async ({ page, baseURL }) => {
  const w = await watch(page, new URL(baseURL as string).origin);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('/workshop/');
  expect(scripts).toEqual([]);
  await expect(page.locator('script')).toHaveCount(0);
  await expectNoA11yViolations(page, '/workshop/ (light)');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoA11yViolations(page, '/workshop/ (dark)');
  expect(w.errors).toEqual([]);
  expect(w.foreign).toEqual([]);
});

for (const paper of ['A4', 'Letter'] as const) {
  test(`printed on ${paper}: nothing overflows or is clipped, each case fits its own page, and the PDF is tidy`, async ({ page }) => {
    const area = await asPrinted(page, paper);

    // The site's chrome and the on-screen aids are not printed; the content and the credit are.
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('nav.toc')).toBeHidden();
    await expect(page.locator('.print-footer')).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Source' })).toBeVisible();

    // Nothing reaches past the printable width, and no box cuts off its own content.
    const problems = await page.evaluate((width) => {
      const out: string[] = [];
      const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`;
      if (document.documentElement.scrollWidth > width) out.push(`document is ${document.documentElement.scrollWidth}px wide`);
      for (const el of document.querySelectorAll('main *')) {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.clipPath !== 'none') continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < -0.5 || r.right > width + 0.5) out.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)}px`);
        if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} clips its content`);
      }
      return out;
    }, area.width);
    expect(problems).toEqual([]);

    // Page breaks: a case starts a page and is no taller than one; a brief, an agenda row and the card never split.
    const cases = page.locator('.case');
    await expect(cases).toHaveCount(3);
    for (const c of await cases.all()) {
      expect(await c.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
      expect((await c.boundingBox())!.height).toBeLessThanOrEqual(area.height);
    }
    for (const selector of ['.brief', 'table.agenda tbody tr', '.card']) {
      for (const el of await page.locator(selector).all())
        expect(await el.evaluate((e) => getComputedStyle(e).breakInside), selector).toBe('avoid');
    }

    // The PDF: the opening pages, the agenda's page, a page per case and the card's page; no stray pages.
    const pages = pdfPages(await page.pdf({ format: paper, printBackground: true }));
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(9);
  });
}
