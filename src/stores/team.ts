/**
 * The team comparison: what the manager pasted (kept on this device, so a reload loses nothing),
 * which own result to compare with, and the comparison derived from both by src/lib/team.ts.
 */
import { atom, computed } from 'nanostores';
import type { HistoryRow } from '../lib/history-log.ts';
import { codeShape } from '../lib/instrument.ts';
import { decodeResult, encodeResult, exampleResult, tagFor } from '../lib/result-code.ts';
import type { Result } from '../lib/scoring.ts';
import { compareTeam, comparisonToText, encodeComparison, parseTeamInput, type ParsedTeamInput, type TeamComparison } from '../lib/team.ts';
import { debounced } from './debounced.ts';
import { $history, $historyRows } from './history.ts';
import { $instrument, $shapes } from './setup.ts';
import { storedAtom } from './storage.ts';
import { addNewLines, appendLines } from './paste-box.ts';

/** The random part of the example code's tag: fixed, so the page shows the same example each time. */
const EXAMPLE_STEM = 'k7q3m';

export const $teamText = storedAtom<string>('minime:team:v1', '');
/** The saved result chosen to compare with: a code from the history, 'none', or '' for the newest. */
export const $selfChoice = storedAtom<string>('minime:team-self:v1', '');

export interface TeamView {
  readonly parsed: ParsedTeamInput;
  /** Where the compared own result comes from. */
  readonly selfSource: 'box' | 'history' | 'none';
  readonly selfCode: string | undefined;
  readonly self: Result | undefined;
  readonly comparison: TeamComparison | undefined;
  /** The rater codes left out of the comparison because they are of another version, for the view to name. */
  readonly leftOut: readonly { readonly code: string; readonly line: number; readonly version: number }[];
  /** The link fragment that rebuilds this view. */
  readonly fragment: string;
}

export const $team = computed([$teamText, $selfChoice, $shapes, $history, $instrument], (text, choice, shapes, history, inst): TeamView => {
  const parsed = parseTeamInput(text, shapes);
  let selfSource: TeamView['selfSource'] = 'none';
  let selfCode: string | undefined;
  let self: Result | undefined;
  if (parsed.self) {
    selfSource = 'box';
    selfCode = parsed.self.code;
    self = parsed.self.result;
  } else if (choice !== 'none') {
    // The chosen entry, else the newest taken on the current version of the check.
    const entry = history.entries.find((e) => e.code === choice) ?? history.entries.find((e) => e.version === inst?.version);
    const decoded = entry ? decodeResult(entry.code, shapes) : undefined;
    if (entry && decoded?.ok) {
      selfSource = 'history';
      selfCode = entry.code;
      self = decoded.result;
    }
  }
  const comparison =
    inst && (parsed.raters.length > 0 || parsed.summary || self)
      ? compareTeam(
          inst,
          self,
          parsed.raters.map((r) => r.result),
          parsed.summary?.summary,
        )
      : undefined;
  const leftOut = (comparison?.leftOut ?? []).flatMap((i) => {
    const r = parsed.raters[i];
    return r ? [{ code: r.code, line: r.line, version: r.result.version }] : [];
  });
  return {
    parsed,
    selfSource,
    selfCode,
    self,
    comparison,
    leftOut,
    fragment: encodeComparison(
      selfCode,
      parsed.raters.map((r) => r.code),
      parsed.summary?.code,
    ),
  };
});

/** A rater code of the current version, drawn from its shape: the form a rep's code takes, for the page to show. */
export const $exampleCode = computed($instrument, (inst) => {
  if (!inst) return '';
  const shape = codeShape(inst);
  const example = exampleResult(inst.version, shape);
  return encodeResult(example, 'r', shape.tagged ? tagFor(example, EXAMPLE_STEM) : undefined);
});

/** What the box holds, in counts: codes read, and lines with something left out. */
export interface CodesSummary {
  readonly read: number;
  /** With a team summary in the box: its raters (the box's rater codes are then not used). */
  readonly summaryRaters?: number | undefined;
  readonly linesLeftOut: number;
}

export const $codesSummary = computed($team, ({ parsed }): CodesSummary => ({
  read: parsed.raters.length,
  ...(parsed.summary ? { summaryRaters: parsed.summary.summary.raters } : {}),
  linesLeftOut: new Set(parsed.problems.map((p) => p.line)).size,
}));

/** The summary for a live region: it follows once typing pauses, not on every keystroke. */
export const $codesAnnounced = debounced($codesSummary, 700);

/** One saved result in the picker. */
export interface PickerOption extends HistoryRow {
  readonly checked: boolean;
}

/** The picker shows the newest few, and always the one the comparison uses, checked once. */
export const $selfPicker = computed([$historyRows, $team], (rows, team): readonly PickerOption[] => {
  const picked = team.selfSource === 'history' ? team.selfCode : undefined;
  const shown = rows.filter((r, i) => i < 8 || r.entry.code === picked);
  const at = shown.findIndex((r) => r.entry.code === picked);
  return shown.map((r, i) => ({ ...r, checked: i === at }));
});

/** What opening a link did: codes added to the box, and codes it held that the box already had. */
export interface LinkAdded {
  readonly added: number;
  readonly skipped: readonly string[];
}

export const $linkAdded = atom<LinkAdded>({ added: 0, skipped: [] });

export function setTeamText(text: string): void {
  $teamText.set(text);
}

export function chooseSelf(code: string): void {
  $selfChoice.set(code);
}

/**
 * Adds the codes a comparison or rater link carries (its #fragment) to the box, skipping lines the
 * box already holds, so reopening a link does not count it twice. Two reps can send identical codes,
 * which no link can tell apart: `$linkAdded` says how many were already there, so the page can offer
 * to add them again (`addSkippedAgain`).
 */
export function addFromLink(fragment: string = location.hash): void {
  if (fragment.length <= 1) return;
  const { added, skipped } = addNewLines($teamText, comparisonToText(fragment).split('\n'));
  $linkAdded.set({ added: added.length, skipped });
}

/** Adds the codes the link held that were already in the box once more. */
export function addSkippedAgain(): void {
  const { skipped } = $linkAdded.get();
  appendLines($teamText, skipped);
  $linkAdded.set({ added: skipped.length, skipped: [] });
}
