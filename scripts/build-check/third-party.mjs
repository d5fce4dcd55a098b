// @ts-check
/**
 * No third-party references: every href/src/srcset of a, link, script, img, source, iframe (and
 * audio, video, track, embed, object[data], form[action]) in every page, and every url() and import
 * at-rule in CSS (inline <style> and .css files), that names another http(s) origin is a failure.
 * The site's own origin (canonical links, og:url) is not third-party. One exception: a citation link,
 * `<a href="https://…" rel="external noreferrer">`, which the browser never fetches on its own and
 * which sends no referrer when followed (prose links to other sites get that rel: ProseLink.astro).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cssRefs } from './refs.mjs';
import { OFFLINE_ORIGIN, elements, listFiles, resolveRef, textOf } from './site.mjs';

/** @typedef {import('./site.mjs').Site} Site */
/** @typedef {import('./site.mjs').Failure} Failure */

/** Elements and attributes whose URLs the browser may fetch or navigate to. */
const URL_ATTRIBUTES = /** @type {Record<string, string[]>} */ ({
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
});

/**
 * An outbound link a reader may follow: https, marked external and noreferrer.
 * @param {Record<string, string>} attribs
 */
function isCitationLink(attribs) {
  const rel = (attribs.rel ?? '').split(/\s+/);
  return /^https:\/\//.test(attribs.href ?? '') && rel.includes('external') && rel.includes('noreferrer');
}

/** @param {string} srcset */
const srcsetUrls = (srcset) =>
  srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/**
 * @param {Site} site
 * @param {string | null} ownOrigin
 * @returns {{ failures: Failure[], count: number }}
 */
export function checkThirdParty(site, ownOrigin) {
  /** @type {Failure[]} */
  const failures = [];
  /** @param {string} ref @param {string} where */
  const checkRef = (ref, where) => {
    const url = resolveRef(ref, '/');
    if (!url || !/^https?:$/.test(url.protocol) || url.origin === OFFLINE_ORIGIN || url.origin === ownOrigin) return;
    failures.push({ check: 'third-party', message: `third-party reference ${url.href} in ${where}` });
  };
  for (const page of site.pages) {
    for (const el of elements(page.doc, [...Object.keys(URL_ATTRIBUTES), 'style'])) {
      if (el.name === 'style') {
        for (const ref of cssRefs(textOf(el)).urls) checkRef(ref, `inline <style> on ${page.sitePath}`);
        continue;
      }
      if (el.name === 'a' && isCitationLink(el.attribs)) continue;
      for (const a of URL_ATTRIBUTES[el.name] ?? []) {
        const v = el.attribs[a];
        if (v === undefined) continue;
        for (const ref of a === 'srcset' ? srcsetUrls(v) : [v]) checkRef(ref, `<${el.name} ${a}> on ${page.sitePath}`);
      }
    }
  }
  for (const file of listFiles(site.dist).filter((f) => f.endsWith('.css'))) {
    for (const ref of cssRefs(readFileSync(file, 'utf8')).urls) checkRef(ref, path.relative(site.dist, file));
  }
  return { failures, count: failures.length };
}
