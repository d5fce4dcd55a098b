// @ts-check
/**
 * Serves the built site (dist/) the way a static host does, for `npm start`, the browser tests, the
 * build checks and Lighthouse: files under the base path, `/dir` → 301 to `/dir/`, unknown paths
 * (including encoded slashes, parent steps and over-long paths) → dist/404.html with status 404, the
 * headers from dist/_headers (the file Netlify and Cloudflare Pages read, so tests see the CSP and
 * security headers a deploy sends), and optionally gzip, as a CDN in front of the site would.
 *
 * As a command: node scripts/serve.mjs   (PORT, default 4321; HOST, default 127.0.0.1; BASE_PATH,
 * default /; DIST, default dist). As a module: serveDist(dist, base, options).
 */
import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Longer paths are not ours: answer 404 without touching the disk. */
const MAX_PATH = 1024;

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
});

/**
 * Rules from a Netlify-style _headers file: a path pattern line, then indented `Name: value` lines.
 * @param {string} dist
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
function readHeaderRules(dist) {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return [];
  /** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else {
      const at = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && at > 0) rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** @param {string} p */
function statOf(p) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Maps a request path to a file in dist, a redirect, or nothing.
 * @param {string} dist @param {string} base @param {string} rawPath
 * @returns {{ file: string } | { redirect: string } | undefined}
 */
function resolvePath(dist, base, rawPath) {
  if (rawPath.length > MAX_PATH || !rawPath.startsWith(base)) return undefined;
  /** @type {string[]} */
  const segments = [];
  for (const seg of rawPath.slice(base.length).split('/')) {
    let decoded;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      return undefined;
    }
    // An encoded slash, a parent step or a NUL is never a real page.
    if (/[/\\\0]/.test(decoded) || decoded === '..' || decoded === '.') return undefined;
    segments.push(decoded);
  }
  const target = join(dist, ...segments);
  if (target !== dist && !target.startsWith(dist)) return undefined;
  const stat = statOf(target);
  if (stat?.isFile()) return { file: target };
  if (stat?.isDirectory()) {
    if (!rawPath.endsWith('/')) return { redirect: `${rawPath}/` };
    const index = join(target, 'index.html');
    if (statOf(index)?.isFile()) return { file: index };
  }
  return undefined;
}

/**
 * Starts a server for `dist` under `base`.
 * @param {string} distDir
 * @param {string} baseRaw e.g. '/' or '/mini-me/'
 * @param {{ port?: number, host?: string, gzip?: boolean }} [options] port 0 (default) picks a free one
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export function serveDist(distDir, baseRaw, { port = 0, host = '127.0.0.1', gzip = false } = {}) {
  const dist = resolve(distDir);
  const base = baseRaw.endsWith('/') ? baseRaw : `${baseRaw}/`;
  const rules = readHeaderRules(dist);
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const found = resolvePath(dist, base, url.pathname);
    if (found && 'redirect' in found) {
      res.writeHead(301, { Location: found.redirect + url.search }).end();
      return;
    }
    const file = found ? found.file : join(dist, '404.html');
    // Header rules match site paths with the base, as a host sees them.
    const sitePath = found ? url.pathname : `${base}404.html`;
    for (const rule of rules) if (rule.pattern.test(sitePath)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    /** @type {Buffer} */
    let body = readFileSync(file);
    if (gzip && /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      // Keyed by modification time too, so a rebuild while serving is never answered from the cache.
      const key = `${file}:${statOf(file)?.mtimeMs}`;
      let gz = gzipped.get(key);
      if (!gz) gzipped.set(key, (gz = gzipSync(body, { level: 9 })));
      body = gz;
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.setHeader('Content-Length', body.length);
    res.statusCode = found ? 200 : 404;
    res.end(req.method === 'HEAD' ? undefined : body);
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
  const base = process.env.BASE_PATH ?? '/';
  const { origin } = await serveDist(process.env.DIST ?? 'dist', base, {
    port: Number(process.env.PORT ?? 4321),
    host: process.env.HOST ?? '127.0.0.1',
    gzip: true,
  });
  console.log(`Serving dist at ${origin}${base.endsWith('/') ? base : `${base}/`}`);
}
