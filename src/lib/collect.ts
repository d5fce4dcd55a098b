/**
 * The collector's page: what a trainer, an HR partner or a peer manager pastes (the codes the reps
 * sent them) read into the codes a team summary may be made from, and every line left out named with
 * its reason. Only rater codes of the instrument's own version that carry a tag go in: a tag is what
 * tells a copy pasted twice from two reps who answered alike, and levels of two versions never mix.
 *
 * parseTeamInput (./team.ts) reads the text and reports its own problems (not a code, a duplicate, a
 * replaced code, a bad tag…); this module leaves out what it read but a summary must not use.
 */
import type { Instrument } from './instrument.ts';
import type { CodeShape } from './result-code.ts';
import { makeSummary, type MakeSummary } from './summary.ts';
import { clip, parseTeamInput, readablePart, type InputProblem, type RaterEntry } from './team.ts';

/** Why a code that was read is still left out of the summary. */
export type LeftOutReason =
  /** A manager's own result code or link (`v2-…`), not a rep's code. */
  | { readonly kind: 'self' }
  /** A rater code without a tag: a copy pasted twice could not be told from a second rep. */
  | { readonly kind: 'untagged' }
  /** A rater code of another version: a summary combines codes of one version. */
  | { readonly kind: 'other-version'; readonly version: number };

export interface LeftOut {
  /** 1-based line. */
  readonly line: number;
  /** The code, as read (printable, cut like a problem's text). */
  readonly text: string;
  readonly reason: LeftOutReason;
}

export interface Collected {
  /** The codes the summary is made from: tagged rater codes of the instrument's version, each rep once. */
  readonly usable: readonly RaterEntry[];
  /** Codes read but left out, in line order. */
  readonly leftOut: readonly LeftOut[];
  /** What parseTeamInput could not use (duplicates, replaced codes, bad tags, lines that are not codes…). */
  readonly problems: readonly InputProblem[];
  /** The summary of the usable codes, or why there is none (fewer than MIN_RATERS). */
  readonly summary: MakeSummary;
}

/** The lines of `text` (as parseTeamInput numbers them) that hold a manager's own result code or link. */
function selfLines(text: string, shapes: ReadonlyMap<number, CodeShape>): LeftOut[] {
  // A cheap test first: a line without `v<digit>` holds no self code.
  return readablePart(text)
    .split(/\r\n|\n|\r/)
    .flatMap((content, i) => {
      if (!/v[0-9]/.test(content)) return [];
      const self = parseTeamInput(content, shapes, false).self;
      return self ? [{ line: i + 1, text: clip(self.code), reason: { kind: 'self' } as const }] : [];
    });
}

/**
 * Reads what the collector pasted and makes the summary from what may go in. Never throws, on any
 * input. Codes of other versions never reach makeSummary, nor do untagged ones.
 */
export function collectCodes(inst: Instrument, text: unknown, shapes: ReadonlyMap<number, CodeShape>): Collected {
  const parsed = parseTeamInput(text, shapes, false);
  const leftOut: LeftOut[] = typeof text === 'string' ? selfLines(text, shapes) : [];
  const usable: RaterEntry[] = [];
  for (const r of parsed.raters) {
    if (r.result.version !== inst.version) {
      leftOut.push({ line: r.line, text: clip(r.code), reason: { kind: 'other-version', version: r.result.version } });
    } else if (r.tag === undefined) {
      leftOut.push({ line: r.line, text: clip(r.code), reason: { kind: 'untagged' } });
    } else usable.push(r);
  }
  leftOut.sort((a, b) => a.line - b.line);
  return {
    usable,
    leftOut,
    problems: parsed.problems,
    summary: makeSummary(
      inst,
      usable.map((r) => r.result),
    ),
  };
}
