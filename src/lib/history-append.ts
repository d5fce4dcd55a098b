/**
 * Adding a finished result to the history kept on the device, without reading the whole of it: the
 * quiz page only ever appends, so it carries just this. Reading and merging are in ./history-log.ts,
 * the file format in ./history.ts.
 */
import { parseJson } from './json.ts';

/** Years of quarterly retakes fit many times over; the cap bounds storage and the chart. */
export const MAX_ENTRIES = 500;

export interface HistoryEntry {
  /** ISO 8601 UTC, e.g. 2026-11-29T17:20:00.000Z */
  readonly date: string;
  /** a v-code */
  readonly code: string;
  /** The code's version, kept apart so a chart can tell versions apart without decoding. */
  readonly version: number;
}

export interface Appended {
  /** The new stored text. */
  readonly text: string;
  /** What was stored before, when it was not a list of entries: for the caller to keep aside. */
  readonly unreadable?: string;
}

/**
 * The stored text with `entry` added first (the store is newest first). Never throws. Stored text that
 * is not a JSON array is not written over blindly: it comes back as `unreadable` to be kept aside.
 * Entries already there are kept as they are; the reader (parseStoredHistory) drops any that are
 * invalid, removes duplicates and sorts.
 */
export function appendEntry(stored: string | undefined, entry: HistoryEntry): Appended {
  const fresh: HistoryEntry = { date: entry.date, code: entry.code, version: entry.version };
  if (stored === undefined) return { text: JSON.stringify([fresh]) };
  const raw = parseJson(stored);
  if (!Array.isArray(raw)) return { text: JSON.stringify([fresh]), unreadable: stored };
  return { text: JSON.stringify([fresh, ...raw].slice(0, MAX_ENTRIES)) };
}
