// @ts-check
/**
 * Serves the built site (dist/) the way a static host does, for `npm start`, the browser tests and
 * Lighthouse: files under the base path, `/dir` → 301 to `/dir/`, unknown paths → dist/404.html with
 * status 404, and the headers from dist/_headers (the file Netlify and Cloudflare Pages read), so
 * tests see the same Content-Security-Policy and security headers a deploy sends.
 *
 * Usage: node scripts/serve.mjs   (PORT, default 4321; HOST, default 127.0.0.1; BASE_PATH, default /; DIST)
 */
import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

const PORT = Number(process.env.PORT ?? 4321);
const HOST = process.env.HOST ?? '127.0.0.1';
const DIST = resolve(process.env.DIST ?? 'dist');
const rawBase = process.env.BASE_PATH ?? '/';
const BASE = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
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
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
function readHeaderRules() {
  const file = join(DIST, '_headers');
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
const headerRules = readHeaderRules();

/** @param {string} sitePath @param {import('node:http').ServerResponse} res */
function applyHeaders(sitePath, res) {
  for (const rule of headerRules) {
    if (rule.pattern.test(sitePath)) for (const [k, v] of rule.headers) res.setHeader(k, v);
  }
}

/** @param {string} p */
function fileAt(p) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/**
 * Maps a request path to a file in dist, or a redirect, or nothing.
 * @param {string} rawPath
 * @returns {{ file: string, sitePath: string } | { redirect: string } | undefined}
 */
function resolvePath(rawPath) {
  if (rawPath.length > MAX_PATH || !rawPath.startsWith(BASE)) return undefined;
  const rest = rawPath.slice(BASE.length);
  /** @type {string[]} */
  const segments = [];
  for (const seg of rest.split('/')) {
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
  const sitePath = `/${segments.join('/')}`;
  const target = join(DIST, ...segments);
  if (!target.startsWith(DIST)) return undefined;
  const stat = fileAt(target);
  if (stat?.isFile()) return { file: target, sitePath };
  if (stat?.isDirectory()) {
    if (!rawPath.endsWith('/')) return { redirect: `${rawPath}/` };
    const index = join(target, 'index.html');
    if (fileAt(index)?.isFile()) return { file: index, sitePath };
  }
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const found = resolvePath(url.pathname);
  if (found && 'redirect' in found) {
    res.writeHead(301, { Location: found.redirect + url.search }).end();
    return;
  }
  const file = found ? found.file : join(DIST, '404.html');
  const sitePath = found ? found.sitePath : '/404.html';
  applyHeaders(sitePath, res);
  res.statusCode = found ? 200 : 404;
  res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
  const body = readFileSync(file);
  res.setHeader('Content-Length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(PORT, HOST, () => {
  console.log(`Serving ${DIST} at http://${HOST}:${PORT}${BASE}`);
});
