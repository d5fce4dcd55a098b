// @ts-check
// Checks over the built site in dist/ (run `npm run build` first; `npm run test:build` runs this).
// Prints a report and exits 1 if anything fails, listing every failure at the end.
//
//  a) Page weight: per HTML page, HTML / JS / CSS bytes raw and gzip (level 9). JS = <script src>,
//     inline <script> (JSON-LD and other data blocks excluded), <link rel=modulepreload>,
//     <astro-island> component-url / renderer-url / before-hydration-url, and every file those
//     import, statically or with import(), transitively (files reached only through import() are
//     still counted, and marked in the per-page JS breakdown). CSS = <link rel=stylesheet> +
//     inline <style> (+ CSS @import). Budgets in BUDGETS below. Result pages (hundreds, one
//     template) are all checked but shown as one row with the maximum of each column, and their
//     budget failures are grouped into one line per kind.
//  b) Links: linkinator crawls the site from a tiny local server that serves dist/ under BASE_PATH
//     (and answers unknown paths with 404 + dist/404.html), starting at the home page, /404.html
//     and every result page (result pages are reached by shared links, not from the site).
//     Links to the configured site origin (canonical, og:url, og:image) are mapped onto the local
//     server so they are checked too; any other origin is not fetched. Redirects count as broken:
//     the site uses trailingSlash 'always', so a link that needs a redirect is a wrong link.
//     Fragments (#id) are checked. Separately, every href/src/srcset of a, link, script, img,
//     source, iframe (and audio, video, track, embed, object[data], form[action]) in every page,
//     and every url()/@import in CSS, that names another http(s) origin is a "third-party
//     reference" failure; the site's own origin (canonical links) is not third-party.
//  c) HTML validation: html-validate with /.htmlvalidate.json: the html-validate:recommended preset
//     with one rule off, void-style: Astro writes void elements as <input>, Preact's server renderer
//     (islands) as <input/>; both are valid HTML, and the rule would demand one spelling. Result pages: a sample of at most RESULT_SAMPLE, evenly spread (they share
//     one template).
//  d) Originality: no run of 8 consecutive words of the site's visible text (and of the text in
//     content/**/*.mdx and content/**/*.json) may match the source article, whose 8-word runs are
//     stored as hashes in scripts/article-8grams.json (see scripts/make-article-8grams.mjs).
//
// Environment: DIST (default ./dist), BASE_PATH (default "/", as for the build), SITE_URL (the
// configured site origin; default: read from the home page's canonical link).
// Sizes are shown in KB of 1024 bytes; the budgets use the same unit.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { serveDist } from './serve.mjs';
import { gzipSync } from 'node:zlib';
import { LinkChecker, LinkState } from 'linkinator';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { toWords, runHashes, RUN_LENGTH } from './make-article-8grams.mjs';

/** Page budgets. Sizes in bytes (gzip level 9). */
export const BUDGETS = {
  /** Pages whose path (without the base) starts with one of these may ship JavaScript… */
  jsAllowedPrefixes: ['/quiz/', '/team/'],
  /** …except these, which must ship none (the printable worksheet). */
  jsForbiddenPrefixes: ['/quiz/print/'],
  /** JavaScript on an allowed page, gzip. Every other page: 0 bytes, raw. */
  islandJsGzipMax: 16 * 1024,
  /** CSS on any page, gzip. */
  cssGzipMax: 10 * 1024,
  /**
   * Pages that may ship a small script as progressive enhancement, gzip: the 404 page recognises a
   * damaged result link and says what is wrong with it (it reads fine without JS).
   */
  smallScripts: /** @type {Record<string, number>} */ ({ '/404.html': 2 * 1024 }),
};

/** Result pages crawled for links per linkinator run. */
const RESULT_BATCH = 25;
/** Result pages share one template: validate at most this many of them. */
const RESULT_SAMPLE = 20;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.resolve(process.env.DIST ?? 'dist');
const BASE = normaliseBase(process.env.BASE_PATH ?? '/');
/** Origin used to resolve page-relative URLs offline; never fetched. */
const OFFLINE_ORIGIN = 'http://dist.invalid';

/** @typedef {{ check: string, message: string }} Failure */
/** @typedef {{ file: string, sitePath: string, html: string }} Page */
/** @typedef {{ raw: number, gz: number }} Size */
/** @typedef {{ name: string, raw: number, gz: number }} Part */
/** @typedef {{ sitePath: string, html: Size, js: Size, css: Size, jsFiles: string[], jsParts: Part[] }} Weight */

/** @type {Failure[]} */
const failures = [];
/**
 * @param {string} check
 * @param {string} message
 */
function fail(check, message) {
  failures.push({ check, message });
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** @param {string} base */
function normaliseBase(base) {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

/** @param {number} bytes */
function fmtSize(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** @param {string | Buffer} data */
function gzipLength(data) {
  return gzipSync(data, { level: 9 }).length;
}

/** @type {Map<string, Size>} */
const fileSizeCache = new Map();
/** @param {string} file */
function fileSize(file) {
  let s = fileSizeCache.get(file);
  if (!s) {
    const buf = readFileSync(file);
    s = { raw: buf.length, gz: gzipLength(buf) };
    fileSizeCache.set(file, s);
  }
  return s;
}

/** @param {string} s */
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NAMED_ENTITIES = /** @type {Record<string, string>} */ ({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', rsquo: '’', lsquo: '‘',
  rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…', middot: '·', copy: '©', times: '×',
});
/**
 * Decode HTML character references (numeric and the common named ones; others become a space).
 * @param {string} s
 */
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (_, ref) => {
    const r = /** @type {string} */ (ref);
    if (r[0] === '#') {
      const code = r[1] === 'x' || r[1] === 'X' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return NAMED_ENTITIES[r.toLowerCase()] ?? ' ';
  });
}

/**
 * Attributes of a start tag's source, e.g. `<a href="x" hidden>` -> { href: 'x', hidden: '' }.
 * @param {string} tag
 * @returns {Record<string, string>}
 */
function parseAttributes(tag) {
  /** @type {Record<string, string>} */
  const attrs = {};
  const body = tag.replace(/^<[^\s>/]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * Every start tag of the given element names in some HTML.
 * @param {string} html
 * @param {string[]} names
 * @returns {{ name: string, attrs: Record<string, string> }[]}
 */
function startTags(html, names) {
  const re = new RegExp(`<(${names.map(escapeRegExp).join('|')})(?=[\\s/>])[^>]*>`, 'gi');
  return [...html.matchAll(re)].map((m) => ({ name: (m[1] ?? '').toLowerCase(), attrs: parseAttributes(m[0]) }));
}

/**
 * Elements with content (script, style): their attributes and inner text.
 * @param {string} html
 * @param {string} name
 */
function elementsWithContent(html, name) {
  const re = new RegExp(`<${name}(?=[\\s>])([^>]*)>([\\s\\S]*?)</${name}\\s*>`, 'gi');
  return [...html.matchAll(re)].map((m) => ({ attrs: parseAttributes(`<${name}${m[1] ?? ''}>`), content: m[2] ?? '' }));
}

// ---------------------------------------------------------------------------------------------
// Pages and URL mapping

/** @param {string} dir @returns {string[]} */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/**
 * Site path (without the base) of an HTML file in dist: about/index.html -> /about/.
 * @param {string} file
 */
function sitePathOf(file) {
  const rel = path.relative(DIST, file).split(path.sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** @returns {Page[]} */
function loadPages() {
  return listFiles(DIST)
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, sitePath: sitePathOf(file), html: readFileSync(file, 'utf8') }))
    .sort((a, b) => (a.sitePath < b.sitePath ? -1 : a.sitePath > b.sitePath ? 1 : 0));
}

/** @param {string} sitePath */
const isResultPage = (sitePath) => sitePath.startsWith('/result/');

/**
 * Resolve a reference found in a document (HTML page or asset) to a URL.
 * @param {string} ref
 * @param {string} docUrlPath the document's URL path, base included
 */
function resolveRef(ref, docUrlPath) {
  try {
    return new URL(ref.trim(), OFFLINE_ORIGIN + docUrlPath);
  } catch {
    return null;
  }
}

/**
 * The dist file a same-site URL names, or null if it is elsewhere or outside the base.
 * @param {URL | null} url
 */
function distFileFor(url) {
  if (!url || url.origin !== OFFLINE_ORIGIN) return null;
  let p;
  try {
    p = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (!p.startsWith(BASE)) return null;
  let rel = p.slice(BASE.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = path.join(DIST, rel);
  return file.startsWith(DIST + path.sep) ? file : null;
}

/** @param {string} file a file in dist */
function urlPathOfFile(file) {
  return BASE + path.relative(DIST, file).split(path.sep).join('/');
}

/** URL path (base included) of a page. @param {Page} page */
const pageUrlPath = (page) => BASE + page.sitePath.slice(1);

// ---------------------------------------------------------------------------------------------
// a) Page weight

/**
 * Module specifiers a JS file imports: static (import … from, side-effect import, export … from)
 * and dynamic (import()), relative or root-relative only.
 * @param {string} code
 * @returns {{ static: string[], dynamic: string[] }}
 */
function jsImportSpecifiers(code) {
  /** @param {RegExp[]} patterns */
  const find = (patterns) => {
    /** @type {Set<string>} */
    const specs = new Set();
    for (const re of patterns) for (const m of code.matchAll(re)) if (m[2]) specs.add(m[2]);
    return [...specs].filter((s) => s.startsWith('./') || s.startsWith('../') || s.startsWith('/'));
  };
  return {
    static: find([/\b(?:import|export)\b[^'"`;()]*?\bfrom\s*(['"`])([^'"`\n]+)\1/g, /\bimport\s*(['"`])([^'"`\n]+)\1/g]),
    dynamic: find([/\bimport\s*\(\s*(['"`])([^'"`\n]+)\1\s*\)/g]),
  };
}

/** @type {Map<string, { static: string[], dynamic: string[] }>} */
const importCache = new Map();
/**
 * Add a JS file and, transitively, every dist file it imports (static imports always; dynamic
 * import() too unless staticOnly).
 * @param {string} file
 * @param {Set<string>} seen
 * @param {boolean} [staticOnly]
 */
function addJsClosure(file, seen, staticOnly = false) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  let specs = importCache.get(file);
  if (!specs) {
    const found = jsImportSpecifiers(readFileSync(file, 'utf8'));
    /** @param {string[]} list */
    const toFiles = (list) => list.map((s) => distFileFor(resolveRef(s, urlPathOfFile(file))) ?? '').filter(Boolean);
    specs = { static: toFiles(found.static), dynamic: toFiles(found.dynamic) };
    importCache.set(file, specs);
  }
  for (const f of specs.static) addJsClosure(f, seen, staticOnly);
  if (!staticOnly) for (const f of specs.dynamic) addJsClosure(f, seen, staticOnly);
}

/**
 * Add a CSS file and, transitively, the dist files its import at-rules name.
 * @param {string} file
 * @param {Set<string>} seen
 */
function addCssClosure(file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const css = readFileSync(file, 'utf8');
  for (const m of css.matchAll(/@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)\1/g)) {
    addCssClosure(distFileFor(resolveRef(m[2] ?? '', urlPathOfFile(file))) ?? '', seen);
  }
}

const JS_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/**
 * @param {Page} page
 * @returns {Weight}
 */
function measurePage(page) {
  const { html } = page;
  const here = pageUrlPath(page);
  /** @type {Set<string>} */
  const jsFiles = new Set();
  /** Files loaded before any import() runs (to mark the rest in the breakdown). @type {Set<string>} */
  const staticJs = new Set();
  /** @param {string} f */
  const addJs = (f) => {
    addJsClosure(f, jsFiles);
    addJsClosure(f, staticJs, true);
  };
  /** @type {Set<string>} */
  const cssFiles = new Set();
  let inlineJs = '';
  let inlineCss = '';
  /** @param {string | undefined} ref @param {string} what */
  const local = (ref, what) => {
    if (!ref) return null;
    const url = resolveRef(ref, here);
    const file = distFileFor(url);
    if (url && url.origin === OFFLINE_ORIGIN && (!file || !existsSync(file))) {
      fail('weight', `${page.sitePath}: ${what} "${ref}" is not a file in dist`);
      return null;
    }
    return file;
  };

  for (const { attrs, content } of elementsWithContent(html, 'script')) {
    if (!JS_SCRIPT_TYPES.has((attrs['type'] ?? '').trim().toLowerCase())) continue;
    if ('src' in attrs) {
      const f = local(attrs['src'], '<script src>');
      if (f) addJs(f);
    } else inlineJs += content;
  }
  for (const { attrs } of startTags(html, ['link'])) {
    const rel = (attrs['rel'] ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) {
      const f = local(attrs['href'], '<link rel=modulepreload>');
      if (f) addJs(f);
    }
    if (rel.includes('stylesheet')) {
      const f = local(attrs['href'], '<link rel=stylesheet>');
      if (f) addCssClosure(f, cssFiles);
    }
  }
  for (const { attrs } of startTags(html, ['astro-island'])) {
    for (const a of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const f = local(attrs[a], `<astro-island ${a}>`);
      if (f) addJs(f);
    }
  }
  for (const { content } of elementsWithContent(html, 'style')) inlineCss += content;

  /** @param {Set<string>} files @param {string} inline @returns {Size} */
  const total = (files, inline) => {
    const s = { raw: Buffer.byteLength(inline), gz: inline ? gzipLength(inline) : 0 };
    for (const f of files) {
      const fs = fileSize(f);
      s.raw += fs.raw;
      s.gz += fs.gz;
    }
    return s;
  };
  return {
    sitePath: page.sitePath,
    html: { raw: Buffer.byteLength(html), gz: gzipLength(html) },
    // Everything the page can load: static imports and, transitively, import() targets too.
    js: total(jsFiles, inlineJs),
    css: total(cssFiles, inlineCss),
    jsFiles: [...jsFiles].map((f) => path.relative(DIST, f)),
    jsParts: [
      ...(inlineJs ? [{ name: 'inline <script>s', raw: Buffer.byteLength(inlineJs), gz: gzipLength(inlineJs) }] : []),
      ...[...jsFiles].map((f) => ({ name: path.relative(DIST, f) + (staticJs.has(f) ? '' : ' (through import())'), ...fileSize(f) })),
    ],
  };
}

/** @param {string} sitePath */
function mayShipJs(sitePath) {
  return (
    BUDGETS.jsAllowedPrefixes.some((p) => sitePath.startsWith(p)) &&
    !BUDGETS.jsForbiddenPrefixes.some((p) => sitePath.startsWith(p))
  );
}

/**
 * Budget problems of one page, as messages.
 * @param {Weight} w
 * @returns {{ kind: string, message: string }[]}
 */
function budgetProblems(w) {
  const out = [];
  const small = BUDGETS.smallScripts[w.sitePath];
  if (small !== undefined) {
    if (w.js.gz > small) out.push({ kind: 'JS', message: `JS ${fmtSize(w.js.gz)} gzip > budget ${fmtSize(small)}` });
  } else if (mayShipJs(w.sitePath)) {
    if (w.js.gz > BUDGETS.islandJsGzipMax) {
      out.push({ kind: 'JS', message: `JS ${fmtSize(w.js.gz)} gzip > budget ${fmtSize(BUDGETS.islandJsGzipMax)}` });
    }
  } else if (w.js.raw > 0) {
    out.push({ kind: 'JS', message: `ships ${fmtSize(w.js.raw)} of JS (${w.jsFiles.join(', ') || 'inline'}); this page may ship none` });
  }
  if (w.css.gz > BUDGETS.cssGzipMax) {
    out.push({ kind: 'CSS', message: `CSS ${fmtSize(w.css.gz)} gzip > budget ${fmtSize(BUDGETS.cssGzipMax)}` });
  }
  return out;
}

/**
 * Print rows as an aligned table; the first row is the header.
 * @param {string[][]} rows
 * @param {boolean[]} rightAlign
 */
function printTable(rows, rightAlign) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (/** @type {string[]} */ r) =>
    r.map((c, i) => (rightAlign[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

/** @param {Page[]} pages */
function checkWeights(pages) {
  const weights = pages.map(measurePage);
  const plain = weights.filter((w) => !isResultPage(w.sitePath));
  const results = weights.filter((w) => isResultPage(w.sitePath));
  /** @param {Weight} w */
  const status = (w) => (budgetProblems(w).length ? 'OVER' : 'ok');
  /** @param {string} label @param {Weight} w @param {string} st */
  const row = (label, w, st) => [
    label, fmtSize(w.html.raw), fmtSize(w.html.gz), fmtSize(w.js.raw), fmtSize(w.js.gz), fmtSize(w.css.raw), fmtSize(w.css.gz),
    BUDGETS.smallScripts[w.sitePath] !== undefined ? `≤${fmtSize(BUDGETS.smallScripts[w.sitePath] ?? 0)}` : mayShipJs(w.sitePath) ? `≤${fmtSize(BUDGETS.islandJsGzipMax)}` : '0', st,
  ];
  const rows = [['page', 'HTML', 'HTML gz', 'JS', 'JS gz', 'CSS', 'CSS gz', 'JS budget', 'status']];
  /** @type {{ key: string, cells: string[] }[]} */
  const body = plain.map((w) => ({ key: w.sitePath, cells: row(w.sitePath, w, status(w)) }));
  if (results.length) {
    /** @param {(w: Weight) => number} f */
    const max = (f) => Math.max(...results.map(f));
    /** @type {Weight} */
    const agg = {
      sitePath: '/result/',
      html: { raw: max((w) => w.html.raw), gz: max((w) => w.html.gz) },
      js: { raw: max((w) => w.js.raw), gz: max((w) => w.js.gz) },
      css: { raw: max((w) => w.css.raw), gz: max((w) => w.css.gz) },
      jsFiles: [],
      jsParts: [],
    };
    const over = results.filter((w) => budgetProblems(w).length).length;
    body.push({ key: '/result/', cells: row(`/result/* (${results.length} pages, max)`, agg, over ? `OVER (${over})` : 'ok') });
  }
  body.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  rows.push(...body.map((b) => b.cells));
  console.log(`\n== Page weight (BASE_PATH ${BASE}; gzip level 9; JS includes transitive imports)`);
  printTable(rows, [false, true, true, true, true, true, true, true, false]);
  for (const w of plain.filter((x) => x.jsParts.length > 0)) {
    const parts = [...w.jsParts].sort((a, b) => b.gz - a.gz).map((p) => `${p.name} ${fmtSize(p.gz)}`);
    console.log(`  JS of ${w.sitePath} (gzip): ${parts.join(', ')}`);
  }

  for (const w of plain) for (const p of budgetProblems(w)) fail('budget', `${w.sitePath}: ${p.message}`);
  // Result pages: one failure per kind of problem, naming how many pages and the first one.
  /** @type {Map<string, { count: number, first: string }>} */
  const grouped = new Map();
  for (const w of results) {
    for (const p of budgetProblems(w)) {
      const g = grouped.get(p.kind);
      if (g) g.count++;
      else grouped.set(p.kind, { count: 1, first: `${w.sitePath}: ${p.message}` });
    }
  }
  for (const [kind, g] of grouped) fail('budget', `${kind} over budget on ${g.count} result page(s), e.g. ${g.first}`);
  return weights.length;
}

// ---------------------------------------------------------------------------------------------
// b) Links and third-party references

/** Elements and attributes whose URLs the browser may fetch or navigate to. */
const URL_ATTRIBUTES = /** @type {Record<string, string[]>} */ ({
  a: ['href'], link: ['href'], script: ['src'], img: ['src', 'srcset'], source: ['src', 'srcset'],
  iframe: ['src'], audio: ['src'], video: ['src', 'poster'], track: ['src'], embed: ['src'],
  object: ['data'], form: ['action'],
});

/** CSS references: url(…) and the at-rule import "…". */
const CSS_URL_RE = /(?:url\(\s*|@import\s+(?!url\())(['"]?)([^'")\s;]+)\1/g;

/** @param {string} srcset */
const srcsetUrls = (srcset) => srcset.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean);

/**
 * Origin of the configured `site`: SITE_URL, else the home page's canonical link.
 * @param {Page[]} pages
 */
function siteOrigin(pages) {
  const fromEnv = process.env.SITE_URL;
  if (fromEnv) return new URL(fromEnv).origin;
  const home = pages.find((p) => p.sitePath === '/') ?? pages[0];
  const canonical = home ? startTags(home.html, ['link']).find((t) => t.attrs['rel'] === 'canonical') : undefined;
  return canonical?.attrs['href'] ? new URL(canonical.attrs['href']).origin : null;
}

/**
 * Fail on any http(s) URL to an origin other than the site's own, in pages and CSS files.
 * @param {Page[]} pages
 * @param {string | null} ownOrigin
 */
function checkThirdParty(pages, ownOrigin) {
  let count = 0;
  /** @param {string} ref @param {string} where */
  const checkRef = (ref, where) => {
    const url = resolveRef(ref, '/');
    if (!url || !/^https?:$/.test(url.protocol) || url.origin === OFFLINE_ORIGIN || url.origin === ownOrigin) return;
    count++;
    fail('third-party', `third-party reference ${url.href} in ${where}`);
  };
  for (const page of pages) {
    for (const { name, attrs } of startTags(page.html, Object.keys(URL_ATTRIBUTES))) {
      for (const a of URL_ATTRIBUTES[name] ?? []) {
        const v = attrs[a];
        if (v === undefined) continue;
        for (const ref of a === 'srcset' ? srcsetUrls(v) : [v]) checkRef(ref, `<${name} ${a}> on ${page.sitePath}`);
      }
    }
    for (const { content } of elementsWithContent(page.html, 'style')) {
      for (const m of content.matchAll(CSS_URL_RE)) checkRef(m[2] ?? '', `inline <style> on ${page.sitePath}`);
    }
  }
  for (const file of listFiles(DIST).filter((f) => f.endsWith('.css'))) {
    const css = readFileSync(file, 'utf8');
    for (const m of css.matchAll(CSS_URL_RE)) checkRef(m[2] ?? '', path.relative(DIST, file));
  }
  return count;
}


/**
 * Site paths of the pages with an <a>/<area> href that resolves to the given URL path.
 * @param {Page[]} pages
 * @param {string} urlPath path (base included), query and fragment
 */
function pagesLinkingTo(pages, urlPath) {
  return pages
    .filter((page) =>
      startTags(page.html, ['a', 'area']).some((t) => {
        const u = t.attrs['href'] !== undefined ? resolveRef(t.attrs['href'], pageUrlPath(page)) : null;
        return u !== null && u.origin === OFFLINE_ORIGIN && u.pathname + u.search + u.hash === urlPath;
      }),
    )
    .map((p) => p.sitePath);
}

/**
 * Crawl the site with linkinator; fail on every broken internal link.
 * @param {string | null} ownOrigin
 * @param {Page[]} pages
 */
async function checkLinks(ownOrigin, pages) {
  const resultPaths = pages.map((p) => p.sitePath).filter(isResultPage);
  const server = await serveDist(DIST, BASE);
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
    const links = [];
    links.push(...(await crawl([`${local}${BASE}`, `${local}${BASE}404.html`])).links);
    // Result pages are reached by shared links, not from the site: check the ones the crawl did not
    // reach from each result page itself, a batch at a time (linkinator requests all start paths
    // at once, outside its concurrency limit).
    const rest = resultPaths.map((p) => `${local}${BASE}${p.slice(1)}`).filter((u) => !crawled.has(u));
    for (let i = 0; i < rest.length; i += RESULT_BATCH) links.push(...(await crawl(rest.slice(i, i + RESULT_BATCH))).links);
    const result = { links };
    const broken = result.links
      .filter((l) => l.state === LinkState.BROKEN)
      .sort((a, b) => a.url.localeCompare(b.url) || (a.parent ?? '').localeCompare(b.parent ?? ''));
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
      const on = l.url.includes('#') ? pagesLinkingTo(pages, l.url.slice(local.length)) : [show(l.parent)];
      fail('links', `broken link ${show(l.url)} (${status ? `HTTP ${status}` : 'no response'}${detail ? `: ${detail}` : ''}) on ${on.join(', ') || show(l.parent)}`);
    }
    const skipped = result.links.filter((l) => l.state === LinkState.SKIPPED).length;
    return { checked: result.links.length, pagesCrawled: crawled.size, broken: seen.size, skipped };
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// c) HTML validation

/** @param {Page[]} pages */
function pagesToValidate(pages) {
  const plain = pages.filter((p) => !isResultPage(p.sitePath));
  const results = pages.filter((p) => isResultPage(p.sitePath));
  const step = Math.max(1, results.length / RESULT_SAMPLE);
  /** @type {Page[]} */
  const sample = [];
  for (let i = 0; i < results.length && sample.length < RESULT_SAMPLE; i += step) {
    const p = results[Math.floor(i)];
    if (p) sample.push(p);
  }
  return { list: [...plain, ...sample], resultTotal: results.length, resultSampled: sample.length };
}

/** @param {Page[]} pages */
async function validateHtml(pages) {
  const config = JSON.parse(readFileSync(path.join(ROOT, '.htmlvalidate.json'), 'utf8'));
  delete config.$schema;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const { list, resultTotal, resultSampled } = pagesToValidate(pages);
  let errors = 0;
  for (const page of list) {
    const report = await validator.validateString(page.html, page.file);
    for (const r of report.results) {
      for (const m of r.messages) {
        if (m.severity < 2) continue;
        errors++;
        fail('html', `${path.relative(process.cwd(), page.file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
  }
  return { files: list.length, errors, resultTotal, resultSampled };
}

// ---------------------------------------------------------------------------------------------
// d) Originality

/** @returns {Set<string>} */
function loadArticleHashes() {
  const doc = JSON.parse(readFileSync(path.join(ROOT, 'scripts', 'article-8grams.json'), 'utf8'));
  if (doc.runLength !== RUN_LENGTH) throw new Error('article-8grams.json was made with another run length');
  return new Set(doc.hashes);
}

/** Attributes whose text a reader sees or hears. */
const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description'];
/** Meta tags whose text is shown in previews and search results. */
const TEXT_META = /^(description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/;

/**
 * Text segments of an HTML page a reader sees: the body and title text (scripts, styles and
 * comments removed, tags become spaces, entities decoded), plus text attributes and preview meta.
 * Each segment is matched on its own, so runs never span an attribute and the text beside it.
 * @param {string} html
 * @returns {string[]}
 */
export function visibleTextSegments(html) {
  const withoutCode = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)(?=[\s>])[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  const segments = [decodeEntities(withoutCode.replace(/<[^>]*>/g, ' '))];
  for (const m of withoutCode.matchAll(/<([a-z][a-z0-9-]*)(?=[\s/>])[^>]*>/gi)) {
    const name = (m[1] ?? '').toLowerCase();
    const attrs = parseAttributes(m[0]);
    if (name === 'meta') {
      const key = attrs['name'] ?? attrs['property'] ?? '';
      if (TEXT_META.test(key) && attrs['content']) segments.push(attrs['content']);
    } else {
      for (const a of TEXT_ATTRIBUTES) if (attrs[a]) segments.push(attrs[a]);
    }
  }
  return segments;
}

/**
 * Runs of a text that match the article, merged into spans of words.
 * @param {string} text
 * @param {Set<string>} articleHashes
 * @returns {string[]} matching passages
 */
export function findOverlaps(text, articleHashes) {
  const words = toWords(text);
  const hashes = runHashes(words);
  /** @type {string[]} */
  const spans = [];
  let start = -1;
  let end = -1;
  hashes.forEach((h, i) => {
    if (!articleHashes.has(h)) return;
    if (start >= 0 && i <= end) end = i + RUN_LENGTH;
    else {
      if (start >= 0) spans.push(words.slice(start, end).join(' '));
      start = i;
      end = i + RUN_LENGTH;
    }
  });
  if (start >= 0) spans.push(words.slice(start, end).join(' '));
  return spans;
}

/**
 * Text segments of a content source file (MDX: import/export lines, tags and link targets
 * dropped; JSON: every string value).
 * @param {string} file
 * @returns {string[]}
 */
function contentTextSegments(file) {
  const raw = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) {
    /** @type {string[]} */
    const out = [];
    /** @param {unknown} v */
    const walk = (v) => {
      if (typeof v === 'string') out.push(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(raw));
    return out;
  }
  return [
    raw
      .replace(/^(import|export)\s.*$/gm, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/<[^>]*>/g, ' '),
  ];
}

/**
 * @param {Page[]} pages
 * @param {Set<string>} articleHashes
 */
function checkOriginality(pages, articleHashes) {
  let found = 0;
  /** @param {string} where @param {string[]} segments */
  const scan = (where, segments) => {
    for (const seg of segments) {
      for (const span of findOverlaps(seg, articleHashes)) {
        found++;
        const shown = span.split(' ').length > 40 ? `${span.split(' ').slice(0, 40).join(' ')} …` : span;
        fail('originality', `${where} shares ${span.split(' ').length} consecutive words with the article: "${shown}"`);
      }
    }
  };
  for (const page of pages) scan(page.sitePath, visibleTextSegments(page.html));
  const contentDir = path.join(ROOT, 'content');
  const sources = existsSync(contentDir)
    ? listFiles(contentDir).filter((f) => f.endsWith('.mdx') || f.endsWith('.json')).sort()
    : [];
  for (const file of sources) scan(path.relative(ROOT, file), contentTextSegments(file));
  return { pages: pages.length, sources: sources.length, found };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const t0 = performance.now();
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error(`build-check: no ${path.join(DIST, 'index.html')}; run npm run build first`);
    process.exit(1);
  }
  const pages = loadPages();
  const ownOrigin = siteOrigin(pages);
  console.log(`build-check: ${pages.length} HTML pages in ${path.relative(process.cwd(), DIST) || '.'}, base ${BASE}, site origin ${ownOrigin ?? '(unknown)'}`);

  let t = performance.now();
  /** Seconds since the last call, for the section lines. */
  const lap = () => {
    const now = performance.now();
    const out = `${((now - t) / 1000).toFixed(1)} s`;
    t = now;
    return out;
  };
  checkWeights(pages);
  console.log(`(${lap()})`);

  console.log('\n== Links');
  const links = await checkLinks(ownOrigin, pages);
  const thirdParty = checkThirdParty(pages, ownOrigin);
  console.log(
    `${links.checked} links checked (${links.pagesCrawled} pages crawled, ${links.skipped} skipped as not on this server), ` +
      `${links.broken} broken; ${thirdParty} third-party reference(s) (${lap()})`,
  );

  console.log('\n== HTML validation (html-validate:recommended)');
  const html = await validateHtml(pages);
  console.log(
    `${html.files} files validated, ${html.errors} error(s)` +
      (html.resultTotal ? `; result pages: a sample of ${html.resultSampled} of ${html.resultTotal} (one shared template)` : '') +
      ` (${lap()})`,
  );

  console.log(`\n== Originality (no ${RUN_LENGTH}-word run shared with the source article)`);
  const orig = checkOriginality(pages, loadArticleHashes());
  console.log(`${orig.pages} pages and ${orig.sources} content files scanned, ${orig.found} overlap(s) (${lap()})`);

  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  if (failures.length) {
    console.log(`\n== Failures (${failures.length})`);
    for (const f of failures) console.log(`✗ [${f.check}] ${f.message}`);
    console.log(`\nbuild-check: ${pages.length} pages, ${failures.length} failures (${secs} s)`);
    process.exitCode = 1;
  } else {
    console.log(`\nbuild-check: ${pages.length} pages, 0 failures (${secs} s)`);
  }
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) await main();
