// @ts-check
/**
 * One JavaScript file per page script. Rolldown puts every module that two page scripts share
 * (Preact, nanostores, the stores, the string formatter …) into chunks of their own, so /quiz/ loaded
 * nine files in a chain three deep before it could hydrate, and Lighthouse counted them all on the
 * critical path. This Vite plugin gives each <script> of an .astro file its own copy of every module
 * it imports, transitively, by marking their ids with the script
 * (`…/QuizFlow.tsx?page-script=pages-quiz-index-0`): nothing is shared, so each page's script is one
 * self-contained file, fetched straight from the HTML. It is smaller too: one gzip stream, no exports
 * between chunks, and code of a shared module that this page never calls is tree-shaken from its copy
 * (scripts/build-check.mjs holds every page to its budget).
 *
 * What it costs: a visitor who goes from one island page to another downloads Preact and the stores
 * again (about 8 KB gzip) instead of finding them in the cache.
 *
 * Client build only (the server render is untouched); virtual modules (\0…) stay shared. The mark
 * holds no dot, because the transform after this plugin reads a module's language from the end of
 * its id.
 */

/** A processed <script> of a page or component, as Astro names it: …/src/pages/quiz/index.astro?astro&type=script&index=0&lang.ts */
const ASTRO_SCRIPT = /[\\/]src[\\/](.+)\.astro\?astro&type=script&index=(\d+)&lang\.ts$/;
const MARK = /[?&]page-script=([\w-]+)/;

/**
 * The script a module is being bundled for (its .astro file and index under src/, as a slug), or
 * null outside scripts.
 * @param {string} id
 */
export function pageOf(id) {
  const script = ASTRO_SCRIPT.exec(id);
  if (script) return `${script[1]}-${script[2]}`.replace(/[^A-Za-z0-9]+/g, '-');
  return MARK.exec(id)?.[1] ?? null;
}

/**
 * A resolved id marked as belonging to a page.
 * @param {string} id @param {string} page
 */
export const markFor = (id, page) => `${id}${id.includes('?') ? '&' : '?'}page-script=${page}`;

/** @returns {import('vite').Plugin} */
export default function pageScriptBundles() {
  return {
    name: 'mini-me:page-script-bundles',
    apply: 'build',
    // Before Vite's own resolver, which would otherwise answer first.
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    async resolveId(source, importer, options) {
      const page = importer ? pageOf(importer) : null;
      if (!page) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.startsWith('\0') || MARK.test(resolved.id)) return resolved;
      return { ...resolved, id: markFor(resolved.id, page) };
    },
  };
}
