// @ts-check
// Regenerates scripts/article-8grams.json: the fingerprints of the source article that
// scripts/build-check.mjs uses to prove the site shares no run of 8 consecutive words with it.
// The article itself is not in this repo; only one-way hashes of its 8-word runs are.
//
// Usage (a maintainer who has the article):
//   npx node scripts/make-article-8grams.mjs path/to/mini-me-article.md [out.json]
//
// This file also exports the normalisation and hashing that build-check.mjs reuses, so both
// sides always treat text the same way. Normalisation (NORMALISATION below, also in the JSON):
//   Unicode NFKD, accents dropped; lowercase; curly single quotes / primes / backtick to ';
//   every character other than [a-z0-9'] becomes a space; split on spaces; apostrophes at the
//   start or end of a word are trimmed (so 'mini-me' and “mini-me” both give: mini me);
//   empty words dropped. Each run of 8 consecutive words is joined with single spaces and hashed
//   with SHA-256; the first 16 hex characters are kept.
// If the file has a preface ending at a line that is exactly "---" (as the shared source copy
// does: a note to writers, not part of the article), only the text after that line is used.
//
// It also writes scripts/article-paraphrase.json, the fingerprints of the paraphrase detectors
// (see makeParaphraseFingerprint below and scripts/build-check/originality.mjs): hashes of runs of
// content stems, of the article's lists of three, and of ordered stem pairs per passage. Those are
// taken from the article's prose only (articleProse): its title, the share button, the byline and
// the publisher's republication note are not the author's prose, and the site must be free to
// name the title, the author and his affiliations.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import {
  PARAPHRASE_VERSION,
  PASSAGE_SENTENCES,
  STEM_RUN_LENGTH,
  contentRuns,
  hashKey,
  itemTriples,
  listsOf,
  pairKey,
  passages,
  runKey,
  shapedPairKeys,
  textUnits,
  tripleKey,
} from './paraphrase-text.mjs';

/** Words per run. */
export const RUN_LENGTH = 8;
/** Hex characters kept of each SHA-256 digest. */
export const HASH_HEX_CHARS = 16;
export const NORMALISATION =
  "NFKD with combining accents removed; lowercase; curly single quotes, primes and backtick to '; " +
  "every character not in [a-z0-9'] becomes a space; split on whitespace; leading/trailing ' trimmed " +
  'from each word; empty words dropped. Each run of 8 consecutive words is joined by single spaces, ' +
  'hashed with SHA-256, and the first 16 hex characters kept.';

/**
 * Normalise text into the word list that runs are taken from.
 * @param {string} text
 * @returns {string[]}
 */
export function toWords(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 0);
}

/**
 * Short hash of one run of words.
 * @param {string[]} run
 * @returns {string}
 */
export function hashRun(run) {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, HASH_HEX_CHARS);
}

/**
 * Hashes of every run of RUN_LENGTH consecutive words, in order (index i = run starting at word i).
 * @param {string[]} words
 * @returns {string[]}
 */
export function runHashes(words) {
  /** @type {string[]} */
  const out = [];
  for (let i = 0; i + RUN_LENGTH <= words.length; i++) out.push(hashRun(words.slice(i, i + RUN_LENGTH)));
  return out;
}

/**
 * The article's text without a writers' preface (text up to a line that is exactly "---").
 * @param {string} raw
 * @returns {string}
 */
export function articleBody(raw) {
  const lines = raw.split(/\r?\n/);
  const sep = lines.findIndex((l) => l.trim() === '---');
  return sep >= 0 ? lines.slice(sep + 1).join('\n') : raw;
}

/**
 * Build the JSON document for an article's text.
 * @param {string} raw
 */
export function makeFingerprint(raw) {
  const hashes = [...new Set(runHashes(toWords(articleBody(raw))))].sort();
  return {
    note:
      'Fingerprint of the source article (R. Ruff, "Sales managers and the mini-me syndrome"), which is not ' +
      'in this repo. Each entry is a truncated SHA-256 of one run of 8 consecutive normalised words of the ' +
      'article; scripts/build-check.mjs fails if any 8-word run of the site hashes to one of them. It holds no ' +
      'article text. Regenerate with: npx node scripts/make-article-8grams.mjs <article.md>',
    normalisation: NORMALISATION,
    runLength: RUN_LENGTH,
    hashHexChars: HASH_HEX_CHARS,
    count: hashes.length,
    hashes,
  };
}

/**
 * The article's prose: the lines of its body that end a sentence (. ! ? maybe followed by a
 * closing quote or bracket), except the publisher's "Republished with…" note; each line a
 * paragraph of its own (its bullets stay bullets). Title, share button and byline have no full stop.
 * @param {string} raw
 * @returns {string}
 */
export function articleProse(raw) {
  return articleBody(raw)
    .split(/\r?\n/)
    .filter((l) => /[.!?]["'\u201d\u2019)]?\s*$/.test(l) && !/^\s*Republished\b/.test(l))
    .join('\n\n');
}

/**
 * Build the JSON document of the paraphrase detectors' fingerprints for an article's text.
 * Every entry is a truncated SHA-256 of a key (see scripts/paraphrase-text.mjs):
 * - runs: "run a b c", each run of STEM_RUN_LENGTH consecutive content stems of a paragraph;
 * - lists.triples: "list a b c", one key stem of each of three items of a list, in order;
 * - lists.shapes: "shape what|how|what 0:a 2:b", a list's openers with two items' key stems;
 * - order.pairs: "order a b", stem a before stem b in one passage of up to PASSAGE_SENTENCES
 *   sentences, mapped to the passages (numbered) that hold the pair.
 * @param {string} raw
 */
export function makeParaphraseFingerprint(raw) {
  const units = textUnits(articleProse(raw));
  const runs = new Set();
  for (const p of units.paragraphs)
    for (const run of contentRuns(p))
      for (let i = 0; i + STEM_RUN_LENGTH <= run.length; i++)
        runs.add(hashKey(runKey(run.slice(i, i + STEM_RUN_LENGTH).map((t) => /** @type {string} */ (t.stem)))));
  const triples = new Set();
  const shapes = new Set();
  const lists = listsOf(units);
  for (const items of lists) {
    for (const t of itemTriples(items)) triples.add(hashKey(tripleKey(t)));
    for (const { key } of shapedPairKeys(items)) shapes.add(hashKey(key));
  }
  /** @type {Map<string, Set<number>>} */
  const pairs = new Map();
  const windows = passages(units.sentences, PASSAGE_SENTENCES);
  windows.forEach((tokens, w) => {
    for (let i = 0; i < tokens.length; i++)
      for (let j = i + 1; j < tokens.length; j++) {
        const h = hashKey(pairKey(/** @type {string} */ (tokens[i]?.stem), /** @type {string} */ (tokens[j]?.stem)));
        const set = pairs.get(h) ?? new Set();
        set.add(w);
        pairs.set(h, set);
      }
  });
  const sorted = /** @param {Set<string>} s */ (s) => [...s].sort();
  return {
    note:
      'Paraphrase fingerprints of the source article (R. Ruff, "Sales managers and the mini-me syndrome"), which is ' +
      'not in this repo. Every entry is a truncated SHA-256 of a key made of word stems (see ' +
      'scripts/paraphrase-text.mjs); scripts/build-check/originality.mjs hashes the site the same way. It holds no ' +
      'article text. Regenerate with: npx node scripts/make-article-8grams.mjs <article.md>',
    version: PARAPHRASE_VERSION,
    hashHexChars: HASH_HEX_CHARS,
    runs: { length: STEM_RUN_LENGTH, hashes: sorted(runs) },
    lists: { count: lists.length, triples: sorted(triples), shapes: sorted(shapes) },
    order: {
      passageSentences: PASSAGE_SENTENCES,
      passages: windows.length,
      pairs: Object.fromEntries([...pairs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([h, ws]) => [h, [...ws].sort((a, b) => a - b)])),
    },
  };
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const input = process.argv[2];
  if (!input) {
    console.error('usage: npx node scripts/make-article-8grams.mjs <article.md> [8grams-out.json] [paraphrase-out.json]');
    process.exit(2);
  }
  const raw = readFileSync(input, 'utf8');
  const out = process.argv[3] ?? fileURLToPath(new URL('./article-8grams.json', import.meta.url));
  const doc = makeFingerprint(raw);
  writeFileSync(out, `${JSON.stringify(doc, null, 1)}\n`);
  console.log(`make-article-8grams: ${doc.count} runs of ${RUN_LENGTH} words hashed -> ${out}`);
  const outParaphrase = process.argv[4] ?? fileURLToPath(new URL('./article-paraphrase.json', import.meta.url));
  const para = makeParaphraseFingerprint(raw);
  writeFileSync(outParaphrase, `${JSON.stringify(para, null, 1)}\n`);
  console.log(
    `make-article-8grams: ${para.runs.hashes.length} stem runs, ${para.lists.count} list(s) ` +
      `(${para.lists.triples.length} triples, ${para.lists.shapes.length} shapes), ` +
      `${Object.keys(para.order.pairs).length} ordered pairs in ${para.order.passages} passages hashed -> ${outParaphrase}`,
  );
}
