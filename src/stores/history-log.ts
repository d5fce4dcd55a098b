/**
 * The history's stored text, and adding a finished result to it. Light on purpose: the quiz page
 * needs only this; reading, import and export live in ./history.ts.
 */
import './storage.ts';
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

/** Parks a value that cannot be read beside the key, so writing a new one never loses it. */
export function keepAside(text: string): void {
  try {
    globalThis.localStorage?.setItem(`${HISTORY_KEY}:unreadable`, text);
  } catch {
    /* storage is gone; nothing more to keep */
  }
}

export function recordResult(result: Result, now: Date = new Date()): void {
  const { text, unreadable } = appendEntry($historyText.get(), { date: now.toISOString(), code: encodeResult(result), version: result.version });
  if (unreadable !== undefined) keepAside(unreadable);
  $historyText.set(text);
}
