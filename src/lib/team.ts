/**
 * Team view (a 360 without a server): reps send their rater codes (`r1-2031`) or links holding them;
 * the manager pastes whatever arrived into one box, and sees their own view beside the team's average
 * per dimension. Where the team sees more mini-me than the manager does is a blind spot.
 *
 * Everything pasted comes from outside, so the parser never throws and never trusts a code it has not
 * decoded: every rater and self result it returns could have been scored by a known instrument version,
 * and everything it could not read comes back as a problem naming its line, with a typed reason (the
 * view words it: src/i18n/reasons.ts).
 */
import { hasVerdictRules, type Advice, type Band, type Dimension, type Instrument } from './instrument.ts';
import { decodeResult, TAG_RANDOM, type CodeError, type CodeKind, type CodeShape } from './result-code.ts';
import type { Result } from './scoring.ts';
import { encodeComparison } from './comparison-link.ts';
import { cut, printable } from './quote.ts';
import { agreementOf, gapOf, groupView, levelsOn, MIN_RATERS, type Agreement, type GroupView } from './aggregate.ts';
import { decodeSummary, type TeamSummary } from './summary.ts';

/** Longer pasted text: only the first MAX_INPUT_CHARS are read, plus one problem saying so. */
export const MAX_INPUT_CHARS = 20_000;
/** A team larger than this is not a manager's own team; the cap also bounds the comparison link. */
export const MAX_RATERS = 100;
/**
 * At most this many problems are listed one by one; the rest are summed up in one more problem, so a
 * pasted essay gives a readable message rather than thousands of them.
 */
export const MAX_PROBLEMS = 20;
/** Problems quote the offending text, cut to this many characters (ellipsis included). */
export const MAX_PROBLEM_TEXT = 80;

export { MIN_RATERS };

/** How many raters must have given a dimension a level before a blind spot is marked on it. */
export function blindSpotRaters(inst: Instrument): number {
  return hasVerdictRules(inst) ? MIN_RATERS : 1;
}

/** A rater result read from the box. */
export interface RaterEntry {
  /** The code as the encoder writes it, e.g. `r1-2031`. */
  readonly code: string;
  readonly result: Result;
  /** 1-based line of the pasted text it was found on. */
  readonly line: number;
  /** The code's tag (rater codes of tagged versions), which tells this rep's code from a copy of it. */
  readonly tag?: string | undefined;
}

/** Why something in the box could not be used. */
export type ProblemReason =
  | { readonly kind: 'not-a-code' }
  /** Code-shaped but in capitals; `lower` is how it would be written. */
  | { readonly kind: 'upper-case'; readonly lower: string }
  /**
   * A code that does not decode: its CodeError, with the kind of code it is and the band count of its
   * version when the site knows that version (always, for 'level-out-of-range').
   */
  | (CodeError & { readonly codeKind: CodeKind; readonly levels: number | undefined })
  | { readonly kind: 'too-many-raters'; readonly max: number }
  /** A team summary that does not read: edited, damaged, or of a version this site does not know. */
  | { readonly kind: 'summary-changed' }
  | { readonly kind: 'summary-unknown-version'; readonly version: number }
  /** A team summary where only codes are read (the collector's page, which makes summaries). */
  | { readonly kind: 'summary-not-here' }
  /** Rater codes beside a team summary: never mixed into it. */
  | { readonly kind: 'beside-summary' }
  /** The same tagged code again: counted once, at `firstLine`. */
  | { readonly kind: 'duplicate'; readonly firstLine: number }
  /** Another code from the same rep's device (same tag stem, other levels), on `earlierLine`: only this later one counts. */
  | { readonly kind: 'replaced'; readonly earlierLine: number }
  /** The problems past MAX_PROBLEMS, summed up. */
  | { readonly kind: 'unlisted'; readonly count: number; readonly fromLine: number }
  | { readonly kind: 'too-long'; readonly maxChars: number };

/** Something in the box that could not be used, and why. */
export interface InputProblem {
  /** 1-based line. */
  readonly line: number;
  /** The offending token or line, trimmed, cut to MAX_PROBLEM_TEXT characters with '…'. */
  readonly text: string;
  readonly reason: ProblemReason;
}

export interface ParsedTeamInput {
  /**
   * In the order found. A tagged code pasted twice is kept once, and of two codes from the same rep's
   * device only the later one; untagged identical codes are all kept, as two reps can answer alike.
   */
  readonly raters: readonly RaterEntry[];
  /** A manager's own result (a v-code or result link) found in the box, the last one wins. */
  readonly self: { readonly code: string; readonly result: Result; readonly line: number } | undefined;
  /**
   * A collector's team summary found in the box, the last one wins. With one, the rater codes in the
   * box are not used (each is named as a problem): a summary is never mixed with individual codes.
   */
  readonly summary: { readonly code: string; readonly summary: TeamSummary; readonly line: number } | undefined;
  /** In line order; a summary of unlisted problems and the over-long-input notice come last. */
  readonly problems: readonly InputProblem[];
}

/**
 * Anything that could be a code inside a link: digits, and `x` for a dimension without a level.
 * Unbounded, so that damaged codes are found and reported rather than skipped.
 */
const CODE_IN_TEXT = /(?<![A-Za-z0-9])([rv][0-9]+-[0-9x]+(?:-[a-z0-9]+)?|t[0-9]+-[0-9a-z.-]+)(?![a-z0-9])/g;
/** A bare token shaped like a code (with or without a tag) or a team summary; the decoders then say whether it is one. */
const CODE_SHAPE = /^(?:[rv][0-9]+-[0-9x]+(?:-[a-z0-9]+)?|t[0-9]+-[0-9a-z.-]+)$/;
/** A token holding any of these is read as a link (or part of one) and searched for codes. */
const LINK_CHARS = /[/#?=]/;
const SEPARATORS = /[\s,;]+/u;
const IS_SEPARATOR = /[\s,;]/u;
/** A token with no letter or digit at all is punctuation between codes, not a problem. */
const HAS_CONTENT = /[\p{L}\p{N}]/u;
const ALPHANUMERIC = /[A-Za-z0-9]/;

/**
 * A token without the quotes, brackets or full stop around it. A loop from each end: a regex anchored
 * at the end (`[^A-Za-z0-9]+$`) would retry from every character of a long run of punctuation.
 */
function trimPunctuation(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && !ALPHANUMERIC.test(token.charAt(start))) start++;
  while (end > start && !ALPHANUMERIC.test(token.charAt(end - 1))) end--;
  return token.slice(start, end);
}

const NOT_A_CODE: ProblemReason = { kind: 'not-a-code' };

/** Quotes a piece of input safely for a problem: one line, printable, at most MAX_PROBLEM_TEXT characters. */
export function clip(text: string): string {
  return cut(printable(text).trim(), MAX_PROBLEM_TEXT);
}

/**
 * Decodes only ASCII percent-escapes (`%2C`, `%3D`, `%2D`…). Codes are ASCII, so nothing is lost, and
 * a bad or non-ASCII escape (`%E0%A4%A`, `%zz`) simply stays as text: decodeURIComponent would throw.
 */
export function decodeAsciiEscapes(text: string): string {
  return text.replace(/%([0-7][0-9A-Fa-f])/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A code-shaped string's version number (the digits between the letter and the dash). */
function versionOf(code: string): number {
  return Number(code.slice(1, code.indexOf('-')));
}

type FoundKind = CodeKind | 't';
const kindOf = (code: string): FoundKind => (code.startsWith('r') ? 'r' : code.startsWith('t') ? 't' : 'v');

interface Found {
  readonly code: string;
  readonly kind: FoundKind;
}

/**
 * The codes a token holds, or the reason it holds none. A link may hold several (`#self=v1-…&r=r1-…`);
 * a bare token must be one code, give or take quotes, brackets or a full stop around it.
 */
function codesIn(token: string): { found: Found[] } | { reason: ProblemReason } {
  if (LINK_CHARS.test(token)) {
    const text = decodeAsciiEscapes(token);
    const found = [...text.matchAll(CODE_IN_TEXT)].map((m) => m[1] ?? '').map((code) => ({ code, kind: kindOf(code) }));
    return found.length > 0 ? { found } : { reason: NOT_A_CODE };
  }
  const bare = trimPunctuation(token);
  if (CODE_SHAPE.test(bare)) return { found: [{ code: bare, kind: kindOf(bare) }] };
  const lower = bare.toLowerCase();
  if (CODE_SHAPE.test(lower)) return { reason: { kind: 'upper-case', lower: clip(lower) } };
  return { reason: NOT_A_CODE };
}

/**
 * The part of over-long text that is read: the first MAX_INPUT_CHARS characters, minus a token cut in
 * two at the limit (half a code would be reported as a damaged one).
 */
export function readablePart(text: string, max = MAX_INPUT_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  if (IS_SEPARATOR.test(text.charAt(max))) return head;
  let end = head.length;
  while (end > 0 && !IS_SEPARATOR.test(head.charAt(end - 1))) end--;
  return head.slice(0, end);
}

/** The reasons every paste box shares: problems past the listed ones, summed up, and text past the limit. */
type CommonReason =
  | { readonly kind: 'unlisted'; readonly count: number; readonly fromLine: number }
  | { readonly kind: 'too-long'; readonly maxChars: number };

/**
 * Collects a paste box's problems, for the team box, the collector's page and the cohort box alike:
 * the first MAX_PROBLEMS listed as they come, the rest summed up in one 'unlisted' problem; a problem
 * that explains why visible codes are missing (`always`) is listed whatever the cap, and not counted
 * against it; `done` adds the summary and, when `text` ran past `read`, the 'too-long' notice.
 */
export function problemCollector<R extends { readonly kind: string }>() {
  const problems: { line: number; text: string; reason: R | CommonReason }[] = [];
  let always = 0;
  let unlisted = 0;
  let fromLine = 0;
  return {
    problems,
    add(line: number, token: string, reason: R): void {
      if (problems.length - always < MAX_PROBLEMS) problems.push({ line, text: clip(token), reason });
      else {
        if (unlisted === 0) fromLine = line;
        unlisted++;
      }
    },
    always(line: number, token: string, reason: R): void {
      always++;
      problems.push({ line, text: clip(token), reason });
    },
    /** `leftOver` tells whether the unread rest holds anything (trailing blanks past the limit lose nothing). */
    done(text: string, read: string, maxChars: number, leftOver: RegExp): void {
      if (unlisted > 0) problems.push({ line: fromLine, text: '', reason: { kind: 'unlisted', count: unlisted, fromLine } });
      if (read.length < text.length && leftOver.test(text.slice(read.length))) {
        problems.push({
          line: read.split(/\r\n|\n|\r/).length,
          text: clip(text.slice(read.length)),
          reason: { kind: 'too-long', maxChars },
        });
      }
    },
  };
}

/**
 * Reads what a manager pasted into the team box: rater codes, links holding them, and perhaps their own
 * result code or link, in any mix, several per line, separated by whitespace, commas or semicolons.
 * Never throws, on any input (non-strings → empty result with no problems). With `readSummaries`
 * false (the collector's page), a team summary is named as a problem instead of read.
 */
export function parseTeamInput(text: unknown, shapes: ReadonlyMap<number, CodeShape>, readSummaries = true): ParsedTeamInput {
  if (typeof text !== 'string') return { raters: [], self: undefined, summary: undefined, problems: [] };
  const read = readablePart(text);
  const lines = read.split(/\r\n|\n|\r/);

  const raters: RaterEntry[] = [];
  /** Tag stem → position in `raters`. */
  const seen = new Map<string, number>();
  let self: ParsedTeamInput['self'] = undefined;
  let summary: ParsedTeamInput['summary'] = undefined;
  const found = problemCollector<ProblemReason>();
  const problems = found.problems;
  const problem = found.add;
  let capReported = false;

  lines.forEach((content, index) => {
    const line = index + 1;
    // Words around the codes ("Hi Sam, here is mine:") are one problem per line, not one per word.
    const junk: string[] = [];
    let tokens = 0;
    for (const token of content.split(SEPARATORS)) {
      // Separators and stray punctuation (a dash between a name and a code, say) are not problems.
      if (!HAS_CONTENT.test(token)) continue;
      tokens++;
      const codes = codesIn(token);
      if ('reason' in codes) {
        if (codes.reason.kind === 'not-a-code') junk.push(token);
        else problem(line, token, codes.reason);
        continue;
      }
      for (const { code, kind } of codes.found) {
        if (kind === 't' && !readSummaries) {
          problem(line, code, { kind: 'summary-not-here' });
          continue;
        }
        if (kind === 't') {
          const read = decodeSummary(code, shapes);
          if (read.ok) summary = { code, summary: read.summary, line };
          else if (read.error.kind === 'unknown-version')
            problem(line, code, { kind: 'summary-unknown-version', version: read.error.version });
          else problem(line, code, { kind: 'summary-changed' });
          continue;
        }
        const decoded = decodeResult(code, shapes, kind);
        if (!decoded.ok) {
          problem(line, code, { ...decoded.error, codeKind: kind, levels: shapes.get(versionOf(code))?.levels });
        } else if (kind === 'v') {
          self = { code, result: decoded.result, line };
        } else if (decoded.tag !== undefined && seen.has(decoded.tag.slice(0, TAG_RANDOM))) {
          const at = seen.get(decoded.tag.slice(0, TAG_RANDOM)) as number;
          const earlier = raters[at] as RaterEntry;
          if (earlier.code === code) problem(line, code, { kind: 'duplicate', firstLine: earlier.line });
          else {
            problem(line, code, { kind: 'replaced', earlierLine: earlier.line });
            raters[at] = { code, result: decoded.result, line, tag: decoded.tag };
          }
        } else if (raters.length < MAX_RATERS) {
          if (decoded.tag !== undefined) seen.set(decoded.tag.slice(0, TAG_RANDOM), raters.length);
          raters.push(
            decoded.tag === undefined ? { code, result: decoded.result, line } : { code, result: decoded.result, line, tag: decoded.tag },
          );
        } else if (!capReported) {
          // Always listed, whatever MAX_PROBLEMS says: it explains why codes the user can see are missing.
          capReported = true;
          found.always(line, code, { kind: 'too-many-raters', max: MAX_RATERS });
        }
      }
    }
    if (junk.length > 0) problem(line, junk.length === tokens ? content : junk.join(' '), NOT_A_CODE);
  });

  if (summary !== undefined && raters.length > 0) {
    // Named first, in line order with the rest: the summary is what the view compares.
    for (const r of raters) problems.push({ line: r.line, text: clip(r.code), reason: { kind: 'beside-summary' } });
    problems.sort((a, b) => a.line - b.line);
    raters.length = 0;
  }
  found.done(text, read, MAX_INPUT_CHARS, /[^\s,;]/u);
  return { raters, self, summary, problems };
}

/** One dimension of the self-versus-team comparison. */
export interface TeamDimension {
  readonly dimension: Dimension;
  /** The manager's own level, when a self result is given; null when it has none here ("not enough answers"). */
  readonly selfLevel: number | null | undefined;
  /** How many raters gave this dimension a level: the team's view here rests on them alone. */
  readonly raters: number;
  /** Mean of those raters' levels (fractional, 0 … bands−1), or undefined when no rater gave one. */
  readonly teamMean: number | undefined;
  /** The band the team's view falls in: levelOf(inst, mean of the raters' levelValue()s) — the same rounding as everything else. */
  readonly teamLevel: number | undefined;
  readonly teamBand: Band | undefined;
  /** The lowest and highest level the raters gave, and whether they lie within one level (agree) or not (split). */
  readonly low: number | undefined;
  readonly high: number | undefined;
  readonly agreement: Agreement | undefined;
  /**
   * The team sees at least one level more mini-me than the manager (teamMean − selfLevel ≥ 1), from at
   * least blindSpotRaters(inst) raters who gave the dimension a level.
   */
  readonly blindSpot: boolean;
  /** The team sees at least one level more, but too few raters gave the dimension a level to mark a blind spot. */
  readonly tooFewRaters: boolean;
  /**
   * Advice for this dimension at the team's band (for blind spots), from inst.advice. Given whenever
   * the team's band is known, blind spot or not; the view decides where to show it.
   */
  readonly advice: Advice | undefined;
}

export interface TeamComparison {
  /** The raters compared: those of inst's version. */
  readonly raterCount: number;
  /** Fewer than blindSpotRaters(inst) raters (but at least one): no blind spot can be marked yet. */
  readonly fewRaters: boolean;
  readonly dimensions: readonly TeamDimension[];
  /** Where the team's view comes from: rater codes (direct mode) or a collector's summary. */
  readonly source: 'codes' | 'summary';
  /** A summary was given but is of another version than `inst`, so it is left out. */
  readonly summaryOtherVersion: boolean;
  /** Raters whose version differs from inst.version are left out and counted here. */
  readonly otherVersion: number;
  /** Their positions in `raters` as given, so the view can name each one. */
  readonly leftOut: readonly number[];
  /** A self result was given but is of another version, so it is left out (levels of two versions do not compare). */
  readonly selfOtherVersion: boolean;
}

/** True when a result belongs to this instrument: its version, one level per dimension, each a band. */
function fits(inst: Instrument, result: Result): boolean {
  return (
    result.version === inst.version &&
    result.levels.length === inst.dimensions.length &&
    result.levels.every((l) => (l === null ? hasVerdictRules(inst) : Number.isInteger(l) && l >= 0 && l < inst.bands.length)) &&
    result.levels.some((l) => l !== null)
  );
}

/** One dimension of the comparison, from the manager's level and the team's view of it (./aggregate.ts). */
function teamDimension(
  inst: Instrument,
  dimension: Dimension,
  selfLevel: number | null | undefined,
  view: GroupView | undefined,
): TeamDimension {
  if (view === undefined) {
    return {
      dimension,
      selfLevel,
      raters: 0,
      teamMean: undefined,
      teamLevel: undefined,
      teamBand: undefined,
      low: undefined,
      high: undefined,
      agreement: undefined,
      blindSpot: false,
      tooFewRaters: false,
      advice: undefined,
    };
  }
  const teamBand = inst.bands[view.level];
  const higher = typeof selfLevel === 'number' && gapOf(selfLevel, view) === 'team-higher';
  const min = blindSpotRaters(inst);
  return {
    dimension,
    selfLevel,
    raters: view.count,
    teamMean: view.sum / view.count,
    teamLevel: view.level,
    teamBand,
    low: view.low,
    high: view.high,
    agreement: agreementOf(view),
    blindSpot: higher && view.count >= min,
    tooFewRaters: higher && view.count < min,
    advice: teamBand && inst.advice.find((a) => a.dimension === dimension.id && a.band === teamBand.id),
  };
}

/**
 * Self-view beside the team's view, per dimension: the team's view from rater results, or from a
 * collector's summary (which holds only the aggregate). Results and summaries that do not belong to
 * `inst` (another version, or a shape no decoder would produce) are left out rather than mixed in: a
 * level means something only within its version.
 */
export function compareTeam(inst: Instrument, self: Result | undefined, raters: readonly Result[], summary?: TeamSummary): TeamComparison {
  const fromSummary = summary !== undefined && summary.version === inst.version && summary.dimensions.length === inst.dimensions.length;
  const fitting = raters.map((r) => fits(inst, r));
  const used = fromSummary ? [] : raters.filter((_, i) => fitting[i]);
  const own = self !== undefined && fits(inst, self) ? self : undefined;
  const n = fromSummary ? summary.raters : used.length;
  const min = blindSpotRaters(inst);
  const dimensions = inst.dimensions.map((dimension, i) =>
    teamDimension(
      inst,
      dimension,
      own === undefined ? undefined : (own.levels[i] ?? null),
      fromSummary ? summary.dimensions[i] : groupView(inst, levelsOn(used, i)),
    ),
  );
  return {
    raterCount: n,
    fewRaters: n > 0 && n < min,
    dimensions,
    source: fromSummary ? 'summary' : 'codes',
    summaryOtherVersion: summary !== undefined && !fromSummary,
    otherVersion: fromSummary ? 0 : raters.length - n,
    leftOut: fromSummary ? [] : raters.flatMap((_, i) => (fitting[i] ? [] : [i])),
    selfOtherVersion: self !== undefined && own === undefined,
  };
}

export { encodeComparison };

/**
 * Reads a fragment (with or without '#'; a whole link is fine too) back into text for the paste box
 * (one code per line: self, then a team summary, then rater codes) — never throws; garbage → ''. Feeding the result to parseTeamInput
 * rebuilds the same raters and self.
 *
 * Only code-shaped values come through (a damaged `r1-20` does, so the box can say what is wrong with
 * it); anything else in the fragment is dropped, so a crafted link cannot put arbitrary text in the box.
 */
export function comparisonToText(fragment: unknown): string {
  if (typeof fragment !== 'string') return '';
  let text = fragment.slice(fragment.indexOf('#') + 1);
  if (text.length > MAX_INPUT_CHARS) {
    // Drop the piece cut in two at the limit.
    text = text.slice(0, MAX_INPUT_CHARS);
    text = text.slice(0, Math.max(0, text.lastIndexOf('&'), text.lastIndexOf(',')));
  }
  // Codes never hold '&', '=' or ',', so decoding first is safe, and reads a link whose separators a
  // mail or chat program escaped (`%26`, `%3D`, `%2C`).
  text = decodeAsciiEscapes(text);
  let self: string | undefined;
  let summary: string | undefined;
  const raters: string[] = [];
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    const key = part.slice(0, eq).trim();
    const values = part
      .slice(eq + 1)
      .split(',')
      .map((v) => v.trim());
    if (key === 'self') {
      for (const code of values) if (CODE_SHAPE.test(code) && code.startsWith('v')) self = code;
    } else if (key === 'r') {
      for (const code of values) if (CODE_SHAPE.test(code) && code.startsWith('r')) raters.push(code);
    } else if (key === 't') {
      for (const code of values) if (CODE_SHAPE.test(code) && code.startsWith('t')) summary = code;
    }
  }
  return [self, summary, ...raters].filter((line) => line !== undefined).join('\n');
}
