// @ts-check
/**
 * HTML validation with html-validate and the project's .htmlvalidate.json (the
 * html-validate:recommended preset with one rule off, void-style: Astro writes void elements as
 * <input>, Preact's server renderer (islands) as <input/>; both are valid HTML, and the rule would
 * demand one spelling). Result pages share one template: a sample of at most RESULT_SAMPLE of them,
 * evenly spread, is validated.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { isResultPage } from './site.mjs';

/** @typedef {import('./site.mjs').Site} Site */
/** @typedef {import('./site.mjs').Page} Page */
/** @typedef {import('./site.mjs').Failure} Failure */

/** Result pages share one template: validate at most this many of them. */
export const RESULT_SAMPLE = 20;

/** @param {Page[]} pages @param {number} sampleSize */
export function pagesToValidate(pages, sampleSize = RESULT_SAMPLE) {
  const plain = pages.filter((p) => !isResultPage(p.sitePath));
  const results = pages.filter((p) => isResultPage(p.sitePath));
  const step = Math.max(1, results.length / sampleSize);
  /** @type {Page[]} */
  const sample = [];
  for (let i = 0; i < results.length && sample.length < sampleSize; i += step) {
    const p = results[Math.floor(i)];
    if (p) sample.push(p);
  }
  return { list: [...plain, ...sample], resultTotal: results.length, resultSampled: sample.length };
}

/**
 * @param {Site} site
 * @param {string} configFile path of an html-validate JSON config
 * @returns {Promise<{ failures: Failure[], files: number, errors: number, resultTotal: number, resultSampled: number }>}
 */
export async function validateHtml(site, configFile) {
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  delete config.$schema;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const { list, resultTotal, resultSampled } = pagesToValidate(site.pages);
  /** @type {Failure[]} */
  const failures = [];
  for (const page of list) {
    const report = await validator.validateString(page.html, page.file);
    for (const r of report.results) {
      for (const m of r.messages) {
        if (m.severity < 2) continue;
        failures.push({
          check: 'html',
          message: `${path.relative(process.cwd(), page.file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`,
        });
      }
    }
  }
  return { failures, files: list.length, errors: failures.length, resultTotal, resultSampled };
}
