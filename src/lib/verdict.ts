/**
 * When a set of answers carries a verdict (the frequency format, version 2 on; see VerdictRules in
 * instrument.ts): readAnswers gives a result, or no verdict and the reasons. Apart from scoring.ts so
 * that pages which only show results (the comparison, the history) do not ship it.
 */
import { hasVerdictRules, type Instrument, type Item, type VerdictRules } from './instrument.ts';
import {
  dimensionScore,
  isScaleValue,
  itemScore,
  itemsFor,
  levelOf,
  scaleBounds,
  type Answers,
  type Form,
  type NoVerdictReason,
  type Reading,
  type Result,
} from './scoring.ts';

/**
 * How far apart, in points, the two statements of a mirrored pair must score to contradict each other
 * (both ends claimed at once): three quarters of the scale's span, rounded up (3 on a 1–5 scale).
 */
export function contradictionGap(inst: Instrument): number {
  const { min, max } = scaleBounds(inst);
  return Math.ceil(((max - min) * 3) / 4);
}

/** The fewest statements of the form that must have a real answer for a verdict (fewer is too-few-answers). */
export function minAnswered(inst: Instrument & { readonly verdict: VerdictRules }, form: Form = 'self'): number {
  return Math.ceil(inst.verdict.minAnsweredShare * itemsFor(inst, form).length);
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
  if (answered.length < minAnswered(inst, form) || levels.every((l) => l === null)) reasons.push('too-few-answers');
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
