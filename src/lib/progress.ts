/**
 * Quiz progress as kept on the device: which answers are given and where the user is. Stored as JSON
 * under a versioned key; anything read back is validated here, so a damaged or foreign value is
 * never trusted (it is reported, and the quiz starts fresh without crashing).
 */
import type { Instrument } from './instrument.ts';
import { isAnswer, orderedItems, type Answers, type Form } from './scoring.ts';
import { isRecord, parseJson } from './json.ts';

/** Bump when the stored shape changes; older shapes are then migrated or ignored. */
export const PROGRESS_FORMAT = 1;

export interface Progress {
  readonly format: typeof PROGRESS_FORMAT;
  /** The instrument version the answers belong to. */
  readonly version: number;
  readonly answers: Answers;
  /** Position in `orderedItems(inst, form)`; equal to the item count once the user has finished. */
  readonly position: number;
  /** Whether the intro has been passed. */
  readonly started: boolean;
  /** Set when these answers reached a result (and were recorded); cleared when an answer changes. */
  readonly done?: boolean | undefined;
}

export const emptyProgress = (version: number): Progress => ({
  format: PROGRESS_FORMAT,
  version,
  answers: {},
  position: 0,
  started: false,
});

/**
 * Parses stored text. Returns undefined for anything that is not a progress record of this format
 * (bad JSON, wrong shape, wrong types); the caller decides what to tell the user.
 */
export function parseProgress(text: unknown): Progress | undefined {
  const raw = parseJson(text, 20_000);
  if (!isRecord(raw) || raw['format'] !== PROGRESS_FORMAT) return undefined;
  const { version, answers, position, started, done } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return undefined;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) return undefined;
  if (typeof started !== 'boolean' || !isRecord(answers)) return undefined;
  if (done !== undefined && typeof done !== 'boolean') return undefined;
  const clean: Record<string, number> = {};
  for (const [id, value] of Object.entries(answers)) {
    if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
    clean[id] = value;
  }
  return done
    ? { format: PROGRESS_FORMAT, version, answers: clean, position, started, done }
    : { format: PROGRESS_FORMAT, version, answers: clean, position, started };
}

/**
 * Fits stored progress to an instrument: drops answers to unknown items or off the scale (keeping
 * "hasn't come up" where the instrument offers it), clamps the position, and starts fresh when the
 * progress belongs to another version.
 */
export function fitProgress(progress: Progress, inst: Instrument, form: Form): Progress {
  if (progress.version !== inst.version) return emptyProgress(inst.version);
  const items = orderedItems(inst, form);
  const answers: Record<string, number> = {};
  for (const item of items) {
    const value = progress.answers[item.id];
    if (isAnswer(inst, value)) answers[item.id] = value;
  }
  // The position may not skip past an unanswered item.
  const firstGap = items.findIndex((i) => answers[i.id] === undefined);
  const limit = firstGap === -1 ? items.length : firstGap;
  return { ...progress, answers, position: Math.min(progress.position, limit) };
}
