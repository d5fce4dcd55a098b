/**
 * The history's stored text, and adding a finished result to it. Light on purpose: the quiz page
 * needs only this; reading lives in ./history.ts, the history page's actions in ./history-file.ts.
 */
import { appendEntry } from '../lib/history-append.ts';
import { encodeResult } from '../lib/result-code.ts';
import type { Result } from '../lib/scoring.ts';
import { keepAside, storedAtom } from './storage.ts';

export const HISTORY_KEY = 'minime:history:v1';

/** The stored JSON text, as is; ./history.ts reads it. */
export const $historyText = storedAtom<string | undefined>(HISTORY_KEY, undefined);

/** Adds a finished check, keeping aside a stored value that could not be read. */
export function recordResult(result: Result, now: Date = new Date()): void {
  const { text, unreadable } = appendEntry($historyText.get(), { date: now.toISOString(), code: encodeResult(result), version: result.version });
  if (unreadable !== undefined) keepAside(HISTORY_KEY, unreadable);
  $historyText.set(text);
}
