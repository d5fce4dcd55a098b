/**
 * What every store needs from the page, set in one place before hydration: the current instrument,
 * the code shapes of the versions this build knows, and whether the island is live yet.
 * src/islands/mount.ts calls `setupStores` with the island's props before it hydrates, and
 * `markHydrated` right after; src/islands/Island.astro calls `setupStores` before the server render.
 */
import { atom } from 'nanostores';
import type { Instrument } from '../lib/instrument.ts';
import type { CodeShape } from '../lib/result-code.ts';

/** Shapes as islands receive them (a plain object, version → shape). */
export type ShapeRecord = Readonly<Record<string, CodeShape>>;

/** The page's data every store reads; islands get it as props. */
export interface StoreSetup {
  readonly inst: Instrument;
  readonly shapes?: ShapeRecord;
  /** Earlier versions of the instrument, for a page that shows results taken on them (the history). */
  readonly earlier?: readonly Instrument[];
}

export const $instrument = atom<Instrument | undefined>(undefined);
/** Earlier versions this page describes results of (none unless the page passes them). */
export const $earlier = atom<readonly Instrument[]>([]);
/** Code shapes of the instrument versions this page knows. */
export const $shapes = atom<ReadonlyMap<number, CodeShape>>(new Map());
/**
 * False on the server and in the first client render, which must match the server's HTML (Preact's
 * hydration does not patch attributes that differ); true once hydrated, when stored state may show.
 */
export const $hydrated = atom(false);

export function setupStores({ inst, shapes, earlier }: StoreSetup): void {
  if ($instrument.get() !== inst) $instrument.set(inst);
  if (earlier && $earlier.get() !== earlier) $earlier.set(earlier);
  if (shapes) {
    const map = new Map(Object.entries(shapes).map(([v, s]) => [Number(v), s] as const));
    const known = $shapes.get();
    if (known.size !== map.size || [...map.keys()].some((v) => !known.has(v))) $shapes.set(map);
  }
}

export function markHydrated(): void {
  $hydrated.set(true);
}
