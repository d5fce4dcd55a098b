/**
 * Level colours: src/styles/result.css declares a scale of tones (`.lvl-0` … `.lvl-4`, from "builds
 * on each rep" to "coaches everyone like you"), and an instrument has its own number of levels. Level
 * i of n is drawn in the tone at the same place on the scale, so the lowest level always gets the
 * first tone and the highest the last, whatever n is.
 */

/** How many tones src/styles/result.css declares (tests/unit/og.test.ts holds the two together). */
export const TONES = 5;

/** The tone (0 … tones−1) of level `level` (0 … levels−1). */
export function toneOf(level: number, levels: number, tones: number = TONES): number {
  if (levels <= 1) return 0;
  return Math.round((level * (tones - 1)) / (levels - 1));
}

/** The class that colours an element by its level; a missing level (no level, no band) gets none. */
export function toneClass(level: number | null | undefined, levels: number): string {
  return level === null || level === undefined ? 'lvl-none' : `lvl-${toneOf(level, levels)}`;
}
