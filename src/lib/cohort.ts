/**
 * The cohort view, for a trainer with a group of new managers: their result links (or codes) in, the
 * distribution per dimension out, with the share whose answers did not separate and, for managers who
 * bring a team summary, how their own view stands against their team's. It never holds a manager's
 * answers or a rep's code, and its own link (`c2-…`) holds only counts.
 *
 * Input is whatever the trainer pasted, one manager per line: a result link or code (`v2-1021`), the
 * comparison link a manager makes beside a team summary (`…#self=v2-1021&t=t2-…`, both on one line),
 * or `v2-none` for a manager whose answers gave no verdict. The parser never throws; every line it
 * cannot use comes back as a problem naming the line and why, while the good lines are kept.
 */
import { gapOf, levelCounts, MIN_RATERS, overallCounts, type Gap } from './aggregate.ts';
import { checkString, CHECK_LENGTH } from './checksum.ts';
import type { Instrument } from './instrument.ts';
import { decodeResult, type CodeError, type CodeShape } from './result-code.ts';
import type { Result } from './scoring.ts';
import { decodeSummary, type SummaryError, type SummaryShape, type TeamSummary } from './summary.ts';
import { clip, decodeAsciiEscapes, problemCollector, readablePart } from './team.ts';

/** Under this many results with a verdict, the cohort view shows no distribution (nor gaps under this many summaries). */
export const MIN_COHORT = 5;
/** A cohort larger than this is not a workshop's; the cap also bounds the counts a link may hold. */
export const MAX_COHORT = 200;
/** Longer pasted text: only the first this many characters are read, plus one problem saying so. */
export const MAX_COHORT_INPUT = 60_000;

/** One manager read from the box. */
export interface CohortEntry {
  readonly result: Result;
  readonly summary: TeamSummary | undefined;
  readonly line: number;
}

export type CohortProblemReason =
  | { readonly kind: 'not-a-code' }
  | { readonly kind: 'upper-case'; readonly lower: string }
  | (CodeError & { readonly codeKind: 'v' })
  | (SummaryError & { readonly codeKind: 't' })
  /** A rep's rater code: those go to a collector, not into a cohort. */
  | { readonly kind: 'rater-code' }
  /** A team summary on a line without the manager's own result, or with several. */
  | { readonly kind: 'summary-alone' }
  | { readonly kind: 'summary-ambiguous' }
  | { readonly kind: 'summary-version'; readonly version: number; readonly selfVersion: number }
  /** Of another version than the cohort's: levels of two versions are never counted together. */
  | { readonly kind: 'other-version'; readonly version: number; readonly current: number }
  /** The same link (own result and team summary) as on `firstLine`: counted once. */
  | { readonly kind: 'duplicate'; readonly firstLine: number }
  /** A team summary already counted on `firstLine` with another result: one team has one manager. */
  | { readonly kind: 'summary-reused'; readonly firstLine: number }
  | { readonly kind: 'too-many'; readonly max: number }
  | { readonly kind: 'unlisted'; readonly count: number; readonly fromLine: number }
  | { readonly kind: 'too-long'; readonly maxChars: number };

export interface CohortProblem {
  readonly line: number;
  readonly text: string;
  readonly reason: CohortProblemReason;
}

export interface ParsedCohort {
  readonly entries: readonly CohortEntry[];
  /** Managers of the current version whose answers gave no verdict (`v2-none` lines). */
  readonly none: number;
  readonly problems: readonly CohortProblem[];
}

/** Anything code-shaped: a result, a no-verdict marker, a summary, a rater code. Unbounded, so damaged ones are reported. */
const CODE_IN_TEXT =
  /(?<![A-Za-z0-9])(v[0-9]+-none|[vV][0-9]+-[0-9xX]+|[tT][0-9]+-[0-9a-zA-Z.-]+|[rR][0-9]+-[0-9xX]+(?:-[a-zA-Z0-9]+)?)(?![A-Za-z0-9])/g;
const NONE = /^v([0-9]+)-none$/;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** A token without the dots and dashes of the sentence around it (a loop: a regex anchored at the end would retry from every dot). */
function trimEnd(token: string): string {
  let end = token.length;
  while (end > 0 && (token[end - 1] === '.' || token[end - 1] === '-')) end--;
  return token.slice(0, end);
}

/**
 * Reads what a trainer pasted. `inst` is the current instrument: results of other versions are named
 * and left out, never counted with it.
 */
export function parseCohortInput(text: unknown, inst: Instrument, shapes: ReadonlyMap<number, CodeShape & SummaryShape>): ParsedCohort {
  if (typeof text !== 'string') return { entries: [], none: 0, problems: [] };
  const read = readablePart(text, MAX_COHORT_INPUT);
  const entries: CohortEntry[] = [];
  const collected = problemCollector<CohortProblemReason>();
  const problems = collected.problems;
  const seen = new Map<string, number>();
  let none = 0;
  const problem = collected.add;
  let capped = false;
  const current = (line: number, token: string, version: number): boolean => {
    if (version === inst.version) return true;
    problem(line, token, { kind: 'other-version', version, current: inst.version });
    return false;
  };

  read.split(/\r\n|\n|\r/).forEach((content, index) => {
    const line = index + 1;
    const found = [...decodeAsciiEscapes(content).matchAll(CODE_IN_TEXT)].map((m) => trimEnd(m[1] ?? ''));
    if (found.length === 0) {
      if (HAS_CONTENT.test(content)) problem(line, content, { kind: 'not-a-code' });
      return;
    }
    const selves: { code: string; result: Result }[] = [];
    const summaries: { code: string; summary: TeamSummary }[] = [];
    for (const token of found) {
      const lower = token.toLowerCase();
      if (lower !== token) {
        problem(line, token, { kind: 'upper-case', lower: clip(lower) });
        continue;
      }
      const noneMatch = NONE.exec(token);
      if (noneMatch) {
        if (current(line, token, Number(noneMatch[1]))) none++;
      } else if (token.startsWith('r')) {
        problem(line, token, { kind: 'rater-code' });
      } else if (token.startsWith('t')) {
        const decoded = decodeSummary(token, shapes);
        if (decoded.ok) summaries.push({ code: token, summary: decoded.summary });
        else problem(line, token, { ...decoded.error, codeKind: 't' });
      } else {
        const decoded = decodeResult(token, shapes, 'v');
        if (decoded.ok) selves.push({ code: token, result: decoded.result });
        else problem(line, token, { ...decoded.error, codeKind: 'v' });
      }
    }
    // A link may hold the same code twice (in its path and its fragment): one manager.
    const own = selves.filter((s, i) => selves.findIndex((o) => o.code === s.code) === i && current(line, s.code, s.result.version));
    let summary: TeamSummary | undefined;
    const pair = summaries[0];
    if (pair && summaries.length === 1 && selves.length === 1 && own.length === 1) {
      const self = own[0] as (typeof own)[number];
      if (pair.summary.version === self.result.version) summary = pair.summary;
      else problem(line, pair.code, { kind: 'summary-version', version: pair.summary.version, selfVersion: self.result.version });
    } else if (pair && selves.length === 0) {
      for (const s of summaries) problem(line, s.code, { kind: 'summary-alone' });
    } else if (pair && selves.length > 0) {
      for (const s of summaries) problem(line, s.code, { kind: 'summary-ambiguous' });
    }
    for (const s of own) {
      // A summary names one manager's team: seen again, it is the same link pasted twice (same result)
      // or a team claimed by a second result; either way it is not counted again.
      const first = summary ? seen.get(pair?.code ?? '') : undefined;
      if (first !== undefined) {
        const again = entries.find((e) => e.line === first)?.result;
        const same = again !== undefined && again.levels.join() === s.result.levels.join();
        problem(line, s.code, same ? { kind: 'duplicate', firstLine: first } : { kind: 'summary-reused', firstLine: first });
      } else if (entries.length < MAX_COHORT) {
        if (summary && pair) seen.set(pair.code, line);
        entries.push({ result: s.result, summary, line });
      } else if (!capped) {
        capped = true;
        collected.always(line, s.code, { kind: 'too-many', max: MAX_COHORT });
      }
    }
  });

  collected.done(text, read, MAX_COHORT_INPUT, /\S/u);
  return { entries, none, problems };
}

/** Per dimension, how many managers' teams see them one level or more mini-me, about the same, or one level or more less. */
export type GapCounts = Readonly<Record<Gap, number>>;

/** Everything the cohort view shows, and all its link holds: counts. */
export interface CohortCounts {
  readonly version: number;
  /** Managers with a verdict. */
  readonly results: number;
  /** Managers whose answers gave no verdict. */
  readonly none: number;
  /** Per dimension, how many results at each level, then how many without a level there. */
  readonly dimensions: readonly (readonly number[])[];
  /** How many results in each overall band, then how many without an overall reading. */
  readonly overall: readonly number[];
  /** Managers who brought a team summary. */
  readonly teams: number;
  /** Per dimension, the self–team gaps; undefined with fewer than MIN_COHORT summaries. */
  readonly gaps: readonly GapCounts[] | undefined;
}

export type MakeCohort =
  | { readonly ok: true; readonly counts: CohortCounts }
  | { readonly ok: false; readonly reason: { readonly kind: 'too-few'; readonly count: number; readonly min: number } };

const GAPS: readonly Gap[] = ['team-higher', 'close', 'team-lower'];

/**
 * The cohort's counts. Refused under MIN_COHORT results: a distribution of four says more about
 * four people than about a cohort. Gaps are counted on a dimension only where the manager has a level
 * and at least MIN_RATERS raters gave one, the same rule as a blind spot.
 */
export function makeCohort(inst: Instrument, entries: readonly CohortEntry[], none: number): MakeCohort {
  const own = entries.filter((e) => e.result.version === inst.version).slice(0, MAX_COHORT);
  if (own.length < MIN_COHORT) return { ok: false, reason: { kind: 'too-few', count: own.length, min: MIN_COHORT } };
  const results = own.map((e) => e.result);
  const withTeam = own.filter((e) => e.summary?.version === inst.version);
  const gaps =
    withTeam.length < MIN_COHORT
      ? undefined
      : inst.dimensions.map((_, i) => {
          const counts: Record<Gap, number> = { 'team-higher': 0, close: 0, 'team-lower': 0 };
          for (const e of withTeam) {
            const self = e.result.levels[i];
            const team = e.summary?.dimensions[i];
            if (typeof self === 'number' && team && team.count >= MIN_RATERS) counts[gapOf(self, team)]++;
          }
          return counts;
        });
  return {
    ok: true,
    counts: {
      version: inst.version,
      results: own.length,
      none: Math.min(none, MAX_COHORT),
      dimensions: inst.dimensions.map((_, i) => levelCounts(inst, results, i)),
      overall: overallCounts(inst, results),
      teams: withTeam.length,
      gaps,
    },
  };
}

function cohortBody(c: CohortCounts): string {
  const parts = [
    `c${c.version}`,
    String(c.results),
    String(c.none),
    ...c.dimensions.map((d) => d.join('.')),
    c.overall.join('.'),
    String(c.teams),
  ];
  if (c.gaps) parts.push(...c.gaps.map((g) => GAPS.map((k) => g[k]).join('.')));
  return parts.join('-');
}

/** The cohort link's code: counts only, and a check string. */
export function encodeCohort(c: CohortCounts): string {
  const text = cohortBody(c);
  return `${text}-${checkString(text)}`;
}

export type CohortError =
  { readonly kind: 'malformed' } | { readonly kind: 'unknown-version'; readonly version: number } | { readonly kind: 'changed' };
export type DecodedCohort = { readonly ok: true; readonly counts: CohortCounts } | { readonly ok: false; readonly error: CohortError };

const COHORT_PATTERN = /^c([1-9][0-9]{0,3})-([0-9a-z.-]{1,600})$/;
const NUMBER = /^(0|[1-9][0-9]{0,2})$/;

function numbers(part: string | undefined, length: number): number[] | undefined {
  const bits = (part ?? '').split('.');
  if (bits.length !== length || bits.some((b) => !NUMBER.test(b))) return undefined;
  return bits.map(Number);
}

const total = (xs: readonly number[]): number => xs.reduce((a, x) => a + x, 0);

/**
 * Reads a cohort link's code. Never throws. Counts that do not add up, or a check string that does not
 * fit, give 'changed': the page says the link was edited or damaged rather than show a figure.
 */
export function decodeCohort(input: unknown, shapes: ReadonlyMap<number, SummaryShape>): DecodedCohort {
  if (typeof input !== 'string') return { ok: false, error: { kind: 'malformed' } };
  const code = input.trim();
  const match = COHORT_PATTERN.exec(code);
  if (!match) return { ok: false, error: { kind: 'malformed' } };
  const version = Number(match[1]);
  const shape = shapes.get(version);
  if (!shape) return { ok: false, error: { kind: 'unknown-version', version } };
  const changed = { ok: false, error: { kind: 'changed' } } as const;
  const parts = (match[2] ?? '').split('-');
  const check = parts.pop() ?? '';
  const k = shape.dimensions;
  if (check.length !== CHECK_LENGTH || (parts.length !== k + 4 && parts.length !== 2 * k + 4)) return changed;
  const [results, none] = [numbers(parts[0], 1)?.[0], numbers(parts[1], 1)?.[0]];
  const dimensions = parts.slice(2, 2 + k).map((p) => numbers(p, shape.levels + 1));
  const overall = numbers(parts[2 + k], shape.levels + 1);
  const teams = numbers(parts[3 + k], 1)?.[0];
  const gapParts = parts.slice(4 + k).map((p) => numbers(p, 3));
  if (results === undefined || none === undefined || overall === undefined || teams === undefined) return changed;
  if (results < MIN_COHORT || results > MAX_COHORT || none > MAX_COHORT || teams > results) return changed;
  if (dimensions.some((d) => d === undefined || total(d) !== results) || total(overall) !== results) return changed;
  // A result without an overall reading lacks a level on at least one dimension, and each such dimension counts it.
  const missing = (dimensions as number[][]).map((d) => d[shape.levels] ?? 0);
  const noOverall = overall[shape.levels] ?? 0;
  if (noOverall < Math.max(...missing) || noOverall > total(missing)) return changed;
  if (teams >= MIN_COHORT !== (gapParts.length === k)) return changed;
  if (gapParts.some((g) => g === undefined || total(g) > teams)) return changed;
  const counts: CohortCounts = {
    version,
    results,
    none,
    dimensions: dimensions as number[][],
    overall,
    teams,
    gaps:
      gapParts.length === k
        ? (gapParts as number[][]).map((g) => ({ 'team-higher': g[0] ?? 0, close: g[1] ?? 0, 'team-lower': g[2] ?? 0 }))
        : undefined,
  };
  if (encodeCohort(counts) !== code) return changed;
  return { ok: true, counts };
}
