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
    const entry = history.entries.find((e) => e.code === choice) ?? history.entries[0];
    const decoded = entry ? decodeResult(entry.code, shapes) : undefined;
    if (entry && decoded?.ok) {
      selfSource = 'history';
      selfCode = entry.code;
      self = decoded.result;
    }
  }
  const comparison = inst && (parsed.raters.length > 0 || self) ? compareTeam(inst, self?.version === inst.version ? self : undefined, parsed.raters.map((r) => r.result)) : undefined;
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
 * box already holds, so reopening a link does not count it twice. Returns how many lines were added.
 */
export function addFromFragment(fragment: string): number {
  const incoming = comparisonToText(fragment).split('\n').map((l) => l.trim()).filter(Boolean);
  const current = $teamText.get();
  const have = new Set(current.split(/\r?\n/).map((l) => l.trim()));
  const fresh = incoming.filter((l) => !have.has(l));
  if (fresh.length > 0) $teamText.set([current.trimEnd(), ...fresh].filter(Boolean).join('\n'));
  return fresh.length;
}
