/**
 * The history's stored text, on its own so that every page that reads or adds to the history shares
 * only this: reading lives in ./history.ts, adding a finished check in ./self.ts, the history page's
 * actions in ./history-file.ts.
 */
import { storedAtom } from './storage.ts';

export const HISTORY_KEY = 'minime:history:v1';

/** The stored JSON text, as is; ./history.ts reads it. */
export const $historyText = storedAtom<string | undefined>(HISTORY_KEY, undefined);
