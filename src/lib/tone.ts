/**
 * Which color a level is drawn in. The site has one five-step color scale, the tones (`.lvl-0` …
 * `.lvl-4` in src/styles/result.css, read at build by src/utils/palette.ts), from "builds on each
 * rep" to "coaches everyone like you". An instrument has its own number of levels (version 2 has
 * three): level i of n is drawn in the tone at the same place on the scale, so the lowest level is
 * always the first tone and the highest the last. Version 1 has five levels, so each keeps its own.
 * One helper for every view that colors a level: the result view, the team chart, the trend chart
 * and the link-preview images.
 */

/** How many tones src/styles/result.css declares (src/utils/palette.ts fails the build otherwise). */
export const TONES = 5;

/** The tone (0 … tones − 1) of level `level` (0 … levels − 1): round(level · (tones − 1) / (levels − 1)). */
export function toneOf(level: number, levels: number, tones: number = TONES): number {
  if (levels <= 1) return 0;
  const clamped = Math.min(Math.max(level, 0), levels - 1);
  return Math.round((clamped * (tones - 1)) / (levels - 1));
}

/** The class that colors an element by its level (`--lvl`); `lvl-none` for a dimension without one. */
export function toneClass(level: number | null | undefined, levels: number): string {
  return level === null || level === undefined ? 'lvl-none' : `lvl-${toneOf(level, levels)}`;
}
