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
  const { min, max } = scaleBounds(inst);
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
  return roundTowardMiddle((100 * sum) / ((max - min) * answered));
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

/**
 * How far apart, in points, the two statements of a mirrored pair must score to contradict each other
 * (both ends claimed at once): three quarters of the scale's span, rounded up (3 on a 1–5 scale).
 */
export function contradictionGap(inst: Instrument): number {
  const { min, max } = scaleBounds(inst);
  return Math.ceil(((max - min) * 3) / 4);
}

/** Population standard deviation. */
function spread(values: readonly number[]): number {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
}

/**
 * Why these complete answers cannot carry a verdict, by the instrument's rules (empty: they can).
 * Measured on the answers that are scale points:
 * - too-few-answers: fewer than minAnsweredShare of the items, or no dimension with a level;
 * - same-answer: one scale point throughout; no-spread: the raw answers' spread below minSpread;
 * - contradictions: more than maxContradictions mirrored pairs scored three or more steps apart
 *   (both ends claimed at once), or the keyed scores within a dimension spread more than
 *   maxInconsistency on average (answers that point both ways as much as random ones).
 */
export function noVerdictReasons(inst: Instrument, answers: Answers, form: Form, levels: readonly (number | null)[]): NoVerdictReason[] {
  if (!hasVerdictRules(inst)) return [];
  const rules = inst.verdict;
  const items = itemsFor(inst, form);
  const answered = items.filter((i) => isScaleValue(inst, answers[i.id]));
  const reasons: NoVerdictReason[] = [];
  if (answered.length < rules.minAnsweredShare * items.length || levels.every((l) => l === null)) reasons.push('too-few-answers');
  if (answered.length === 0) return reasons;
  const raw = answered.map((i) => answers[i.id] as number);
  if (new Set(raw).size === 1) reasons.push('same-answer');
  else if (spread(raw) < rules.minSpread) reasons.push('no-spread');
  const keyed = (item: Item) => itemScore(inst, item, answers[item.id] as number);
  const far = contradictionGap(inst);
  let contradictions = 0;
  for (const item of answered) {
    const twin = answered.find((i) => i.id === item.mirror);
    if (twin && item.id < twin.id && Math.abs(keyed(item) - keyed(twin)) >= far) contradictions++;
  }
  const spreads = inst.dimensions
    .map((d) => answered.filter((i) => i.dimension === d.id))
    .filter((group) => group.length >= 2)
    .map((group) => spread(group.map(keyed)));
  const inconsistency = spreads.length === 0 ? 0 : spreads.reduce((a, b) => a + b, 0) / spreads.length;
  if (contradictions > rules.maxContradictions || inconsistency > rules.maxInconsistency) reasons.push('contradictions');
  return reasons;
}

/**
 * Complete answers → a result, or no verdict with its reasons; undefined while any item of the form
 * is unanswered. Instruments without verdict rules (version 1) always give a result.
 */
export function readAnswers(inst: Instrument, answers: Answers, form: Form = 'self'): Reading | undefined {
  const levels: (number | null)[] = [];
  for (const dim of inst.dimensions) {
    const score = dimensionScore(inst, dim.id, answers, form);
    if (score === undefined) return undefined;
    levels.push(score === null ? null : levelOf(inst, score));
  }
  const reasons = noVerdictReasons(inst, answers, form, levels);
  if (reasons.length > 0) return { kind: 'no-verdict', reasons };
  return { kind: 'result', result: { version: inst.version, levels } };
}

/** Complete answers → a result; undefined while any item of the form is unanswered, or when the answers carry no verdict. */
export function scoreAnswers(inst: Instrument, answers: Answers, form: Form = 'self'): Result | undefined {
  const reading = readAnswers(inst, answers, form);
  return reading?.kind === 'result' ? reading.result : undefined;
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
