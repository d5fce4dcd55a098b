/**
 * Progress over time: each finished check kept on the device (date and result code), exported to and
 * imported from a file. Both the stored value and an imported file come from outside, so everything
 * here validates what it reads and never throws on it.
 *
 * Durability: the file format is versioned (`format`). Every later version of the site must keep
 * reading format 1 (tests/unit/fixtures/history-v1.json is frozen to hold it to that); a file of a
 * newer format is refused with a message saying so, never half-read.
 */
import { decodeResult, encodeResult, type CodeShape } from './result-code.ts';
import { MAX_ENTRIES, MAX_FILE_CHARS, isIsoDate, mergeHistory, type HistoryEntry } from './history-log.ts';

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Cuts text to `max` characters, the last an ellipsis when cut; never splits a character in two. */
function cut(text: string, max: number): string {
  const points = Array.from(text.slice(0, max * 2));
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : text;
}

/** A value from a file, quoted for a message: short, one line, strings in quotes. */
function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(cut(value, MAX_QUOTED_CHARS)) : cut(JSON.stringify(value) ?? String(value), MAX_QUOTED_CHARS);
  } catch {
    text = typeof value;
  }
  // JSON.stringify escapes control characters but not bidi overrides, which could disguise the text.
  return text.replace(/[\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/** Why a value is not a valid history entry, in words for an import error; undefined when it is one. */
function entryProblem(value: unknown, shapes: ReadonlyMap<number, CodeShape>): string | undefined {
  if (!isRecord(value)) return 'it is not an entry with a date, a code and a version';
  const { date, code, version } = value;
  if (!isIsoDate(date)) {
    return `its date ${quote(date)} is not a date and time in ISO 8601 UTC form, such as 2026-11-29T17:20:00.000Z`;
  }
  const decoded = decodeResult(code, shapes, 'v');
  if (!decoded.ok) {
    if (decoded.error.kind === 'unknown-version') {
      return `its code ${quote(code)} is from version v${decoded.error.version} of the check, which this site does not know`;
    }
    return `its code ${quote(code)} is not a result code this site can read`;
  }
  // decodeResult forgives surrounding whitespace; a stored code must be exactly what the encoder writes.
  if (code !== encodeResult(decoded.result, 'v')) return `its code ${quote(code)} is not written as a result code is`;
  if (version !== decoded.result.version) {
    return `its version ${quote(version)} does not match its code ${quote(code)}`;
  }
  return undefined;
}

export type ImportResult = { readonly ok: true; readonly entries: HistoryEntry[] } | { readonly ok: false; readonly error: string };

const fail = (error: string): ImportResult => ({ ok: false, error });

/**
 * Reads an imported file's text. Never throws. All or nothing: any problem gives one clear, specific
 * error and no entries, so a bad file changes nothing. The errors, in the order checked: not text;
 * larger than MAX_FILE_CHARS; not JSON; not a Mini-Me Check history file (app/kind); no readable
 * format; a newer format than this site reads ("made by a newer version"); entries not an array; more
 * than MAX_ENTRIES entries; an invalid entry (its 1-based position and why). Other fields (`exported`,
 * a comment) are not needed and not checked. The entries come back normalised as by mergeHistory.
 */
export function parseHistoryFile(text: unknown, shapes: ReadonlyMap<number, CodeShape>): ImportResult {
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  if (text.length > MAX_FILE_CHARS) {
    return fail('The file is larger than 1 MB, far larger than any Mini-Me Check history, so it was not read.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('The file is not a Mini-Me Check history file: it is not JSON text.');
  }
  if (!isRecord(raw) || raw['app'] !== 'mini-me-check') {
    return fail('The file is not a Mini-Me Check history file.');
  }
  if (raw['kind'] !== 'history') {
    return fail(`The file is from Mini-Me Check, but it is not a history file (its kind is ${quote(raw['kind'])}).`);
  }
  const format = raw['format'];
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
    return fail(`The history file has no format number this site can read (found ${quote(format)}).`);
  }
  if (format > HISTORY_FORMAT) {
    return fail(
      `The history file was made by a newer version of Mini-Me Check (format ${format}); this site reads format ${HISTORY_FORMAT} only. Import it on the newer site.`,
    );
  }
  const entries = raw['entries'];
  if (!Array.isArray(entries)) return fail('The history file has no list of entries.');
  if (entries.length > MAX_ENTRIES) {
    return fail(`The history file holds ${entries.length} entries; at most ${MAX_ENTRIES} can be imported.`);
  }
  const valid: HistoryEntry[] = [];
  for (const [i, entry] of entries.entries()) {
    let problem: string | undefined;
    try {
      problem = entryProblem(entry, shapes);
    } catch {
      problem = 'it could not be read';
    }
    if (problem !== undefined) return fail(`Entry ${i + 1} of ${entries.length} is not valid: ${problem}.`);
    valid.push(entry as HistoryEntry);
  }
  return { ok: true, entries: mergeHistory(valid, []) };
}

/**
 * The export file's text: pretty JSON (2 spaces, final newline) of a HistoryFile, its entries
 * normalised as by mergeHistory (so newest first).
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

