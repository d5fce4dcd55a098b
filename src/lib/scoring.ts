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
 *
 * The frequency format (version 2 on, see hasVerdictRules) adds two things. An answer may be "hasn't
 * come up" (NOT_APPLICABLE); a dimension with too few real answers has no level (null) and says "not
 * enough answers". And a set of answers that cannot carry a verdict gets none: readAnswers says which
 * of the reasons held, and no result (so no result link) is made.
 */
import { hasVerdictRules, type Advice, type Band, type Dimension, type Instrument, type Item } from './instrument.ts';

/** Which wording is asked: the manager's own ('self') or a rep's view of their manager ('rater'). */
export type Form = 'self' | 'rater';

/** Item id → chosen scale value. */
export type Answers = Readonly<Record<string, number>>;

/** The answer that says a situation has not come up: counted as unanswered, never as a scale point. */
export const NOT_APPLICABLE = 0;

/**
 * What a result code carries: the instrument version and one level (band index) per dimension, or
 * null where the dimension had too few answers to be given a level (frequency format only).
 */
export interface Result {
  readonly version: number;
  readonly levels: readonly (number | null)[];
}

export type DimensionResult =
  | { readonly dimension: Dimension; readonly level: number; readonly band: Band; readonly advice: Advice | undefined }
  | { readonly dimension: Dimension; readonly level: null; readonly band: undefined; readonly advice: undefined };

export interface ResultView {
  readonly result: Result;
  /**
   * 0–100, higher = more mini-me; undefined when a dimension has no level. Shown as a number only by
   * instruments without verdict rules (version 1); later ones show its band alone.
   */
  readonly index: number | undefined;
  readonly indexLevel: number | undefined;
  readonly indexBand: Band | undefined;
  /** The index is shown as a number: version 1 only; the frequency format shows its band alone. */
  readonly numeric: boolean;
  readonly dimensions: readonly DimensionResult[];
}

/** Why a set of answers gets no verdict. */
export type NoVerdictReason = 'too-few-answers' | 'same-answer' | 'no-spread' | 'contradictions';

/** What a complete set of answers supports: a result, or no verdict and the reasons. */
export type Reading =
  { readonly kind: 'result'; readonly result: Result } | { readonly kind: 'no-verdict'; readonly reasons: readonly NoVerdictReason[] };

export function itemsFor(inst: Instrument, form: Form): Item[] {
  return inst.items.filter((item) => form === 'self' || item.rater !== undefined);
}

/**
 * The order items are asked in: round-robin across dimensions (first item of each dimension, then
 * the second, …), so neighboring questions rarely probe the same thing.
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

export function scaleBounds(inst: Instrument): { min: number; max: number } {
  const values = inst.scale.map((p) => p.value);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** True when `value` is one of the scale's points. */
export function isScaleValue(inst: Instrument, value: unknown): value is number {
  return typeof value === 'number' && inst.scale.some((p) => p.value === value);
}

/** True when `value` may be stored as an answer: a scale point, or "hasn't come up" where the instrument offers it. */
export function isAnswer(inst: Instrument, value: unknown): value is number {
  return isScaleValue(inst, value) || (inst.notApplicable !== undefined && value === NOT_APPLICABLE);
}

/** An item's contribution, 0 (adaptive end) … scale span (mini-me end). */
export function itemScore(inst: Instrument, item: Item, answer: number): number {
  const { min, max } = scaleBounds(inst);
  return item.keying === 'mini-me' ? answer - min : max - answer;
}

/**
 * A dimension's 0–100 mini-me score from complete answers to its items in `form`: undefined when an
 * item is unanswered or holds a value off the scale, null when too few items were answered with a
 * scale point (frequency format: the rest said "hasn't come up").
 */
export function dimensionScore(inst: Instrument, dimensionId: string, answers: Answers, form: Form): number | null | undefined {
  const items = itemsFor(inst, form).filter((i) => i.dimension === dimensionId);
  let sum = 0;
  let answered = 0;
  for (const item of items) {
    const answer = answers[item.id];
    if (!isAnswer(inst, answer)) return undefined;
    if (answer === NOT_APPLICABLE) continue;
    sum += itemScore(inst, item, answer);
    answered++;
  }
  if (items.length === 0) return undefined;
  const needed = hasVerdictRules(inst) ? inst.verdict.minAnsweredPerDimension : items.length;
  if (answered < needed) return null;
  return pointsToScore(inst, sum, answered);
}

/**
 * A dimension's 0–100 score from its points (each answered statement's itemScore, summed) over the
 * statements answered: the one formula the check and the printed worksheet's key both use.
 */
export function pointsToScore(inst: Instrument, points: number, answered: number): number {
  const { min, max } = scaleBounds(inst);
  return roundTowardMiddle((100 * points) / ((max - min) * answered));
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

/** The Mini-Me Index of a set of levels: the mean of their band midpoints, rounded toward the middle; undefined if any is missing. */
export function indexOf(inst: Instrument, levels: readonly (number | null)[]): number | undefined {
  if (levels.length === 0 || levels.some((l) => l === null)) return undefined;
  const total = levels.reduce<number>((sum, l) => sum + levelValue(inst, l as number), 0);
  return roundTowardMiddle(total / levels.length);
}

/** Everything a result view shows, derived from the result alone. */
export function describeResult(inst: Instrument, result: Result): ResultView {
  const index = indexOf(inst, result.levels);
  const indexLevel = index === undefined ? undefined : levelOf(inst, index);
  const dimensions = inst.dimensions.map((dimension, i): DimensionResult => {
    const level = result.levels[i] ?? null;
    if (level === null) return { dimension, level: null, band: undefined, advice: undefined };
    const band = inst.bands[level] as Band;
    const advice = inst.advice.find((a) => a.dimension === dimension.id && a.band === band.id);
    return { dimension, level, band, advice };
  });
  const indexBand = indexLevel === undefined ? undefined : inst.bands[indexLevel];
  return { result, index, indexLevel, indexBand, numeric: !hasVerdictRules(inst) && index !== undefined, dimensions };
}
