/**
 * Team summaries: what a collector (a trainer, an HR partner, a peer manager the reps trust) hands the
 * manager instead of the reps' codes. A summary holds only the aggregate: how many raters, and per
 * dimension the group's view (./aggregate.ts: how many gave it a level, their average's level, the
 * lowest and highest level given, and the sum for the blind-spot margin). It depends only on the
 * multiset of levels on each dimension, so no rep's code can be rebuilt from it, and it is made only
 * from at least MIN_RATERS raters; a dimension fewer than MIN_RATERS of them gave a level is left out
 * (written `0`), since one or two raters' levels would be theirs alone. Within one dimension, what any
 * aggregate shows is shown: if every rater gave the same level, the summary says so.
 *
 * Written as `t2-5-5.6.102-5.3.001-4.5.112-0-k3fzq`: version, raters, then per dimension
 * `count.sum.<level><low><high>` (or `0` when nobody gave it a level), then a check string
 * (./checksum.ts). A summary whose check string or figures do not fit is refused as changed, never shown.
 */
import { checkString, CHECK_LENGTH } from './checksum.ts';
import { groupView, levelsOn, MIN_RATERS, type GroupView } from './aggregate.ts';
import type { Instrument } from './instrument.ts';
import type { Result } from './scoring.ts';

/** The most raters a summary counts (a team, not a department); also bounds the figures a link may hold. */
export const MAX_SUMMARY_RATERS = 100;

export interface TeamSummary {
  readonly version: number;
  /** How many raters' codes went into it. */
  readonly raters: number;
  /** Per dimension, in the instrument's order; undefined where fewer than MIN_RATERS raters gave a level. */
  readonly dimensions: readonly (GroupView | undefined)[];
}

export type MakeSummary =
  | { readonly ok: true; readonly summary: TeamSummary }
  | { readonly ok: false; readonly reason: { readonly kind: 'too-few'; readonly count: number; readonly min: number } };

/**
 * The summary of rater results, all of `inst`'s version (the caller leaves the others out and says so).
 * Refused under MIN_RATERS raters: with fewer, the manager could work out a rep's levels.
 */
export function makeSummary(inst: Instrument, results: readonly Result[]): MakeSummary {
  const own = results.filter((r) => r.version === inst.version).slice(0, MAX_SUMMARY_RATERS);
  if (own.length < MIN_RATERS) return { ok: false, reason: { kind: 'too-few', count: own.length, min: MIN_RATERS } };
  return {
    ok: true,
    summary: {
      version: inst.version,
      raters: own.length,
      // A dimension fewer than MIN_RATERS raters gave a level is left out: its levels would be theirs.
      dimensions: inst.dimensions.map((_, i) => {
        const view = groupView(inst, levelsOn(own, i));
        return view && view.count >= MIN_RATERS ? view : undefined;
      }),
    },
  };
}

function body(summary: TeamSummary): string {
  const dims = summary.dimensions.map((d) => (d === undefined ? '0' : `${d.count}.${d.sum}.${d.level}${d.low}${d.high}`));
  return [`t${summary.version}`, String(summary.raters), ...dims].join('-');
}

/** The summary's code, check string included. */
export function encodeSummary(summary: TeamSummary): string {
  const text = body(summary);
  return `${text}-${checkString(text)}`;
}

/** What an instrument version must be known by to read its summaries. */
export interface SummaryShape {
  readonly dimensions: number;
  readonly levels: number;
}

export type SummaryError =
  | { readonly kind: 'malformed' }
  | { readonly kind: 'unknown-version'; readonly version: number }
  /** The right form, but the check string or the figures do not fit: edited by hand, or damaged in copying. */
  | { readonly kind: 'changed' };

export type DecodedSummary = { readonly ok: true; readonly summary: TeamSummary } | { readonly ok: false; readonly error: SummaryError };

/** Any summary-shaped token: its version, and the rest. Bounded, so a huge input is refused unread. */
const SUMMARY_PATTERN = /^t([1-9][0-9]{0,3})-([0-9a-z.-]{1,200})$/;
const NUMBER = /^(0|[1-9][0-9]{0,2})$/;

/**
 * True when the figures of one dimension could come from `count` levels of a `levels`-level instrument.
 * (The level of the average is not checked against the sum: that needs the instrument's bands, and the
 * check string already vouches for it.)
 */
function possible(d: GroupView, raters: number, levels: number): boolean {
  if (d.count < MIN_RATERS || d.count > raters) return false;
  if (!(d.low <= d.level && d.level <= d.high && d.high < levels)) return false;
  if (d.low === d.high) return d.sum === d.count * d.low;
  // At least one level at each end; the rest anywhere between.
  return d.sum >= (d.count - 1) * d.low + d.high && d.sum <= d.low + (d.count - 1) * d.high;
}

function readDimension(part: string, raters: number, levels: number): GroupView | undefined | false {
  if (part === '0') return undefined;
  const bits = part.split('.');
  if (bits.length !== 3) return false;
  const [count, sum, lll] = bits as [string, string, string];
  if (!NUMBER.test(count) || !NUMBER.test(sum) || !/^[0-9]{3}$/.test(lll)) return false;
  const d: GroupView = { count: Number(count), sum: Number(sum), level: Number(lll[0]), low: Number(lll[1]), high: Number(lll[2]) };
  return possible(d, raters, levels) ? d : false;
}

/**
 * Reads a summary code. Never throws: any input gives a summary the collector's page could have made,
 * or a typed error. A summary that is well formed but whose check string or figures do not fit is
 * 'changed': the page says so rather than show figures it cannot vouch for.
 */
export function decodeSummary(input: unknown, shapes: ReadonlyMap<number, SummaryShape>): DecodedSummary {
  if (typeof input !== 'string') return { ok: false, error: { kind: 'malformed' } };
  const code = input.trim();
  const match = SUMMARY_PATTERN.exec(code);
  if (!match) return { ok: false, error: { kind: 'malformed' } };
  const version = Number(match[1]);
  const shape = shapes.get(version);
  if (!shape) return { ok: false, error: { kind: 'unknown-version', version } };
  const parts = (match[2] ?? '').split('-');
  const check = parts.pop() ?? '';
  const changed = { ok: false, error: { kind: 'changed' } } as const;
  if (check.length !== CHECK_LENGTH || parts.length !== shape.dimensions + 1) return changed;
  const raters = parts[0] ?? '';
  if (!NUMBER.test(raters)) return changed;
  const n = Number(raters);
  if (n < MIN_RATERS || n > MAX_SUMMARY_RATERS) return changed;
  const dimensions = parts.slice(1).map((p) => readDimension(p, n, shape.levels));
  if (dimensions.some((d) => d === false)) return changed;
  const summary: TeamSummary = { version, raters: n, dimensions: dimensions as (GroupView | undefined)[] };
  // The canonical form, check string included: a figure written another way (a leading zero) is not one the page wrote.
  if (encodeSummary(summary) !== code) return changed;
  return { ok: true, summary };
}
