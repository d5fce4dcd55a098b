/**
 * Scoring: the single source of truth for every place that shows a result — the quiz's result view,
 * the prerendered result pages and the team comparison; the printed worksheet's key is built from
 * its levelOf, levelValue and roundTowardMiddle.
 *
 * answers → a 0–100 mini-me score per dimension → a level (the band the score falls in) per
 * dimension → the Mini-Me Index (mean of the levels' band midpoints) → the index's band.
 *
 * The index is built from the levels, not the raw scores, so that a result link carrying only the
 * levels rebuilds exactly the numbers the quiz showed: one result, everywhere.
 */
import type { Advice, Band, Dimension, Instrument, Item } from './instrument.ts';

/** Which wording is asked: the manager's own ('self') or a rep's view of their manager ('rater'). */
export type Form = 'self' | 'rater';

/** Item id → chosen scale value. */
export type Answers = Readonly<Record<string, number>>;

/** What a result code carries: the instrument version and one level (band index) per dimension. */
export interface Result {
  readonly version: number;
  readonly levels: readonly number[];
}

export interface DimensionResult {
  readonly dimension: Dimension;
  readonly level: number;
  readonly band: Band;
  readonly advice: Advice | undefined;
}

export interface ResultView {
  readonly result: Result;
  /** 0–100, higher = more mini-me. */
  readonly index: number;
  readonly indexLevel: number;
  readonly indexBand: Band;
  readonly dimensions: readonly DimensionResult[];
}

export function itemsFor(inst: Instrument, form: Form): Item[] {
  return inst.items.filter((item) => form === 'self' || item.rater !== undefined);
}

/**
 * The order items are asked in: round-robin across dimensions (first item of each dimension, then
 * the second, …), so neighbouring questions rarely probe the same thing.
 */
export function orderedItems(inst: Instrument, form: Form): Item[] {
  const groups = inst.dimensions.map((d) => itemsFor(inst, form).filter((i) => i.dimension === d.id));
  const out: Item[] = [];
  const longest = Math.max(0, ...groups.map((g) => g.length));
  for (let round = 0; round < longest; round++) {
    for (const group of groups) {
      const item = group[round];
      if (item) out.push(item);
    }
  }
  return out;
}

/**
 * Rounds to a whole number, sending halves toward 50 (19.5 → 20, 80.5 → 80, 62.5 → 62), so results
 * that mirror each other around the middle round to mirrored numbers, and ties never tip a result
 * toward either end. The one rounding used for every score and index.
 */
export function roundTowardMiddle(x: number): number {
  return x < 50 ? Math.floor(x + 0.5) : Math.ceil(x - 0.5);
}

function scaleBounds(inst: Instrument): { min: number; max: number } {
  const values = inst.scale.map((p) => p.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** True when `value` is one of the scale's points. */
export function isScaleValue(inst: Instrument, value: unknown): value is number {
  return typeof value === 'number' && inst.scale.some((p) => p.value === value);
}

/** An item's contribution, 0 (adaptive end) … scale span (mini-me end). */
export function itemScore(inst: Instrument, item: Item, answer: number): number {
  const { min, max } = scaleBounds(inst);
  return item.keying === 'mini-me' ? answer - min : max - answer;
}

/**
 * A dimension's 0–100 mini-me score from complete answers to its items in `form`, or undefined when
 * an item is unanswered or holds a value off the scale.
 */
export function dimensionScore(inst: Instrument, dimensionId: string, answers: Answers, form: Form): number | undefined {
  const items = itemsFor(inst, form).filter((i) => i.dimension === dimensionId);
  const { min, max } = scaleBounds(inst);
  let sum = 0;
  for (const item of items) {
    const answer = answers[item.id];
    if (!isScaleValue(inst, answer)) return undefined;
    sum += itemScore(inst, item, answer);
  }
  if (items.length === 0) return undefined;
  return roundTowardMiddle((100 * sum) / ((max - min) * items.length));
}

/** The band index (level) that a 0–100 score falls in. Scores outside 0–100 are clamped. */
export function levelOf(inst: Instrument, score: number): number {
  const s = Math.min(100, Math.max(0, roundTowardMiddle(score)));
  const i = inst.bands.findIndex((b) => s >= b.min && s <= b.max);
  return i === -1 ? 0 : i;
}

/**
 * The value a level stands for on the 0–100 scale: its band's midpoint (unrounded, so bands that
 * mirror each other around 50 give values that do too).
 */
export function levelValue(inst: Instrument, level: number): number {
  const band = inst.bands[level];
  if (!band) throw new RangeError(`level ${level} is not a band of instrument v${inst.version}`);
  return (band.min + band.max) / 2;
}

/** The Mini-Me Index of a set of levels: the mean of their band midpoints, rounded toward the middle. */
export function indexOf(inst: Instrument, levels: readonly number[]): number {
  if (levels.length === 0) return 0;
  const total = levels.reduce((sum, l) => sum + levelValue(inst, l), 0);
  return roundTowardMiddle(total / levels.length);
}

/** Complete answers → a result; undefined while any item of the form is unanswered. */
export function scoreAnswers(inst: Instrument, answers: Answers, form: Form = 'self'): Result | undefined {
  const levels: number[] = [];
  for (const dim of inst.dimensions) {
    const score = dimensionScore(inst, dim.id, answers, form);
    if (score === undefined) return undefined;
    levels.push(levelOf(inst, score));
  }
  return { version: inst.version, levels };
}

/** Everything a result view shows, derived from the result alone. */
export function describeResult(inst: Instrument, result: Result): ResultView {
  const index = indexOf(inst, result.levels);
  const indexLevel = levelOf(inst, index);
  const dimensions = inst.dimensions.map((dimension, i) => {
    const level = result.levels[i] ?? 0;
    const band = inst.bands[level] as Band;
    const advice = inst.advice.find((a) => a.dimension === dimension.id && a.band === band.id);
    return { dimension, level, band, advice };
  });
  return { result, index, indexLevel, indexBand: inst.bands[indexLevel] as Band, dimensions };
}
