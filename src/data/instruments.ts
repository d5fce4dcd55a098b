/**
 * Loads every instrument version from the `quiz` collection, checks it against the guide, and fails
 * the build with a message naming each problem. Build-time only (astro:content).
 */
import { getCollection } from 'astro:content';
import { codeShape, instrumentProblems, type Instrument } from '../lib/instrument.ts';
import type { CodeShape } from '../lib/result-code.ts';
import { itemsFor } from '../lib/scoring.ts';
import { format } from '../i18n/format.ts';
import { inWords, lang } from '../i18n';

let cache: Promise<Map<number, Instrument>> | undefined;

async function load(): Promise<Map<number, Instrument>> {
  const [entries, chapters] = await Promise.all([getCollection('quiz'), getCollection('guide')]);
  const slugs = new Set(chapters.map((c) => c.id));
  const out = new Map<number, Instrument>();
  for (const entry of entries) {
    const inst: Instrument = entry.data;
    const problems = instrumentProblems(inst, slugs);
    if (entry.id !== `v${inst.version}`) problems.unshift(`file name must match its version: expected v${inst.version}.json`);
    if (problems.length > 0) {
      throw new Error(`content/quiz/${entry.id}.json is not a valid instrument:\n  - ${problems.join('\n  - ')}`);
    }
    // A draft is checked like the others, so a mistake in it fails the build, but it is not published.
    if (!inst.draft) out.set(inst.version, withCounts(inst));
  }
  if (out.size === 0) throw new Error('content/quiz/ holds no instrument (expected v1.json)');
  return out;
}

/**
 * The instrument with the counts its prose names filled in, so none is written by hand: an author
 * writes `{raterItems} short statements` or `{dimensions} levels` in raterIntro or selfReportNote.
 * {items} and {raterItems} are digits; {dimensions}, {bands} and {scalePoints} are words where the
 * language has them ("four").
 */
function withCounts(inst: Instrument): Instrument {
  const counts = {
    items: inst.items.length,
    raterItems: itemsFor(inst, 'rater').length,
    dimensions: inWords(inst.dimensions.length),
    bands: inWords(inst.bands.length),
    scalePoints: inWords(inst.scale.length),
  };
  return { ...inst, raterIntro: format(inst.raterIntro, lang, counts), selfReportNote: format(inst.selfReportNote, lang, counts) };
}

export function getInstruments(): Promise<Map<number, Instrument>> {
  cache ??= load();
  return cache;
}

/** The version new quizzes are taken on: the highest. */
export async function getCurrentInstrument(): Promise<Instrument> {
  const all = await getInstruments();
  return all.get(Math.max(...all.keys())) as Instrument;
}

/**
 * The versions before the current one, slimmed to what describing a result needs (dimensions, bands,
 * scale and rules): for a page that shows old results beside new ones, such as the history, without
 * shipping their statements and advice in its HTML.
 */
export async function getEarlierInstruments(): Promise<Instrument[]> {
  const all = await getInstruments();
  const current = Math.max(...all.keys());
  return [...all.values()]
    .filter((inst) => inst.version !== current)
    .map((inst) => ({ ...inst, items: [], advice: [], selfReportNote: '', raterIntro: '' }));
}

export async function getCodeShapes(): Promise<Map<number, CodeShape>> {
  const all = await getInstruments();
  return new Map([...all].map(([v, inst]) => [v, codeShape(inst)]));
}
