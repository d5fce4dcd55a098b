// @ts-check
// Checks over the built site in dist/ (run `npm run build` first; `npm run test:build` runs this).
// Prints a report and exits 1 if anything fails, listing every failure at the end. One module per
// check in scripts/build-check/, each saying exactly what it checks:
//   weight.mjs       page weight against the budgets (JS with dynamic imports, CSS, per page)
//   links.mjs        linkinator over the local static server; redirects and missing #ids are broken
//   third-party.mjs  no reference to another origin in any page or stylesheet
//   html.mjs         html-validate with /.htmlvalidate.json
//   originality.mjs  no 8-word run shared with the source article (scripts/article-8grams.json),
//                    and no close paraphrase of it (scripts/article-paraphrase.json): shared runs
//                    of content stems, the article's lists in its order, passages in its order
// Pages are parsed once with htmlparser2 (site.mjs); JS imports are read with es-module-lexer and
// CSS references with css-tree (refs.mjs).
//
// Environment: DIST (default ./dist), BASE_PATH (default "/", as for the build), SITE_URL (the
// configured site origin; default: read from the home page's canonical link).

import { existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { RUN_LENGTH } from './make-article-8grams.mjs';
import { validateHtml } from './build-check/html.mjs';
import { checkLinks } from './build-check/links.mjs';
import { checkOriginality, loadArticleHashes, loadParaphraseFingerprint } from './build-check/originality.mjs';
import { loadSite, siteOrigin } from './build-check/site.mjs';
import { checkThirdParty } from './build-check/third-party.mjs';
import { checkWeights } from './build-check/weight.mjs';

/** @typedef {import('./build-check/site.mjs').Failure} Failure */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.env.DIST ?? 'dist');

const t0 = performance.now();
if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(`build-check: no ${path.join(DIST, 'index.html')}; run npm run build first`);
  process.exit(1);
}
const site = loadSite(DIST, process.env.BASE_PATH ?? '/');
const ownOrigin = siteOrigin(site, process.env.SITE_URL);
console.log(
  `build-check: ${site.pages.length} HTML pages in ${path.relative(process.cwd(), DIST) || '.'}, base ${site.base}, site origin ${ownOrigin ?? '(unknown)'}`,
);

let t = performance.now();
/** Seconds since the last call, for the section lines. */
const lap = () => {
  const now = performance.now();
  const out = `${((now - t) / 1000).toFixed(1)} s`;
  t = now;
  return out;
};
/** @type {Failure[]} */
const failures = [];

const weight = checkWeights(site);
failures.push(...weight.failures);
console.log(`\n== Page weight (BASE_PATH ${site.base}; gzip level 9; JS includes transitive imports)`);
for (const line of weight.report) console.log(line);
console.log(`(${lap()})`);

console.log('\n== Links');
const links = await checkLinks(site, ownOrigin);
const thirdParty = checkThirdParty(site, ownOrigin);
failures.push(...links.failures, ...thirdParty.failures);
console.log(
  `${links.checked} links checked (${links.pagesCrawled} pages crawled, ${links.skipped} skipped as not on this server), ` +
    `${links.broken} broken; ${thirdParty.count} third-party reference(s) (${lap()})`,
);

console.log('\n== HTML validation (html-validate:recommended)');
const html = await validateHtml(site, path.join(ROOT, '.htmlvalidate.json'));
failures.push(...html.failures);
console.log(
  `${html.files} files validated, ${html.errors} error(s)` +
    (html.resultTotal ? `; result pages: a sample of ${html.resultSampled} of ${html.resultTotal} (one shared template)` : '') +
    ` (${lap()})`,
);

console.log(`\n== Originality (no ${RUN_LENGTH}-word run shared with the source article, no close paraphrase of it)`);
const orig = checkOriginality(
  site,
  loadArticleHashes(path.join(ROOT, 'scripts', 'article-8grams.json')),
  path.join(ROOT, 'content'),
  loadParaphraseFingerprint(path.join(ROOT, 'scripts', 'article-paraphrase.json')),
);
failures.push(...orig.failures);
const perDetector = Object.entries(orig.byDetector)
  .map(([d, n]) => `${d}: ${n}`)
  .join(', ');
console.log(`${orig.pages} pages and ${orig.sources} content files scanned, ${orig.found} finding(s) (${perDetector}) (${lap()})`);

const secs = ((performance.now() - t0) / 1000).toFixed(1);
if (failures.length) {
  console.log(`\n== Failures (${failures.length})`);
  for (const f of failures) console.log(`✗ [${f.check}] ${f.message}`);
  console.log(`\nbuild-check: ${site.pages.length} pages, ${failures.length} failures (${secs} s)`);
  process.exitCode = 1;
} else {
  console.log(`\nbuild-check: ${site.pages.length} pages, 0 failures (${secs} s)`);
}
