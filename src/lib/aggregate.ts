/**
 * The aggregation core: what a group's levels on one dimension amount to, shared by the team
 * comparison (direct mode), the collector's team summary and the trainer's cohort view, so that the
 * three can never count differently.
 *
 * A group's view of a dimension is reduced to what the instrument can carry: how many gave it a level,
 * the level their average falls in, the lowest and highest level given (a range: the group agrees when
 * they lie within one level of each other, and is split when they do not), and the sum of the levels
 * (for the one-level margin of a blind spot). Every one of these depends only on the multiset of levels
 * given on that dimension, never on who gave which: reassigning the levels among the raters, dimension
 * by dimension, changes nothing. That is what keeps a summary from naming a rep.
 */
import type { Instrument } from './instrument.ts';
import { indexOf, levelOf, levelValue, type Result } from './scoring.ts';

/**
 * The frequency format (version 2 on) marks a blind spot only where at least this many raters gave the
 * dimension a level: fewer are too few to call the team's view a view. A team summary needs at least
 * this many raters too. In direct mode it buys no anonymity: the manager sees each code.
 */
export const MIN_RATERS = 3;

/** A group's view of one dimension, from the levels given on it. */
export interface GroupView {
  /** How many gave the dimension a level. */
  readonly count: number;
  /** The sum of those levels (0-based): the average is sum / count. */
  readonly sum: number;
  /** The band the group's view falls in: levelOf the mean of the levels' band midpoints, as for one result. */
  readonly level: number;
  readonly low: number;
  readonly high: number;
}

/** Within one level of each other: the team agrees; further apart: it is split, and a range says more than a level. */
export type Agreement = 'agree' | 'split';

export function agreementOf(view: Pick<GroupView, 'low' | 'high'>): Agreement {
  return view.high - view.low <= 1 ? 'agree' : 'split';
}

/** The levels given on dimension `i` by a set of results (a dimension without a level is left out). */
export function levelsOn(results: readonly Result[], i: number): number[] {
  return results.flatMap((r) => (typeof r.levels[i] === 'number' ? [r.levels[i] as number] : []));
}

/** A group's view from the levels given on one dimension; undefined when nobody gave it a level. */
export function groupView(inst: Instrument, levels: readonly number[]): GroupView | undefined {
  if (levels.length === 0) return undefined;
  const count = levels.length;
  return {
    count,
    sum: levels.reduce((a, l) => a + l, 0),
    level: levelOf(inst, levels.reduce((a, l) => a + levelValue(inst, l), 0) / count),
    low: Math.min(...levels),
    high: Math.max(...levels),
  };
}

/** How a manager's own level stands against a group's view of the same dimension. */
export type Gap = 'team-higher' | 'close' | 'team-lower';

/**
 * The gap between a manager's level and the group's average, by the one-level margin the items can
 * carry: 'team-higher' when the average is at least one level more mini-me, 'team-lower' when at least
 * one level less, else 'close'. In whole numbers (sum − self·count against ±count), so an average of
 * exactly one level apart is never lost to rounding.
 */
export function gapOf(selfLevel: number, view: Pick<GroupView, 'count' | 'sum'>): Gap {
  const diff = view.sum - selfLevel * view.count;
  if (diff >= view.count) return 'team-higher';
  if (diff <= -view.count) return 'team-lower';
  return 'close';
}

/**
 * How many results sit at each level of dimension `i`, with the count of results without a level there
 * last: `bands + 1` numbers.
 */
export function levelCounts(inst: Instrument, results: readonly Result[], i: number): number[] {
  const counts = Array.from({ length: inst.bands.length + 1 }, () => 0);
  for (const r of results) {
    const l = r.levels[i];
    const at = typeof l === 'number' ? l : inst.bands.length;
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

/** How many results have each overall band (the band of the Mini-Me Index), and last, how many have none. */
export function overallCounts(inst: Instrument, results: readonly Result[]): number[] {
  const counts = Array.from({ length: inst.bands.length + 1 }, () => 0);
  for (const r of results) {
    const index = indexOf(inst, r.levels);
    const at = index === undefined ? inst.bands.length : levelOf(inst, index);
    counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}
