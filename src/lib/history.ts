/**
 * Progress over time: each finished check kept on the device (date and result code), exported to and
 * imported from a file. Both the stored value and an imported file come from outside, so everything
 * here validates what it reads and never throws on it.
 *
 * Durability: the file format is versioned (`format`). Every later version of the site must keep
 * reading format 1 (tests/unit/fixtures/history-v1.json is frozen to hold it to that); a file of a
 * newer format is refused with a reason saying so, never half-read.
 */
import { decodeResult, encodeResult, type CodeShape } from './result-code.ts';
import { MAX_ENTRIES, MAX_FILE_CHARS, isIsoDate, mergeHistory, type HistoryEntry } from './history-log.ts';
import { isRecord, parseJson } from './json.ts';
import { cut, printable } from './quote.ts';

export { MAX_FILE_CHARS, isHistoryEntry, mergeHistory, parseStoredHistory, type HistoryEntry } from './history-log.ts';

/** The format this site writes, and the newest it reads. */
export const HISTORY_FORMAT = 1;

/** The exported file: JSON of this shape. Every later version of the site must keep reading format 1. */
export interface HistoryFile {
  readonly app: 'mini-me-check';
  readonly kind: 'history';
  readonly format: 1;
  /** When the file was written, ISO 8601 UTC. Informational: an import does not need it. */
  readonly exported: string;
  readonly entries: readonly HistoryEntry[];
}

export { MAX_ENTRIES };
const MAX_QUOTED_CHARS = 40;

/** A value from a file, quoted for a message: short, one line, strings in quotes. */
function quote(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? JSON.stringify(cut(value, MAX_QUOTED_CHARS))
        : cut(JSON.stringify(value) ?? String(value), MAX_QUOTED_CHARS);
  } catch {
    text = typeof value;
  }
  // JSON.stringify escapes control characters but not bidi overrides, which could disguise the text.
  return printable(text);
}

/**
 * Why a value is not a valid history entry. Values from the file come quoted (`date`, `code`,
 * `version`: short, one line, strings in quotes), safe to show as they are.
 */
export type EntryProblem =
  | { readonly kind: 'not-an-entry' }
  | { readonly kind: 'bad-date'; readonly date: string }
  | { readonly kind: 'unknown-version'; readonly code: string; readonly version: number }
  | { readonly kind: 'unreadable-code'; readonly code: string }
  | { readonly kind: 'not-canonical'; readonly code: string }
  | { readonly kind: 'version-mismatch'; readonly version: string; readonly code: string }
  | { readonly kind: 'unreadable' };

/** Why a value is not a valid history entry; undefined when it is one. */
function entryProblem(value: unknown, shapes: ReadonlyMap<number, CodeShape>): EntryProblem | undefined {
  if (!isRecord(value)) return { kind: 'not-an-entry' };
  const { date, code, version } = value;
  if (!isIsoDate(date)) return { kind: 'bad-date', date: quote(date) };
  const decoded = decodeResult(code, shapes, 'v');
  if (!decoded.ok) {
    if (decoded.error.kind === 'unknown-version') return { kind: 'unknown-version', code: quote(code), version: decoded.error.version };
    return { kind: 'unreadable-code', code: quote(code) };
  }
  // decodeResult forgives surrounding whitespace; a stored code must be exactly what the encoder writes.
  if (code !== encodeResult(decoded.result, 'v')) return { kind: 'not-canonical', code: quote(code) };
  if (version !== decoded.result.version) return { kind: 'version-mismatch', version: quote(version), code: quote(code) };
  return undefined;
}

/** Why an imported file was refused, in the order checked. Quoted values are safe to show as they are. */
export type ImportError =
  | { readonly kind: 'not-text' }
  | { readonly kind: 'too-large'; readonly maxChars: number }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-history' }
  | { readonly kind: 'other-kind'; readonly found: string }
  | { readonly kind: 'no-format'; readonly found: string }
  | { readonly kind: 'newer-format'; readonly format: number; readonly reads: number }
  | { readonly kind: 'no-entries' }
  | { readonly kind: 'too-many'; readonly count: number; readonly max: number }
  | { readonly kind: 'bad-entry'; readonly position: number; readonly count: number; readonly problem: EntryProblem };

export type ImportResult = { readonly ok: true; readonly entries: HistoryEntry[] } | { readonly ok: false; readonly error: ImportError };

const fail = (error: ImportError): ImportResult => ({ ok: false, error });

/**
 * Reads an imported file's text. Never throws. All or nothing: any problem gives one typed reason
 * and no entries, so a bad file changes nothing. The reasons, in the order checked: not text; larger
 * than MAX_FILE_CHARS; not JSON; not a Mini-Me Check history file (app/kind); no readable format; a
 * newer format than this site reads; entries not an array; more than MAX_ENTRIES entries; an invalid
 * entry (its 1-based position and why). Other fields (`exported`, a comment) are not needed and not
 * checked. The entries come back normalized as by mergeHistory. The view words the reasons
 * (src/i18n/reasons.ts).
 */
export function parseHistoryFile(text: unknown, shapes: ReadonlyMap<number, CodeShape>): ImportResult {
  if (typeof text !== 'string') return fail({ kind: 'not-text' });
  if (text.length > MAX_FILE_CHARS) return fail({ kind: 'too-large', maxChars: MAX_FILE_CHARS });
  const raw = parseJson(text);
  if (raw === undefined) return fail({ kind: 'not-json' });
  if (!isRecord(raw) || raw['app'] !== 'mini-me-check') return fail({ kind: 'not-history' });
  if (raw['kind'] !== 'history') return fail({ kind: 'other-kind', found: quote(raw['kind']) });
  const format = raw['format'];
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) return fail({ kind: 'no-format', found: quote(format) });
  if (format > HISTORY_FORMAT) return fail({ kind: 'newer-format', format, reads: HISTORY_FORMAT });
  const entries = raw['entries'];
  if (!Array.isArray(entries)) return fail({ kind: 'no-entries' });
  if (entries.length > MAX_ENTRIES) return fail({ kind: 'too-many', count: entries.length, max: MAX_ENTRIES });
  const valid: HistoryEntry[] = [];
  for (const [i, entry] of entries.entries()) {
    let problem: EntryProblem | undefined;
    try {
      problem = entryProblem(entry, shapes);
    } catch {
      problem = { kind: 'unreadable' };
    }
    if (problem !== undefined) return fail({ kind: 'bad-entry', position: i + 1, count: entries.length, problem });
    valid.push(entry as HistoryEntry);
  }
  return { ok: true, entries: mergeHistory(valid, []) };
}

/**
 * The export file's text: pretty JSON (2 spaces, final newline) of a HistoryFile, its entries
 * normalized as by mergeHistory (so newest first).
 *
 * @throws RangeError when `now` is an invalid Date (from Date#toISOString); pass a real clock.
 */
export function exportHistory(entries: readonly HistoryEntry[], now: Date): string {
  const file: HistoryFile = {
    app: 'mini-me-check',
    kind: 'history',
    format: HISTORY_FORMAT,
    exported: now.toISOString(),
    entries: mergeHistory(entries, []),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
