/**
 * Shared helpers for the browser tests: the page list from the sitemap, a watcher that fails a test
 * on console errors, CSP violations or requests to other origins, axe with the WCAG 2.x A/AA tags,
 * and the quiz data as the site ships it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Instrument } from '../../src/lib/instrument.ts';
import type { CodeShape } from '../../src/lib/result-code.ts';

const quizDir = new URL('../../content/quiz/', import.meta.url);
const instrument = (file: string) => JSON.parse(readFileSync(new URL(file, quizDir), 'utf8')) as Instrument;

/** Version 1, which old result links keep resolving to. */
export const v1 = instrument('v1.json');

/** The version /quiz/ and /team/rate/ give: the highest that is not a draft (as src/data/instruments.ts picks it). */
export const current: Instrument = readdirSync(quizDir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map(instrument)
  .filter((inst) => !inst.draft)
  .reduce((a, b) => (b.version > a.version ? b : a));

/** Version 2: the frequency format, where a dimension may have no level (`x` in a code). */
export const v2 = instrument('v2.json');
export const v2Shape: CodeShape = { dimensions: v2.dimensions.length, levels: v2.bands.length, missing: true };

/**
 * Every page path in the built sitemap, read from dist/ when the test file loads, so each page can be
 * its own test (run in parallel, each with a small time limit) instead of one long loop.
 */
export function builtSitemapPaths(): string[] {
  const dist = new URL(`../../${process.env['DIST'] ?? 'dist'}/`, import.meta.url);
  const locs = (file: string) => {
    let xml: string;
    try {
      xml = readFileSync(new URL(file, dist), 'utf8');
    } catch {
      throw new Error(`${file} is missing from the build: run \`npm run build\` before the browser tests`);
    }
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  };
  return locs('sitemap-index.xml').flatMap((sitemap) => locs(sitemap.slice(1)));
}

/** Every page path listed in the served sitemap (site origin stripped). */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const locs = async (path: string) => {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    return [...(await res.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
  };
  const paths: string[] = [];
  for (const sitemap of await locs('/sitemap-index.xml')) paths.push(...(await locs(sitemap)));
  return paths;
}

export interface Watch {
  errors: string[];
  foreign: string[];
  requests: { url: string; body: string | null }[];
}

/**
 * Records console errors, uncaught exceptions, CSP violations and every request, and which of them
 * went to another origin. Call before navigating.
 */
export async function watch(page: Page, origin: string): Promise<Watch> {
  const w: Watch = { errors: [], foreign: [], requests: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('request', (r) => {
    w.requests.push({ url: r.url(), body: r.postData() });
    const u = new URL(r.url());
    if (u.protocol !== 'data:' && u.origin !== origin) w.foreign.push(r.url());
  });
  return w;
}

/** Errors that a 404 response itself produces in the console (the status is what we asked for). */
export const only404Noise = (errors: string[]) => errors.filter((e) => !/status of 404/.test(e));

/** The axe rules whose outcome depends on color: the only ones a color scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** axe-core's browser build, read once per worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page itself. Our pages have no frames, so one `axe.run` sees the whole
 * document; the frame-aware wrapper (@axe-core/playwright) opens a blank page to merge per-frame
 * results on every call, which cost about 0.3 s a call and most of the browser suite's axe time. The
 * check below fails if a page ever gains a frame, so the shortcut cannot hide one.
 */
async function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  expect(page.frames(), 'a frame appeared: axe-core in the top document would not see inside it').toHaveLength(1);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    (o) => (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, o),
    options,
  );
}

/**
 * Runs axe with the WCAG 2.x A/AA tags and fails on any violation. In the dark scheme only the color
 * rules run: the document is the same in both schemes, and only colors differ (prefers-color-scheme
 * changes nothing else), so the structural rules would repeat the light run's verdict at twice the cost.
 */
export async function expectNoA11yViolations(page: Page, label: string): Promise<void> {
  // Let entrance animations finish: axe would measure contrast mid-fade.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const results = await runAxe(page, {
    runOnly: dark
      ? { type: 'rule', values: COLOUR_RULES }
      : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** True when the page scrolls sideways at its current viewport. */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Waits until every island on the page has hydrated (src/islands/mount.ts marks them). */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((el) => el.hasAttribute('data-hydrated')));
}

/** Makes localStorage throw on every access, as a browser that refuses storage does. Call before navigating. */
export async function refuseStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const boom = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Object.defineProperty(window, 'localStorage', { get: boom, configurable: true });
    for (const m of ['getItem', 'setItem', 'removeItem', 'key', 'clear'] as const) Storage.prototype[m] = boom;
  });
}
