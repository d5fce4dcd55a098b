/** The manager's own check; each finished check is added to the history on this device. */
import { appendEntry } from '../lib/history-append.ts';
import { encodeResult } from '../lib/result-code.ts';
import type { Result } from '../lib/scoring.ts';
import { $historyText, HISTORY_KEY } from './history-log.ts';
import { createQuiz } from './quiz.ts';
import { keepAside } from './storage.ts';

/** Adds a finished check to the history, keeping aside a stored value that could not be read. */
export function recordResult(result: Result, now: Date = new Date()): void {
  const { text, unreadable } = appendEntry($historyText.get(), {
    date: now.toISOString(),
    code: encodeResult(result),
    version: result.version,
  });
  if (unreadable !== undefined) keepAside(HISTORY_KEY, unreadable);
  $historyText.set(text);
}

export const selfQuiz = createQuiz({ key: 'minime:quiz:v1', form: 'self', onComplete: (result) => recordResult(result) });
