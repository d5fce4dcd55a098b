/**
 * The cohort view: what the trainer pasted (kept on this device, so a reload loses nothing), read and
 * counted by src/lib/cohort.ts, and a cohort link's counts when the page was opened with `#c=…`.
 */
import { atom, computed } from 'nanostores';
import {
  decodeCohort,
  encodeCohort,
  makeCohort,
  parseCohortInput,
  type DecodedCohort,
  type MakeCohort,
  type ParsedCohort,
} from '../lib/cohort.ts';
import { codeShape } from '../lib/instrument.ts';
import { encodeResult, exampleResult } from '../lib/result-code.ts';
import { debounced } from './debounced.ts';
import { $instrument, $shapes } from './setup.ts';
import { storedAtom } from './storage.ts';

export const $cohortText = storedAtom<string>('minime:cohort:v1', '');
/** The page's fragment, once the island reads it (never on the server). */
export const $cohortHash = atom<string>('');

export interface CohortView {
  readonly parsed: ParsedCohort;
  /** The counts, or why there are none; undefined while the box holds no result. */
  readonly made: MakeCohort | undefined;
  /** The cohort link's fragment, when there are counts. */
  readonly fragment: string | undefined;
}

export const $cohort = computed([$cohortText, $shapes, $instrument], (text, shapes, inst): CohortView => {
  if (!inst) return { parsed: { entries: [], none: 0, problems: [] }, made: undefined, fragment: undefined };
  const parsed = parseCohortInput(text, inst, shapes);
  const made = parsed.entries.length > 0 ? makeCohort(inst, parsed.entries, parsed.none) : undefined;
  return { parsed, made, fragment: made?.ok ? `c=${encodeCohort(made.counts)}` : undefined };
});

/** The `c` value of a fragment (`#c=c2-…`), or undefined when it has none. Never throws. */
export function cohortCodeIn(hash: unknown): string | undefined {
  if (typeof hash !== 'string') return undefined;
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (part.startsWith('c=')) return part.slice(2);
  }
  return undefined;
}

/**
 * The counts a cohort link holds, or why they cannot be shown; undefined without one. Read with the
 * current version's shape only: a cohort of another version is named, not drawn with this one's bands.
 */
export const $cohortLink = computed([$cohortHash, $instrument], (hash, inst): DecodedCohort | undefined => {
  const code = cohortCodeIn(hash);
  if (code === undefined) return undefined;
  const shapes = new Map(inst ? [[inst.version, codeShape(inst)]] : []);
  return decodeCohort(code, shapes);
});

/** A result code of the current version, for the page to show the form; and its no-verdict marker. */
export const $cohortExamples = computed($instrument, (inst) =>
  inst ? { example: encodeResult(exampleResult(inst.version, codeShape(inst))), none: `v${inst.version}-none` } : { example: '', none: '' },
);

/** What the box holds, in counts: results read, managers without a result, lines with something left out. */
export interface CohortSummary {
  readonly read: number;
  readonly none: number;
  readonly linesLeftOut: number;
}

export const $cohortSummary = computed($cohort, ({ parsed }): CohortSummary => ({
  read: parsed.entries.length,
  none: parsed.none,
  linesLeftOut: new Set(parsed.problems.map((p) => p.line)).size,
}));

/** The summary for a live region: it follows once typing pauses. */
export const $cohortAnnounced = debounced($cohortSummary, 700);

export function setCohortText(text: string): void {
  $cohortText.set(text);
}

export function clearCohort(): void {
  $cohortText.set('');
}

/** Follows the page's fragment (at mount and on every change). */
export function readHash(hash: string = location.hash): void {
  $cohortHash.set(hash);
}

/** Leaves a cohort link's counts for the box: the fragment goes, so a reload shows the box too. */
export function startNewCohort(): void {
  history.replaceState(null, '', location.pathname + location.search);
  $cohortHash.set('');
}
