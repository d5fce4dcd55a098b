/**
 * Reading the history kept on the device: entry validation, parsing what is stored, and merging.
 * Small on purpose, for the pages that only read it; appending is in ./history-append.ts, the import
 * and export file format, with its worded errors, in ./history.ts.
 */
import { decodeResult, encodeResult, type CodeShape } from './result-code.ts';
import type { Instrument } from './instrument.ts';
import { describeResult, type ResultView } from './scoring.ts';
import { MAX_ENTRIES, type HistoryEntry } from './history-append.ts';
import { isRecord, parseJson } from './json.ts';

export { MAX_ENTRIES, type HistoryEntry };

/** Larger text is refused unread: a real history of MAX_ENTRIES entries is about 50 kB. */
export const MAX_FILE_CHARS = 1_000_000;
/** An ISO date string is 24 characters (27 with a six-digit year); longer is not worth parsing. */
const MAX_DATE_CHARS = 32;

/** True for a date exactly as Date#toISOString writes it, so stored dates compare and sort reliably. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_DATE_CHARS) return false;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && new Date(ms).toISOString() === value;
}

/**
 * Validates one entry: a real ISO date (as Date#toISOString writes it), a code exactly as the encoder
 * writes it that decodes with a known version, and a version equal to the code's. Never throws.
 * (src/lib/history.ts words the same rules as messages for imports.)
 */
export function isHistoryEntry(value: unknown, shapes: ReadonlyMap<number, CodeShape>): value is HistoryEntry {
  try {
    if (!isRecord(value)) return false;
    const { date, code, version } = value;
    if (!isIsoDate(date)) return false;
    const decoded = decodeResult(code, shapes, 'v');
    return decoded.ok && code === encodeResult(decoded.result, 'v') && version === decoded.result.version;
  } catch {
    // Only an exotic object (a throwing getter, a revoked proxy) gets here: it is not an entry.
    return false;
  }
}

/**
 * Reads what localStorage holds (JSON text of HistoryEntry[]). Never throws. Invalid single entries
 * are dropped (one damaged entry should not cost the rest); undefined only when the value is not a
 * JSON array at all (or is not a string, or is over MAX_FILE_CHARS), and then the caller keeps the raw
 * text aside rather than writing over it. The entries come back normalized as mergeHistory leaves
 * them: fresh objects, no duplicates, newest first, at most MAX_ENTRIES.
 */
export function parseStoredHistory(text: unknown, shapes: ReadonlyMap<number, CodeShape>): HistoryEntry[] | undefined {
  const raw = parseJson(text, MAX_FILE_CHARS);
  if (!Array.isArray(raw)) return undefined;
  return mergeHistory(
    raw.filter((e: unknown): e is HistoryEntry => isHistoryEntry(e, shapes)),
    [],
  );
}

/** Newest first; same instant → code in ascending order. A total order on valid entries. */
function newestFirst(x: HistoryEntry, y: HistoryEntry): number {
  const dx = Date.parse(x.date);
  const dy = Date.parse(y.date);
  if (dx !== dy && Number.isFinite(dx) && Number.isFinite(dy)) return dy - dx;
  if (x.date !== y.date) return x.date < y.date ? 1 : -1;
  if (x.code !== y.code) return x.code < y.code ? -1 : 1;
  return 0;
}

/**
 * Union without duplicates (same date AND code = same entry), newest first (ties broken by code),
 * capped at MAX_ENTRIES newest. Idempotent, commutative, associative: importing a file twice, or two
 * devices' files in either order, gives the same history. Returns fresh objects holding only the three
 * fields, so nothing extra a file carried is stored. Entries are expected to be valid (isHistoryEntry).
 */
export function mergeHistory(a: readonly HistoryEntry[], b: readonly HistoryEntry[]): HistoryEntry[] {
  const byKey = new Map<string, HistoryEntry>();
  for (const e of [...a, ...b]) {
    // The date holds no space, so this key cannot be confused between entries.
    const key = `${e.date} ${e.code}`;
    if (!byKey.has(key)) byKey.set(key, { date: e.date, code: e.code, version: e.version });
  }
  return [...byKey.values()].sort(newestFirst).slice(0, MAX_ENTRIES);
}

/** An entry with what it scored, described on the instrument of its own version. */
export interface HistoryRow {
  readonly entry: HistoryEntry;
  /** Undefined when this page does not know the entry's version (it is not the current one, nor among `earlier`). */
  readonly view: ResultView | undefined;
  /** Taken on the current version of the check: its levels compare with a new result's. */
  readonly current: boolean;
}

/**
 * Entries with their results, each described on the instrument of its own version: `current`, or one of
 * `earlier` (a version-1 entry keeps its index and band). An entry of a version not given has no view.
 */
export function describeEntries(
  current: Instrument,
  shapes: ReadonlyMap<number, CodeShape>,
  entries: readonly HistoryEntry[],
  earlier: readonly Instrument[] = [],
): HistoryRow[] {
  const byVersion = new Map([...earlier, current].map((inst) => [inst.version, inst]));
  return entries.map((entry) => {
    const decoded = decodeResult(entry.code, shapes);
    const inst = decoded.ok ? byVersion.get(decoded.result.version) : undefined;
    return {
      entry,
      view: decoded.ok && inst ? describeResult(inst, decoded.result) : undefined,
      current: decoded.ok && decoded.result.version === current.version,
    };
  });
}
