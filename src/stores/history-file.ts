/** Export to and import from a file, for the history page. */
import { exportHistory, mergeHistory, parseHistoryFile, type ImportResult } from '../lib/history.ts';
import { $history, $shapes, writeHistory } from './history.ts';

/** Merges an exported file into the history; a bad file changes nothing and says why. */
export function importHistory(text: string): ImportResult {
  const parsed = parseHistoryFile(text, $shapes.get());
  if (parsed.ok) writeHistory(mergeHistory($history.get().entries, parsed.entries));
  return parsed;
}

export function exportHistoryText(now: Date = new Date()): string {
  return exportHistory($history.get().entries, now);
}
