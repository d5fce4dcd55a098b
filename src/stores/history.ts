/**
 * Progress over time: every finished self-check (date and result code), kept on this device only.
 * The stored text (./history-log.ts) is read against the known code shapes (./setup.ts); a value
 * that cannot be read is kept aside before anything is written over it. The history page's actions
 * (export, import, clear) are in ./history-file.ts.
 */
import { computed } from 'nanostores';
import { describeEntries, parseStoredHistory, type HistoryEntry, type HistoryRow } from '../lib/history-log.ts';
import { $historyText, HISTORY_KEY } from './history-log.ts';
import { $earlier, $instrument, $shapes } from './setup.ts';
import { keepAside } from './storage.ts';

interface HistoryState {
  readonly entries: readonly HistoryEntry[];
  /** The stored value was there but could not be read. */
  readonly unreadable: boolean;
}

export const $history = computed([$historyText, $shapes], (raw, shapes): HistoryState => {
  if (raw === undefined || shapes.size === 0) return { entries: [], unreadable: false };
  const entries = parseStoredHistory(raw, shapes);
  return entries ? { entries, unreadable: false } : { entries: [], unreadable: true };
});

/** The entries, newest first, each described on its own version's instrument where the page has it (else no view). */
export const $historyRows = computed([$instrument, $shapes, $history, $earlier], (inst, shapes, history, earlier): readonly HistoryRow[] =>
  inst ? describeEntries(inst, shapes, history.entries, earlier) : [],
);

/** Replaces the stored history, keeping aside a stored value that could not be read. */
export function writeHistory(entries: readonly HistoryEntry[]): void {
  // Without the known versions nothing stored can be read, and writing would drop it.
  if ($shapes.get().size === 0) return;
  const current = $historyText.get();
  if (current !== undefined && $history.get().unreadable) keepAside(HISTORY_KEY, current);
  $historyText.set(JSON.stringify(entries));
}
