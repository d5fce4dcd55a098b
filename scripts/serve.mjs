// @ts-check
/**
 * Serves the built site (dist/) the way a static host does, for `npm start`, the browser tests, the
 * build checks and Lighthouse. Files come from sirv (read from disk on every request, so a rebuild
 * while serving is seen); around it, what Netlify and Cloudflare Pages do and sirv does not:
 * - the site lives under the base path; anything outside it is not found;
 * - `/dir` → 301 to `/dir/` (the site uses trailing slashes, so the link checker flags such links);
 * - an unknown path gets dist/404.html with status 404;
 * - dist/_headers (written by src/integrations/security-headers.mjs) is read with Netlify's own
 *   parser and applied as both hosts do: every rule whose path matches adds its headers, values of
 *   a header named twice joined with a comma; pages without a Cache-Control rule get the hosts'
 *   default (revalidate every time);
 * - optionally gzip (compression), as a CDN in front of the site would, for Lighthouse.
 *
 * As a command: node scripts/serve.mjs   (PORT, default 4321; HOST, default 127.0.0.1; BASE_PATH,
 * default /; DIST, default dist). As a module: serveDist(dist, base, options).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllHeaders } from '@netlify/headers-parser';
import compression from 'compression';
import sirv from 'sirv';
import { normalizeBase } from '../src/lib/base-path.ts';

/** What Netlify and Cloudflare Pages send for a file no _headers rule gives a Cache-Control. */
const DEFAULT_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
/** Files a host reads as configuration and never serves. */
const HOST_FILES = new Set(['/_headers', '/_redirects']);

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} Response */

/**
 * The rules of dist/_headers as a function that sets a response's headers for a URL path.
 * @param {string} dist
 * @returns {Promise<(res: Response, urlPath: string) => void>}
 */
async function headerRules(dist) {
  const file = join(dist, '_headers');
  const { headers: rules, errors } = await parseAllHeaders({
    headersFiles: existsSync(file) ? [file] : [],
    configHeaders: [],
    minimal: false,
  });
  if (errors.length) throw new Error(`${file}: ${errors.map((e) => e.message).join('; ')}`);
  return (res, urlPath) => {
    /** @type {Map<string, string>} */
    const out = new Map([['Cache-Control', DEFAULT_CACHE_CONTROL]]);
    /** @type {Set<string>} */
    const fromRules = new Set();
    for (const rule of rules) {
      if (!('forRegExp' in rule) || !rule.forRegExp.test(urlPath)) continue;
      for (const [name, value] of Object.entries(rule.values)) {
        const key = [...out.keys()].find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
        out.set(key, fromRules.has(key) ? `${out.get(key)}, ${value}` : value);
        fromRules.add(key);
      }
    }
    for (const [name, value] of out) res.setHeader(name, value);
  };
}

/**
 * Starts a server for `dist` under `base`.
 * @param {string} distDir
 * @param {string} baseRaw e.g. '/' or '/mini-me/'
 * @param {{ port?: number, host?: string, gzip?: boolean }} [options] port 0 (default) picks a free one
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveDist(distDir, baseRaw, { port = 0, host = '127.0.0.1', gzip = false } = {}) {
  const dist = resolve(distDir);
  const base = normalizeBase(baseRaw);
  const setHeaders = await headerRules(dist);

  /** dist/404.html with status 404, and the headers a host sends with it. @param {Response} res */
  const notFound = (res) => {
    const body = readFileSync(join(dist, '404.html'));
    setHeaders(res, `${base}404.html`);
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  };
  const files = sirv(dist, {
    dev: true,
    extensions: ['html'],
    // sirv's request path is relative to dist; the rules name paths as the host sees them.
    setHeaders: (res, pathname) => setHeaders(res, base + pathname.slice(1)),
    onNoMatch: (_req, res) => notFound(res),
  });
  /**
   * Whether a site path without a trailing slash names a directory with a page. Decoded as sirv
   * does (decodeURI), so an encoded slash stays a character and names nothing.
   * @param {string} path
   */
  const isPageDir = (path) => {
    let decoded;
    try {
      decoded = decodeURI(path);
    } catch {
      return false;
    }
    const dir = normalize(join(dist, decoded));
    return dir.startsWith(dist + sep) && existsSync(join(dir, 'index.html'));
  };
  // compression works on plain Node requests and responses; its types name Express's.
  const compress = gzip
    ? /** @type {(req: IncomingMessage, res: Response, next: () => void) => void} */ (/** @type {unknown} */ (compression()))
    : null;

  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const serve = () => {
      if (!url.pathname.startsWith(base)) return notFound(res);
      const path = `/${url.pathname.slice(base.length)}`;
      if (HOST_FILES.has(path)) return notFound(res);
      if (!path.endsWith('/') && !extname(path)) {
        if (!isPageDir(path)) return notFound(res);
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      req.url = path + url.search;
      files(req, res);
    };
    if (compress) compress(req, res, serve);
    else serve();
  });

  return new Promise((resolveStart, reject) => {
    server.on('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      resolveStart({
        origin: `http://${host}:${actual}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const base = normalizeBase(process.env.BASE_PATH);
  const { origin } = await serveDist(process.env.DIST ?? 'dist', base, {
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST ?? '127.0.0.1',
    gzip: true,
  });
  console.log(`Serving dist at ${origin}${base}`);
}
