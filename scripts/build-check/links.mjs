// @ts-check
/**
 * Links: linkinator crawls the site from the local static server (scripts/serve.mjs: dist under the
 * base path, unknown paths answered with 404 + 404.html), starting at the home page, /404.html and
 * every result page (result pages are reached by shared links, not from the site). Links to the
 * configured site origin (canonical, og:url, og:image) are mapped onto the local server so they are
 * checked too; any other origin is not fetched. Redirects count as broken: the site uses
 * trailingSlash 'always', so a link that needs a redirect is a wrong link. Fragments (#id) are
 * checked.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { serveDist } from '../serve.mjs';
import { OFFLINE_ORIGIN, elements, isResultPage, pageUrlPath, resolveRef } from './site.mjs';

/** @typedef {import('./site.mjs').Site} Site */
/** @typedef {import('./site.mjs').Failure} Failure */

/** Result pages crawled per linkinator run (it requests all start paths at once). */
const RESULT_BATCH = 25;

/** @param {string} s */
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Site paths of the pages with an <a>/<area> href that resolves to the given URL path.
 * @param {Site} site
 * @param {string} urlPath path (base included), query and fragment
 */
function pagesLinkingTo(site, urlPath) {
  return site.pages
    .filter((page) =>
      elements(page.doc, ['a', 'area']).some((el) => {
        const href = el.attribs['href'];
        const u = href !== undefined ? resolveRef(href, pageUrlPath(site, page)) : null;
        return u !== null && u.origin === OFFLINE_ORIGIN && u.pathname + u.search + u.hash === urlPath;
      }),
    )
    .map((p) => p.sitePath);
}

/**
 * Crawls the site with linkinator; fails on every broken internal link.
 * @param {Site} site
 * @param {string | null} ownOrigin
 * @returns {Promise<{ failures: Failure[], checked: number, pagesCrawled: number, broken: number, skipped: number }>}
 */
export async function checkLinks(site, ownOrigin) {
  const { base } = site;
  const resultPaths = site.pages.map((p) => p.sitePath).filter(isResultPage);
  const server = await serveDist(site.dist, base);
  const local = server.origin;
  /** @param {string | undefined} u */
  const show = (u) => (u ? (u.startsWith(local) ? u.slice(local.length) : u) : '?');
  try {
    const checker = new LinkChecker();
    /** @type {Set<string>} */
    const crawled = new Set();
    checker.on('pagestart', (url) => {
      crawled.add(String(url));
    });
    /** @param {string[]} paths */
    const crawl = (paths) =>
      checker.check({
        path: paths,
        recurse: true,
        checkFragments: true,
        redirects: 'error',
        concurrency: 25,
        timeout: 30_000,
        urlRewriteExpressions: ownOrigin ? [{ pattern: new RegExp(`^${escapeRegExp(ownOrigin)}(?=/|$)`), replacement: local }] : [],
        linksToSkip: async (link) => {
          try {
            return new URL(link).origin !== local;
          } catch {
            return false;
          }
        },
      });
    /** @type {import('linkinator').LinkResult[]} */
    const links = [...(await crawl([`${local}${base}`, `${local}${base}404.html`])).links];
    // Result pages the crawl did not reach, a batch at a time.
    const rest = resultPaths.map((p) => `${local}${base}${p.slice(1)}`).filter((u) => !crawled.has(u));
    for (let i = 0; i < rest.length; i += RESULT_BATCH) links.push(...(await crawl(rest.slice(i, i + RESULT_BATCH))).links);
    const broken = links
      .filter((l) => l.state === LinkState.BROKEN)
      .sort((a, b) => a.url.localeCompare(b.url) || (a.parent ?? '').localeCompare(b.parent ?? ''));
    /** @type {Failure[]} */
    const failures = [];
    /** @type {Set<string>} */
    const seen = new Set();
    for (const l of broken) {
      const key = `${l.url}|${l.parent}`;
      // A page's links to its own fragments (#main) re-report the page itself when it is broken;
      // the link that led to it is reported already.
      if (seen.has(key) || l.url === l.parent) continue;
      seen.add(key);
      const status = l.status ?? 0;
      const detail =
        status >= 300 && status < 400
          ? 'redirects; link the final URL (the site uses trailing slashes)'
          : (l.failureDetails ?? [])
              .map((d) => (d instanceof Error ? d.message.replaceAll(local, '') : ''))
              .filter(Boolean)
              .join('; ');
      // Linkinator names the first page that led to a page as the parent of its missing fragments;
      // name the pages that really hold the link instead.
      const on = l.url.includes('#') ? pagesLinkingTo(site, l.url.slice(local.length)) : [show(l.parent)];
      const what = `${status ? `HTTP ${status}` : 'no response'}${detail ? `: ${detail}` : ''}`;
      failures.push({ check: 'links', message: `broken link ${show(l.url)} (${what}) on ${on.join(', ') || show(l.parent)}` });
    }
    const skipped = links.filter((l) => l.state === LinkState.SKIPPED).length;
    return { failures, checked: links.length, pagesCrawled: crawled.size, broken: seen.size, skipped };
  } finally {
    await server.close();
  }
}
