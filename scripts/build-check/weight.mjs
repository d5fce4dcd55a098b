// @ts-check
/**
 * Page weight: per HTML page, HTML / JS / CSS bytes raw and gzip (level 9), against the budgets.
 *
 * JS = <script src>, inline <script> (JSON-LD and other data blocks excluded),
 * <link rel=modulepreload>, <astro-island> component-url / renderer-url / before-hydration-url, and
 * every file those import, statically or with import(), transitively (files reached only through
 * import() are still counted, and marked in the per-page JS breakdown). CSS = <link rel=stylesheet>
 * + inline <style> (+ the import at-rule, transitively). Result pages (hundreds, one template) are
 * all checked but shown as one row with the maximum of each column, and their budget failures are
 * grouped into one line per kind. Sizes are shown in KB of 1024 bytes; the budgets use the same unit.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { cssRefs, jsImports } from './refs.mjs';
import { OFFLINE_ORIGIN, distFileFor, elements, isResultPage, pageUrlPath, resolveRef, textOf, urlPathOfFile } from './site.mjs';

/** @typedef {import('./site.mjs').Site} Site */
/** @typedef {import('./site.mjs').Page} Page */
/** @typedef {import('./site.mjs').Failure} Failure */
/** @typedef {{ raw: number, gz: number }} Size */
/** @typedef {{ name: string, raw: number, gz: number }} Part */
/** @typedef {{ sitePath: string, html: Size, js: Size, css: Size, jsFiles: string[], jsParts: Part[], files: number }} Weight */
/** @typedef {typeof BUDGETS} Budgets */

/** Page budgets. Sizes in bytes (gzip level 9). */
export const BUDGETS = {
  /** Pages whose path (without the base) starts with one of these may ship JavaScript… */
  jsAllowedPrefixes: ['/quiz/', '/team/', '/cohort/'],
  /** …except these, which must ship none (the printable worksheet). */
  jsForbiddenPrefixes: ['/quiz/print/'],
  /** JavaScript on an allowed page, gzip. Every other page: 0 bytes, raw. */
  islandJsGzipMax: 16 * 1024,
  /** CSS on any page, gzip. */
  cssGzipMax: 10 * 1024,
  /**
   * Pages that may ship a small script as progressive enhancement, gzip: the 404 page recognizes a
   * damaged result link and says what is wrong with it (it reads fine without JS).
   */
  smallScripts: /** @type {Record<string, number>} */ ({ '/404.html': 2 * 1024 }),
  /**
   * Files a page fetches before it can paint and hydrate: its stylesheets and module scripts with
   * their static imports (what Lighthouse lists as the critical request chain). Every page shows the
   * count; the island pages are held to it (each has the layout's stylesheet and its own script).
   */
  upFrontFilesMax: /** @type {Record<string, number>} */ ({
    '/quiz/': 4,
    '/quiz/history/': 4,
    '/team/compare/': 4,
    '/team/rate/': 4,
    '/team/collect/': 4,
    '/team/': 4,
    '/cohort/': 4,
  }),
};

const JS_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** @param {number} bytes */
export function fmtSize(bytes) {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** @param {string | Buffer} data */
const gzipLength = (data) => gzipSync(data, { level: 9 }).length;

/**
 * Measures pages; the caches live as long as the returned function (one site).
 * @param {Site} site
 * @param {(message: string) => void} fail
 */
function pageMeasurer(site, fail) {
  /** @type {Map<string, Size>} */
  const sizes = new Map();
  /** @param {string} file */
  const fileSize = (file) => {
    let s = sizes.get(file);
    if (!s) {
      const buf = readFileSync(file);
      sizes.set(file, (s = { raw: buf.length, gz: gzipLength(buf) }));
    }
    return s;
  };
  /** @param {string[]} specs @param {string} from */
  const toFiles = (specs, from) => specs.map((s) => distFileFor(site, resolveRef(s, urlPathOfFile(site, from)))).filter((f) => f !== null);
  /** @type {Map<string, { static: string[], dynamic: string[] }>} */
  const imports = new Map();
  /**
   * Adds a JS file and, transitively, every dist file it imports (import() targets too unless
   * staticOnly).
   * @param {string} file @param {Set<string>} seen @param {boolean} staticOnly
   */
  const addJs = (file, seen, staticOnly) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    let specs = imports.get(file);
    if (!specs) {
      const found = jsImports(readFileSync(file, 'utf8'));
      imports.set(file, (specs = { static: toFiles(found.static, file), dynamic: toFiles(found.dynamic, file) }));
    }
    for (const f of specs.static) addJs(f, seen, staticOnly);
    if (!staticOnly) for (const f of specs.dynamic) addJs(f, seen, staticOnly);
  };
  /** @param {string} file @param {Set<string>} seen */
  const addCss = (file, seen) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const f of toFiles(cssRefs(readFileSync(file, 'utf8')).imports, file)) addCss(f, seen);
  };

  /** @param {Page} page @returns {Weight} */
  return (page) => {
    const here = pageUrlPath(site, page);
    /** @type {Set<string>} */
    const jsFiles = new Set();
    /** Files loaded before any import() runs (to mark the rest in the breakdown). @type {Set<string>} */
    const staticJs = new Set();
    /** @type {Set<string>} */
    const cssFiles = new Set();
    let inlineJs = '';
    let inlineCss = '';
    /** A dist file named by an attribute, or null (failing if it names a missing local file). @param {string | undefined} ref @param {string} what */
    const local = (ref, what) => {
      if (!ref) return null;
      const url = resolveRef(ref, here);
      const file = distFileFor(site, url);
      if (url && url.origin === OFFLINE_ORIGIN && (!file || !existsSync(file))) {
        fail(`${page.sitePath}: ${what} "${ref}" is not a file in dist`);
        return null;
      }
      return file;
    };
    /** @param {string | null} f */
    const js = (f) => {
      if (!f) return;
      addJs(f, jsFiles, false);
      addJs(f, staticJs, true);
    };

    for (const el of elements(page.doc, ['script', 'link', 'astro-island', 'style'])) {
      const a = el.attribs;
      if (el.name === 'script') {
        if (!JS_SCRIPT_TYPES.has((a['type'] ?? '').trim().toLowerCase())) continue;
        if ('src' in a) js(local(a['src'], '<script src>'));
        else inlineJs += textOf(el);
      } else if (el.name === 'link') {
        const rel = (a['rel'] ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('modulepreload')) js(local(a['href'], '<link rel=modulepreload>'));
        if (rel.includes('stylesheet')) {
          const f = local(a['href'], '<link rel=stylesheet>');
          if (f) addCss(f, cssFiles);
        }
      } else if (el.name === 'astro-island') {
        for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) js(local(a[attr], `<astro-island ${attr}>`));
      } else inlineCss += textOf(el);
    }

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
      html: { raw: Buffer.byteLength(page.html), gz: gzipLength(page.html) },
      js: total(jsFiles, inlineJs),
      css: total(cssFiles, inlineCss),
      jsFiles: [...jsFiles].map((f) => path.relative(site.dist, f)),
      files: cssFiles.size + staticJs.size,
      jsParts: [
        ...(inlineJs ? [{ name: 'inline <script>s', raw: Buffer.byteLength(inlineJs), gz: gzipLength(inlineJs) }] : []),
        ...[...jsFiles].map((f) => ({
          name: path.relative(site.dist, f) + (staticJs.has(f) ? '' : ' (through import())'),
          ...fileSize(f),
        })),
      ],
    };
  };
}

/** @param {Budgets} budgets @param {string} sitePath */
const mayShipJs = (budgets, sitePath) =>
  budgets.jsAllowedPrefixes.some((p) => sitePath.startsWith(p)) && !budgets.jsForbiddenPrefixes.some((p) => sitePath.startsWith(p));

/** The JS budget of a page: bytes gzip, or 0 for "none at all". @param {Budgets} budgets @param {string} sitePath */
const jsBudget = (budgets, sitePath) => budgets.smallScripts[sitePath] ?? (mayShipJs(budgets, sitePath) ? budgets.islandJsGzipMax : 0);

/**
 * Budget problems of one page.
 * @param {Budgets} budgets
 * @param {Weight} w
 * @returns {{ kind: string, message: string }[]}
 */
export function budgetProblems(budgets, w) {
  const out = [];
  const js = jsBudget(budgets, w.sitePath);
  if (js > 0) {
    if (w.js.gz > js) out.push({ kind: 'JS', message: `JS ${fmtSize(w.js.gz)} gzip > budget ${fmtSize(js)}` });
  } else if (w.js.raw > 0) {
    out.push({ kind: 'JS', message: `ships ${fmtSize(w.js.raw)} of JS (${w.jsFiles.join(', ') || 'inline'}); this page may ship none` });
  }
  if (w.css.gz > budgets.cssGzipMax) {
    out.push({ kind: 'CSS', message: `CSS ${fmtSize(w.css.gz)} gzip > budget ${fmtSize(budgets.cssGzipMax)}` });
  }
  const files = budgets.upFrontFilesMax[w.sitePath];
  if (files !== undefined && w.files > files) {
    out.push({ kind: 'files', message: `${w.files} stylesheets and scripts up front > budget ${files}` });
  }
  return out;
}

/**
 * Rows as an aligned table; the first row is the header.
 * @param {string[][]} rows
 * @param {boolean[]} rightAlign
 */
export function formatTable(rows, rightAlign) {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  /** @param {string[]} r */
  const line = (r) =>
    r
      .map((c, i) => (rightAlign[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
}

/**
 * Weighs every page against the budgets.
 * @param {Site} site
 * @param {Budgets} [budgets]
 * @returns {{ failures: Failure[], report: string[], weights: Weight[] }}
 */
export function checkWeights(site, budgets = BUDGETS) {
  /** @type {Failure[]} */
  const failures = [];
  const weights = site.pages.map(pageMeasurer(site, (message) => failures.push({ check: 'weight', message })));
  const plain = weights.filter((w) => !isResultPage(w.sitePath));
  const results = weights.filter((w) => isResultPage(w.sitePath));
  /** @param {string} label @param {Weight} w @param {string} status */
  const row = (label, w, status) => {
    const js = jsBudget(budgets, w.sitePath);
    const sizes = [w.html.raw, w.html.gz, w.js.raw, w.js.gz, w.css.raw, w.css.gz].map(fmtSize);
    const files = budgets.upFrontFilesMax[w.sitePath];
    return [label, ...sizes, js ? `≤${fmtSize(js)}` : '0', files === undefined ? String(w.files) : `${w.files} (≤${files})`, status];
  };
  const body = plain.map((w) => ({ key: w.sitePath, cells: row(w.sitePath, w, budgetProblems(budgets, w).length ? 'OVER' : 'ok') }));
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
      files: max((w) => w.files),
    };
    const over = results.filter((w) => budgetProblems(budgets, w).length).length;
    body.push({ key: '/result/', cells: row(`/result/* (${results.length} pages, max)`, agg, over ? `OVER (${over})` : 'ok') });
  }
  body.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const report = formatTable(
    [['page', 'HTML', 'HTML gz', 'JS', 'JS gz', 'CSS', 'CSS gz', 'JS budget', 'files', 'status'], ...body.map((b) => b.cells)],
    [false, true, true, true, true, true, true, true, true, false],
  );
  for (const w of plain.filter((x) => x.jsParts.length > 0)) {
    const parts = [...w.jsParts].sort((a, b) => b.gz - a.gz).map((p) => `${p.name} ${fmtSize(p.gz)}`);
    report.push(`  JS of ${w.sitePath} (gzip): ${parts.join(', ')}`);
  }

  for (const w of plain)
    for (const p of budgetProblems(budgets, w)) failures.push({ check: 'budget', message: `${w.sitePath}: ${p.message}` });
  // Result pages: one failure per kind of problem, naming how many pages and the first one.
  /** @type {Map<string, { count: number, first: string }>} */
  const grouped = new Map();
  for (const w of results) {
    for (const p of budgetProblems(budgets, w)) {
      const g = grouped.get(p.kind);
      if (g) g.count++;
      else grouped.set(p.kind, { count: 1, first: `${w.sitePath}: ${p.message}` });
    }
  }
  for (const [kind, g] of grouped)
    failures.push({ check: 'budget', message: `${kind} over budget on ${g.count} result page(s), e.g. ${g.first}` });
  return { failures, report, weights };
}
