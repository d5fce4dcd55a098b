/**
 * The history's stored text, and adding a finished result to it. Light on purpose: the quiz page
 * needs only this; reading lives in ./history.ts, import and export in ./history-file.ts.
 */
import { keepAside } from './storage.ts';
import { persistentAtom } from '@nanostores/persistent';
import { appendEntry } from '../lib/history-append.ts';
import { encodeResult } from '../lib/result-code.ts';
import type { Result } from '../lib/scoring.ts';

export const HISTORY_KEY = 'minime:history:v1';

/** The stored JSON text, as is; src/stores/history.ts reads it. */
export const $historyText = persistentAtom<string | undefined>(HISTORY_KEY, undefined, {
  encode: (v) => v as string,
  decode: (v) => v,
});

/** Parks a history value that cannot be read, so writing a new one never loses it. */
export const keepHistoryAside = (text: string): void => keepAside(HISTORY_KEY, text);

export function recordResult(result: Result, now: Date = new Date()): void {
  const { text, unreadable } = appendEntry($historyText.get(), { date: now.toISOString(), code: encodeResult(result), version: result.version });
  if (unreadable !== undefined) keepHistoryAside(unreadable);
  $historyText.set(text);
}
