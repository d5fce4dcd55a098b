// @ts-check
// Lighthouse over one page of each type of the built site (run `npm run build` first; then
// `npm run lighthouse`). Not part of `npm test` (.ci/run runs it after): it takes several minutes.
//
// Serves dist/ on 127.0.0.1 with scripts/serve.mjs, gzip on and the _headers rules applied (what
// the deployed site gets from a static host), launches
// Chromium (/usr/bin/chromium or CHROMIUM_PATH) headless with every other host unresolvable, and
// runs Lighthouse's default (mobile) config for performance, accessibility, best-practices and
// SEO. Page types are discovered in dist: home, the guide's first chapter, about, quiz, quiz/print, workshop,
// team, team/rate, team/compare, team/collect, history and one result page; a type missing is skipped with a note.
// Runs each page LH_RUNS times (default 3) and prints every run; judges each page by the median of
// its runs, as Lighthouse CI does: performance must reach LH_MIN_PERF (default 95), the other three
// categories 100. Exits 1 if a page falls short, after listing the audits that cost points in its
// median run (id, title, score, and the details that locate the problem).
//
// Each run also shows what the page fetched before it could paint: the files of Lighthouse's
// critical request chain (stylesheets, scripts with their imports, fonts; the page itself not
// counted), and how many requests of render-blocking priority had finished by the first paint (the
// ones Lighthouse's simulation puts before first and largest contentful paint).
//
// Environment: DIST (default ./dist), BASE_PATH (default "/", as for the build), CHROMIUM_PATH,
// LH_RUNS, LH_MIN_PERF, LH_PAGES (page types to run, comma-separated, e.g. "quiz,team rater";
// default all).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from './serve.mjs';
import { normalizeBase } from '../src/lib/base-path.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const DIST = path.resolve(process.env.DIST ?? 'dist');
const BASE = normalizeBase(process.env.BASE_PATH);
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Audit display modes that carry a pass/fail score. */
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/** @typedef {{ type: string, sitePath: string }} Target */

/** @param {string} sitePath e.g. /about/ */
const builtAt = (sitePath) => existsSync(path.join(DIST, sitePath, 'index.html'));

/**
 * Subdirectories of a dist directory that hold an index.html, sorted.
 * @param {string} dir relative to dist
 */
function pageDirs(dir) {
  const full = path.join(DIST, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(full, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

/** The guide's first chapter: the first chapter link on /guide/, else the first slug by name. */
function firstChapter() {
  const slugs = pageDirs('guide');
  const index = path.join(DIST, 'guide', 'index.html');
  if (existsSync(index)) {
    const html = readFileSync(index, 'utf8');
    for (const m of html.matchAll(/href="([^"]+)"/g)) {
      const rel = (m[1] ?? '').startsWith(BASE) ? (m[1] ?? '').slice(BASE.length) : '';
      const slug = /^guide\/([^/]+)\/$/.exec(rel)?.[1];
      if (slug && slugs.includes(slug)) return `/guide/${slug}/`;
    }
  }
  return slugs[0] ? `/guide/${slugs[0]}/` : null;
}

/** @returns {{ targets: Target[], skipped: string[] }} */
function discoverTargets() {
  const firstResult = pageDirs('result')[0];
  /** @type {[string, string | null][]} */
  const wanted = [
    ['home', builtAt('/') ? '/' : null],
    ['chapter', firstChapter()],
    ['about', builtAt('/about/') ? '/about/' : null],
    ['quiz', builtAt('/quiz/') ? '/quiz/' : null],
    ['quiz print', builtAt('/quiz/print/') ? '/quiz/print/' : null],
    ['workshop', builtAt('/workshop/') ? '/workshop/' : null],
    ['team', builtAt('/team/') ? '/team/' : null],
    ['team rater', builtAt('/team/rate/') ? '/team/rate/' : null],
    ['team compare', builtAt('/team/compare/') ? '/team/compare/' : null],
    ['team collect', builtAt('/team/collect/') ? '/team/collect/' : null],
    ['history', builtAt('/quiz/history/') ? '/quiz/history/' : null],
    ['cohort', builtAt('/cohort/') ? '/cohort/' : null],
    ['result', firstResult ? `/result/${firstResult}/` : null],
  ];
  /** @type {Target[]} */
  const targets = [];
  /** @type {string[]} */
  const skipped = [];
  const only = (process.env.LH_PAGES ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = only.filter((t) => !wanted.some(([type]) => type === t));
  if (unknown.length) throw new Error(`LH_PAGES: no page type ${unknown.join(', ')} (types: ${wanted.map(([t]) => t).join(', ')})`);
  for (const [type, sitePath] of wanted) {
    if (only.length && !only.includes(type)) continue;
    if (sitePath) targets.push({ type, sitePath });
    else skipped.push(type);
  }
  return { targets, skipped };
}

/**
 * Print rows as an aligned table; the first row is the header.
 * @param {string[][]} rows
 */
function printTable(rows) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const numeric = (/** @type {number} */ i) => i >= 2;
  const line = (/** @type {string[]} */ r) =>
    r
      .map((c, i) => (numeric(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

/**
 * A short description of where an audit failed: failing nodes or URLs, or the explanation.
 * @param {import('lighthouse').Result['audits'][string]} audit
 */
function auditLocation(audit) {
  /** @type {string[]} */
  const bits = [];
  if (audit.explanation) bits.push(audit.explanation);
  if (audit.displayValue) bits.push(audit.displayValue);
  const details = /** @type {{ items?: Record<string, unknown>[] } | undefined} */ (audit.details);
  for (const item of (details?.items ?? []).slice(0, 3)) {
    const node = /** @type {{ selector?: string, snippet?: string } | undefined} */ (item['node'] ?? item['source']);
    if (node?.snippet) bits.push(`${node.selector ?? ''} ${node.snippet.slice(0, 160)}`.trim());
    else if (typeof item['url'] === 'string') bits.push(item['url']);
    else if (typeof item['source'] === 'string') bits.push(item['source']);
    else if (typeof item['description'] === 'string') bits.push(item['description']);
  }
  return bits;
}

/**
 * Audits that cost a category points, with where they failed.
 * @param {import('lighthouse').Result} lhr
 * @param {string} categoryId
 */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && SCORED_MODES.has(audit.scoreDisplayMode))
    .sort((a, b) => b.ref.weight - a.ref.weight)
    .map(({ ref, audit }) => ({
      id: ref.id,
      title: audit?.title ?? '',
      score: audit?.score ?? 0,
      weight: ref.weight,
      where: audit ? auditLocation(audit) : [],
    }));
}

/**
 * Wait until the server answers.
 * @param {string} url
 */
async function waitFor(url) {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer at ${url}`);
}

/** How often a run that Lighthouse itself reports as failed (e.g. NO_NAVSTART, a trace that did not record) is retried. */
const RETRIES = 2;

/**
 * One Lighthouse run of a page, retried when Lighthouse reports a runtime error of its own; a page
 * that scores badly is not retried.
 * @param {string} url @param {number} port
 */
async function runOnce(url, port) {
  for (let attempt = 0; ; attempt++) {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result?.lhr ?? null;
    if (!lhr?.runtimeError || attempt >= RETRIES) return lhr;
    process.stdout.write(`(retrying after ${lhr.runtimeError.code}) `);
  }
}

/** Notes on pages judged without is-crawlable. @type {string[]} */
const noindexNote = [];

/**
 * True when the only thing is-crawlable objects to is the page's own robots noindex meta.
 * @param {import('lighthouse').Result} lhr
 */
function intentionallyNoindex(lhr) {
  const audit = lhr.audits['is-crawlable'];
  if (!audit || audit.score === 1) return false;
  const items = /** @type {{ items?: { source?: unknown }[] }} */ (audit.details ?? {}).items ?? [];
  const text = JSON.stringify(items);
  return items.length > 0 && /noindex/.test(text) && !/robots\.txt/.test(text);
}

/**
 * A category's score (0–100) recomputed without one audit, from its weighted audit references.
 * @param {import('lighthouse').Result} lhr @param {string} categoryId @param {string} auditId
 */
function categoryScoreWithout(lhr, categoryId, auditId) {
  const category = lhr.categories[categoryId];
  if (!category) return null;
  let sum = 0;
  let weights = 0;
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (ref.id === auditId || !audit || audit.score === null || ref.weight === 0) continue;
    sum += ref.weight * audit.score;
    weights += ref.weight;
  }
  return weights ? Math.round((100 * sum) / weights) : null;
}

/** Runs per page: the page is judged by the median, as Lighthouse CI does (its default is 3). */
const RUNS = Math.max(1, Number(process.env.LH_RUNS ?? 3));
/**
 * The lowest median performance score that passes. Accessibility, best practices and SEO are
 * deterministic and must be 100. Performance is simulated from a trace of this machine, so one run of
 * a page with no JavaScript can lose a few points to another process; the median of several runs
 * does not, while a page that is really slower (a heavy script, a late large image) still falls far
 * below this.
 */
const MIN_PERFORMANCE = Number(process.env.LH_MIN_PERF ?? 95);

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : Math.round(((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2);
};

/**
 * The four scores of one run (0–100). Result pages are personal: they carry noindex on purpose (they
 * are reached by shared links and kept out of search). Lighthouse's is-crawlable audit fails any
 * noindex page, so the SEO score of such a page is given without that one audit, and judged by that.
 * @param {import('lighthouse').Result} lhr @param {string} type
 */
function scoresOf(lhr, type) {
  /** @type {Record<string, number | null>} */
  const scores = {};
  for (const c of CATEGORIES) {
    const s = lhr.categories[c]?.score;
    scores[c] = s === null || s === undefined ? null : Math.round(s * 100);
  }
  if (intentionallyNoindex(lhr)) {
    const adjusted = categoryScoreWithout(lhr, 'seo', 'is-crawlable');
    if (adjusted !== null) {
      const note = `${type}: SEO ${scores['seo']} with is-crawlable (fails by design: the page carries noindex), ${adjusted} without it`;
      if (!noindexNote.includes(note)) noindexNote.push(note);
      scores['seo'] = adjusted;
    }
  }
  return scores;
}

/** @param {import('lighthouse').Result} lhr */
const metrics = (lhr) =>
  ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
    .map((id) => lhr.audits[id]?.displayValue ?? '–')
    .join(', ');

/**
 * What a run fetched before the page could paint. `chain`: the files of Lighthouse's critical request
 * chain, by resource type (the page itself not counted). `beforePaint`: requests of render-blocking
 * priority, other than the page, that had finished when the page first painted with content.
 * @param {import('lighthouse').Result} lhr
 */
function criticalPath(lhr) {
  const requests =
    /** @type {{ items?: { url: string, resourceType?: string, priority?: string, networkEndTime?: number }[], debugData?: { networkStartTimeTs?: number } } | undefined} */ (
      lhr.audits['network-requests']?.details
    );
  const typeOf = new Map((requests?.items ?? []).map((r) => [r.url, r.resourceType ?? 'Other']));
  /** @type {Record<string, number>} */
  const chain = {};
  /** @param {Record<string, { request: { url: string }, children?: Record<string, unknown> }> | undefined} nodes @param {number} depth */
  const walk = (nodes, depth) => {
    for (const node of Object.values(nodes ?? {})) {
      if (depth > 0) {
        const type = typeOf.get(node.request.url) ?? 'Other';
        chain[type] = (chain[type] ?? 0) + 1;
      }
      walk(/** @type {Record<string, { request: { url: string } }> | undefined} */ (node.children), depth + 1);
    }
  };
  walk(
    /** @type {{ chains?: Record<string, { request: { url: string } }> }} */ (lhr.audits['critical-request-chains']?.details ?? {}).chains,
    0,
  );
  const metricItems = /** @type {{ items?: { observedFirstContentfulPaintTs?: number }[] } | undefined} */ (lhr.audits['metrics']?.details)
    ?.items;
  const paintTs = metricItems?.[0]?.observedFirstContentfulPaintTs;
  const startTs = requests?.debugData?.networkStartTimeTs;
  const blocking = (/** @type {{ resourceType?: string, priority?: string }} */ r) =>
    r.priority === 'VeryHigh' || (r.priority === 'High' && r.resourceType === 'Script');
  const beforePaint =
    paintTs === undefined || startTs === undefined
      ? null
      : (requests?.items ?? []).filter(
          (r) =>
            r.resourceType !== 'Document' && blocking(r) && r.networkEndTime !== undefined && startTs + r.networkEndTime * 1000 <= paintTs,
        ).length;
  const total = Object.values(chain).reduce((a, b) => a + b, 0);
  return { chain, total, beforePaint };
}

/** One line for criticalPath(). @param {import('lighthouse').Result} lhr */
function criticalPathLine(lhr) {
  const { chain, total, beforePaint } = criticalPath(lhr);
  const names = /** @type {Record<string, string>} */ ({ Stylesheet: 'CSS', Script: 'JS', Font: 'font' });
  const parts = Object.entries(chain).map(([type, n]) => `${n} ${names[type] ?? type}`);
  return `critical chain ${total} file(s)${parts.length ? ` (${parts.join(', ')})` : ''}, ${beforePaint ?? '–'} loaded before first paint`;
}

/** The lowest score each category must reach, as a median. @param {string} c */
const minimum = (c) => (c === 'performance' ? MIN_PERFORMANCE : 100);

async function main() {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error(`lighthouse: no ${path.join(DIST, 'index.html')}; run npm run build first`);
    process.exit(1);
  }
  const { targets, skipped } = discoverTargets();
  const server = await serveDist(DIST, BASE, { gzip: true });
  /** @type {chromeLauncher.LaunchedChrome | undefined} */
  let chrome;
  /**
   * Per page: every run's scores, the medians, and the run whose performance is the median (its
   * audits explain a failure).
   * @type {{ target: Target, url: string, medians: Record<string, number | null>, lcp: string | null, lhr: import('lighthouse').Result | null, error?: string }[]}
   */
  const pages = [];
  try {
    await waitFor(`${server.origin}${BASE}`);
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    console.log(
      `lighthouse: ${targets.length} pages, ${RUNS} run(s) each; judged by the median (performance ≥ ${MIN_PERFORMANCE}, the others 100)`,
    );
    for (const target of targets) {
      const url = `${server.origin}${BASE}${target.sitePath.slice(1)}`;
      /** @type {{ scores: Record<string, number | null>, lhr: import('lighthouse').Result }[]} */
      const runs = [];
      let error = '';
      for (let i = 1; i <= RUNS; i++) {
        process.stdout.write(`  ${target.type} run ${i}/${RUNS} … `);
        try {
          const lhr = await runOnce(url, chrome.port);
          if (!lhr || lhr.runtimeError) throw new Error(lhr?.runtimeError?.message ?? 'no result');
          const scores = scoresOf(lhr, target.type);
          runs.push({ scores, lhr });
          console.log(
            `${CATEGORIES.map((c) => scores[c] ?? '–').join(' / ')}   (FCP, LCP, TBT, CLS: ${metrics(lhr)}; ${criticalPathLine(lhr)})`,
          );
        } catch (err) {
          error = err instanceof Error ? err.message : String(err);
          console.log(`error: ${error}`);
        }
      }
      /** @type {Record<string, number | null>} */
      const medians = {};
      for (const c of CATEGORIES) {
        const xs = runs.map((r) => r.scores[c]).filter((x) => typeof x === 'number');
        medians[c] = xs.length ? median(xs) : null;
      }
      const byPerf = [...runs].sort((a, b) => (a.scores['performance'] ?? 0) - (b.scores['performance'] ?? 0));
      const lhr = byPerf[Math.floor((byPerf.length - 1) / 2)]?.lhr ?? null;
      // A page fails outright if any of its runs could not be measured.
      const lcps = runs.map((r) => r.lhr.audits['largest-contentful-paint']?.numericValue).filter((x) => typeof x === 'number');
      const lcp = lcps.length ? `${(median(lcps) / 1000).toFixed(2)} s` : null;
      pages.push(error ? { target, url, medians, lcp, lhr, error } : { target, url, medians, lcp, lhr });
    }
  } finally {
    if (chrome) chrome.kill();
    await server.close();
  }

  console.log(`\n== Lighthouse 12 (default mobile config, simulated throttling): median of ${RUNS} run(s)`);
  const rows = [['page type', 'URL', 'perf', 'a11y', 'best-pr', 'SEO', 'LCP', 'chain']];
  for (const r of pages) {
    rows.push([
      r.target.type,
      BASE + r.target.sitePath.slice(1),
      ...CATEGORIES.map((c) => String(r.medians[c] ?? '–')),
      r.lcp ?? '–',
      r.lhr ? String(criticalPath(r.lhr).total) : '–',
    ]);
  }
  printTable(rows);
  for (const type of skipped) console.log(`(skipped ${type}: not in ${path.relative(process.cwd(), DIST) || '.'})`);
  for (const n of noindexNote) console.log(`note: ${n}`);

  let failed = 0;
  for (const r of pages) {
    const under = CATEGORIES.filter((c) => (r.medians[c] ?? 0) < minimum(c));
    if (!under.length && !r.error) continue;
    failed++;
    console.log(`\n✗ ${r.target.type} ${BASE + r.target.sitePath.slice(1)}${r.error ? ` (error: ${r.error})` : ''}`);
    for (const w of r.lhr?.runWarnings ?? []) console.log(`  warning: ${w}`);
    for (const c of under) {
      console.log(`  ${c}: median ${r.medians[c] ?? '–'}, needs ${minimum(c)}; in the median run:`);
      if (!r.lhr) continue;
      for (const a of failingAudits(r.lhr, c)) {
        console.log(`    - ${a.id} (score ${a.score.toFixed(2)}, weight ${Math.round(a.weight * 10) / 10}): ${a.title}`);
        for (const w of a.where) console.log(`        ${w.replace(/\s+/g, ' ')}`);
      }
    }
  }
  console.log(`\nlighthouse: ${pages.length} pages, ${failed} below the bar`);
  if (failed) process.exitCode = 1;
}

await main();
