/**
 * The team comparison: what the manager pasted (kept on this device, so a reload loses nothing),
 * which own result to compare with, and the comparison derived from both by src/lib/team.ts.
 */
import './storage.ts';
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import type { Instrument } from '../lib/instrument.ts';
import { decodeResult } from '../lib/result-code.ts';
import type { Result } from '../lib/scoring.ts';
import { compareTeam, comparisonToText, encodeComparison, parseTeamInput, type ParsedTeamInput, type TeamComparison } from '../lib/team.ts';
import { $history, $shapes } from './history.ts';

export const $teamText = persistentAtom<string>('minime:team:v1', '');
/** The saved result chosen to compare with: a code from the history, 'none', or '' for the newest. */
export const $selfChoice = persistentAtom<string>('minime:team-self:v1', '');
export const $teamInstrument = atom<Instrument | undefined>(undefined);

export interface TeamView {
  readonly parsed: ParsedTeamInput;
  /** Where the compared own result comes from. */
  readonly selfSource: 'box' | 'history' | 'none';
  readonly selfCode: string | undefined;
  readonly self: Result | undefined;
  readonly comparison: TeamComparison | undefined;
  /** The link fragment that rebuilds this view. */
  readonly fragment: string;
}

export const $team = computed([$teamText, $selfChoice, $shapes, $history, $teamInstrument], (text, choice, shapes, history, inst): TeamView => {
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
  const comparison = inst && (parsed.raters.length > 0 || self) ? compareTeam(inst, self, parsed.raters.map((r) => r.result)) : undefined;
  return { parsed, selfSource, selfCode, self, comparison, fragment: encodeComparison(selfCode, parsed.raters.map((r) => r.code)) };
});

export function initTeam(inst: Instrument): void {
  if ($teamInstrument.get() !== inst) $teamInstrument.set(inst);
}

export function setTeamText(text: string): void {
  $teamText.set(text);
}

export function chooseSelf(code: string): void {
  $selfChoice.set(code);
}

/**
 * Adds the codes a comparison or rater link carries (its #fragment) to the box, skipping lines the
 * box already holds, so reopening a link does not count it twice. Two reps can send identical codes,
 * which no link can tell apart: `skipped` says how many were already there, so the page can offer
 * to add them again.
 */
export function addFromFragment(fragment: string): { added: number; skipped: readonly string[] } {
  const incoming = comparisonToText(fragment).split('\n').map((l) => l.trim()).filter(Boolean);
  const current = $teamText.get();
  const have = new Set(current.split(/\r?\n/).map((l) => l.trim()));
  const fresh = incoming.filter((l) => !have.has(l));
  appendLines(fresh);
  return { added: fresh.length, skipped: incoming.filter((l) => have.has(l)) };
}

/** Adds lines at the end of the box. */
export function appendLines(lines: readonly string[]): void {
  if (lines.length > 0) $teamText.set([$teamText.get().trimEnd(), ...lines].filter(Boolean).join('\n'));
}
