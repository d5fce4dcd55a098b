/**
 * The history page's actions: export to a file, import from one, clear; and what the last of them
 * did, for the page to word (`$historyEvent`). Also the trend the page charts.
 */
import { atom, computed, task } from 'nanostores';
import { exportHistory, mergeHistory, parseHistoryFile, MAX_FILE_CHARS, type ImportError } from '../lib/history.ts';
import { $history, $historyRows, writeHistory } from './history.ts';
import { $shapes } from './setup.ts';

export type HistoryEvent =
  | { readonly kind: 'exported'; readonly count: number }
  | { readonly kind: 'imported'; readonly read: number; readonly added: number }
  /** The file was refused; `error` says why (worded by src/lib/history.ts). */
  | { readonly kind: 'refused'; readonly error: ImportError }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'cleared' };

export const $historyEvent = atom<HistoryEvent | undefined>(undefined);

/** The most points the trend chart draws: three years of quarterly retakes. */
export const TREND_POINTS = 12;

/** What the trend chart draws, and what it leaves out (for its caption to say). */
export interface Trend {
  /**
   * The overall level (0 … levels−1 of the current instrument) of the newest TREND_POINTS results taken
   * on the current version that have one, oldest first. Levels, not the index: later versions show the
   * overall reading as a band, never as a number.
   */
  readonly levels: readonly number[];
  /** Entries from an earlier version: their levels do not compare with the current version's, so they are not drawn. */
  readonly earlier: number;
  /** Entries of the current version with no overall reading (a dimension had too few answers). */
  readonly noOverall: number;
}

export const $trend = computed($historyRows, (rows): Trend => {
  const current = rows.filter((r) => r.current);
  return {
    levels: current
      .flatMap((r) => (r.view?.indexLevel !== undefined ? [r.view.indexLevel] : []))
      .slice(0, TREND_POINTS)
      .reverse(),
    earlier: rows.length - current.length,
    noOverall: current.filter((r) => r.view?.indexLevel === undefined).length,
  };
});

/** Downloads the history as a JSON file, named by the view from the day (YYYY-MM-DD, UTC); `.json` is added here. */
export function exportToFile(fileName: (day: string) => string, now: Date = new Date()): void {
  const entries = $history.get().entries;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([exportHistory(entries, now)], { type: 'application/json' }));
  // The extension is the format's, not words: never translated.
  a.download = `${fileName(now.toISOString().slice(0, 10))}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  $historyEvent.set({ kind: 'exported', count: entries.length });
}

/** Merges an exported file into the history; a bad file changes nothing, and the event says why. */
export function importFromFile(file: Blob): Promise<void> {
  return task(async () => {
    // Refused unread: far larger than any real history.
    if (file.size > MAX_FILE_CHARS) return $historyEvent.set({ kind: 'too-large' });
    const parsed = parseHistoryFile(await file.text(), $shapes.get());
    if (!parsed.ok) return $historyEvent.set({ kind: 'refused', error: parsed.error });
    const before = $history.get().entries.length;
    writeHistory(mergeHistory($history.get().entries, parsed.entries));
    $historyEvent.set({ kind: 'imported', read: parsed.entries.length, added: $history.get().entries.length - before });
  });
}

export function clearHistory(): void {
  writeHistory([]);
  $historyEvent.set({ kind: 'cleared' });
}
