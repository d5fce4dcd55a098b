// @ts-check
/**
 * Originality: no run of RUN_LENGTH (8) consecutive words of the site's visible text (and of the
 * text in content/**\/*.mdx and content/**\/*.json) may match the source article, whose 8-word runs
 * are stored as hashes in scripts/article-8grams.json (see scripts/make-article-8grams.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import { RUN_LENGTH, runHashes, toWords } from '../make-article-8grams.mjs';
import { listFiles } from './site.mjs';

/** @typedef {import('./site.mjs').Site} Site */
/** @typedef {import('./site.mjs').Doc} Doc */
/** @typedef {import('./site.mjs').Failure} Failure */

/** @param {string} file the JSON written by make-article-8grams.mjs @returns {Set<string>} */
export function loadArticleHashes(file) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  if (doc.runLength !== RUN_LENGTH) throw new Error(`${file} was made with another run length`);
  return new Set(doc.hashes);
}

/** Attributes whose text a reader sees or hears. */
const TEXT_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder', 'aria-description'];
/** Meta tags whose text is shown in previews and search results. */
const TEXT_META = /^(description|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/;
/** Elements whose content is code, not text. */
const CODE_ELEMENTS = new Set(['script', 'style']);

/**
 * Text segments of a page a reader sees: the document's text (scripts and styles left out, every
 * element boundary a space), plus text attributes and preview meta. Each segment is matched on its
 * own, so runs never span an attribute and the text beside it.
 * @param {Doc} doc
 * @returns {string[]}
 */
export function visibleTextSegments(doc) {
  /** @type {string[]} */
  const text = [];
  /** @type {string[]} */
  const attributes = [];
  /** @param {import('./site.mjs').Doc['children']} nodes */
  const walk = (nodes) => {
    for (const node of nodes) {
      if (DomUtils.isText(node)) text.push(node.data);
      else if (DomUtils.isTag(node) && !CODE_ELEMENTS.has(node.name)) {
        const a = node.attribs;
        if (node.name === 'meta') {
          const key = a['name'] ?? a['property'] ?? '';
          if (TEXT_META.test(key) && a['content']) attributes.push(a['content']);
        } else for (const name of TEXT_ATTRIBUTES) if (a[name]) attributes.push(a[name]);
        text.push(' ');
        walk(node.children);
        text.push(' ');
      }
    }
  };
  walk(doc.children);
  return [text.join(''), ...attributes];
}

/**
 * Runs of a text that match the article, merged into spans of words.
 * @param {string} text
 * @param {Set<string>} articleHashes
 * @returns {string[]} matching passages
 */
export function findOverlaps(text, articleHashes) {
  const words = toWords(text);
  /** @type {string[]} */
  const spans = [];
  let start = -1;
  let end = -1;
  runHashes(words).forEach((h, i) => {
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
export function contentTextSegments(file) {
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
 * @param {Site} site
 * @param {Set<string>} articleHashes
 * @param {string | null} contentDir content sources to scan too (null: none)
 * @returns {{ failures: Failure[], pages: number, sources: number, found: number }}
 */
export function checkOriginality(site, articleHashes, contentDir) {
  /** @type {Failure[]} */
  const failures = [];
  /** @param {string} where @param {string[]} segments */
  const scan = (where, segments) => {
    for (const seg of segments) {
      for (const span of findOverlaps(seg, articleHashes)) {
        const words = span.split(' ');
        const shown = words.length > 40 ? `${words.slice(0, 40).join(' ')} …` : span;
        failures.push({ check: 'originality', message: `${where} shares ${words.length} consecutive words with the article: "${shown}"` });
      }
    }
  };
  for (const page of site.pages) scan(page.sitePath, visibleTextSegments(page.doc));
  const sources =
    contentDir && existsSync(contentDir)
      ? listFiles(contentDir)
          .filter((f) => f.endsWith('.mdx') || f.endsWith('.json'))
          .sort()
      : [];
  for (const file of sources) scan(path.relative(path.dirname(contentDir ?? '.'), file), contentTextSegments(file));
  return { failures, pages: site.pages.length, sources: sources.length, found: failures.length };
}
