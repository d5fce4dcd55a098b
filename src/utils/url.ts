/**
 * Site paths under the configured `base` (see astro.config.mjs), so a build under a sub-path such as
 * `/mini-me/` links correctly. Pass a root-relative path: `href('/guide/')`.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The base path ending in '/', as islands and components that build links from it expect. */
export const BASE_PATH = `${BASE}/`;

export function href(path: string): string {
  if (!path.startsWith('/')) throw new Error(`href() takes a root-relative path, got "${path}"`);
  return `${BASE}${path}`;
}

/** The path without the base, to compare against root-relative paths (`/guide/…`). */
export function stripBase(pathname: string): string {
  return BASE && pathname.startsWith(BASE) ? pathname.slice(BASE.length) || '/' : pathname;
}
