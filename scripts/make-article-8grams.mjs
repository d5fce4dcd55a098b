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

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

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

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const input = process.argv[2];
  if (!input) {
    console.error('usage: npx node scripts/make-article-8grams.mjs <article.md> [out.json]');
    process.exit(2);
  }
  const out = process.argv[3] ?? fileURLToPath(new URL('./article-8grams.json', import.meta.url));
  const doc = makeFingerprint(readFileSync(input, 'utf8'));
  writeFileSync(out, `${JSON.stringify(doc, null, 1)}\n`);
  console.log(`make-article-8grams: ${doc.count} runs of ${RUN_LENGTH} words hashed -> ${out}`);
}
