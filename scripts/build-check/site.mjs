// @ts-check
/**
 * The built site as the checks see it: its HTML pages, parsed once with htmlparser2, and the mapping
 * between dist files, site paths (without the base) and URL paths (with it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { normalizeBase } from '../../src/lib/base-path.ts';

/** Origin used to resolve page-relative URLs offline; never fetched. */
export const OFFLINE_ORIGIN = 'http://dist.invalid';

/** @typedef {ReturnType<typeof parseDocument>} Doc */
/** @typedef {ReturnType<typeof DomUtils.findAll>[number]} Element */
/** @typedef {{ file: string, sitePath: string, html: string, doc: Doc }} Page */
/** @typedef {{ check: string, message: string }} Failure */
/**
 * @typedef {object} Site
 * @property {string} dist absolute path of the built site
 * @property {string} base URL path the site is served under, with leading and trailing slash
 * @property {Page[]} pages every HTML page, sorted by site path
 */

/** Every file under a directory, recursively. @param {string} dir @returns {string[]} */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/**
 * Loads every HTML page under dist.
 * @param {string} distDir
 * @param {string} base
 * @returns {Site}
 */
export function loadSite(distDir, base) {
  const dist = path.resolve(distDir);
  /** Site path (without the base) of an HTML file: about/index.html -> /about/. @param {string} file */
  const sitePathOf = (file) => {
    const rel = path.relative(dist, file).split(path.sep).join('/');
    if (rel === 'index.html') return '/';
    if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
    return `/${rel}`;
  };
  const pages = listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { file, sitePath: sitePathOf(file), html, doc: parseDocument(html) };
    })
    .sort((a, b) => (a.sitePath < b.sitePath ? -1 : a.sitePath > b.sitePath ? 1 : 0));
  return { dist, base: normalizeBase(base), pages };
}

/** @param {string} sitePath */
export const isResultPage = (sitePath) => sitePath.startsWith('/result/');

/** URL path (base included) of a page. @param {Site} site @param {Page} page */
export const pageUrlPath = (site, page) => site.base + page.sitePath.slice(1);

/** URL path (base included) of a file in dist. @param {Site} site @param {string} file */
export const urlPathOfFile = (site, file) => site.base + path.relative(site.dist, file).split(path.sep).join('/');

/**
 * Resolves a reference found in a document (HTML page or asset) to a URL.
 * @param {string} ref
 * @param {string} docUrlPath the document's URL path, base included
 */
export function resolveRef(ref, docUrlPath) {
  try {
    return new URL(ref.trim(), OFFLINE_ORIGIN + docUrlPath);
  } catch {
    return null;
  }
}

/**
 * The dist file a same-site URL names, or null if it is elsewhere or outside the base.
 * @param {Site} site
 * @param {URL | null} url
 */
export function distFileFor(site, url) {
  if (!url || url.origin !== OFFLINE_ORIGIN) return null;
  let p;
  try {
    p = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (!p.startsWith(site.base)) return null;
  let rel = p.slice(site.base.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.join(site.dist, rel);
  return file.startsWith(site.dist + path.sep) ? file : null;
}

/**
 * Elements of a document with one of the given names.
 * @param {Doc} doc
 * @param {string[]} names lower case
 * @returns {Element[]}
 */
export function elements(doc, names) {
  return DomUtils.findAll((el) => names.includes(el.name), doc.children);
}

/** An element's text (for script and style: its source). @param {Element} el */
export const textOf = (el) => DomUtils.textContent(el);

/**
 * Origin of the configured `site`: SITE_URL, else the home page's canonical link.
 * @param {Site} site
 * @param {string | undefined} [fromEnv]
 */
export function siteOrigin(site, fromEnv) {
  if (fromEnv) return new URL(fromEnv).origin;
  const home = site.pages.find((p) => p.sitePath === '/') ?? site.pages[0];
  const canonical = home ? elements(home.doc, ['link']).find((l) => l.attribs['rel'] === 'canonical') : undefined;
  return canonical?.attribs['href'] ? new URL(canonical.attribs['href']).origin : null;
}
