/**
 * Progress over time: every finished self-check (date and result code), kept on this device only.
 * The stored text (./history-log.ts) is read against the known instrument versions once they are
 * set; a value that cannot be read is kept aside before anything is written over it. Import and
 * export are in ./history-file.ts.
 */
import { atom, computed } from 'nanostores';
import type { CodeShape } from '../lib/result-code.ts';
import { parseStoredHistory, type HistoryEntry } from '../lib/history-log.ts';
import { $historyText, keepHistoryAside } from './history-log.ts';

export { recordResult } from './history-log.ts';

/** Code shapes of the instrument versions this page knows. */
export const $shapes = atom<ReadonlyMap<number, CodeShape>>(new Map());

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

/** Shapes as islands receive them (a plain object, version → shape). */
export type ShapeRecord = Readonly<Record<string, CodeShape>>;

export function initHistory(shapes: ShapeRecord): void {
  const map = new Map(Object.entries(shapes).map(([v, s]) => [Number(v), s] as const));
  const known = $shapes.get();
  if (known.size !== map.size || [...map.keys()].some((v) => !known.has(v))) $shapes.set(map);
}

/** Replaces the stored history, keeping aside a stored value that could not be read. */
export function writeHistory(entries: readonly HistoryEntry[]): void {
  // Without the known versions nothing stored can be read, and writing would drop it.
  if ($shapes.get().size === 0) return;
  const current = $historyText.get();
  if (current !== undefined && $history.get().unreadable) keepHistoryAside(current);
  $historyText.set(JSON.stringify(entries));
}

export function clearHistory(): void {
  writeHistory([]);
}
