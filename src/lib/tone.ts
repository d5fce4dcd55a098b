/**
 * Which colour a level is drawn in. The site has one five-step colour scale (`.lvl-0` … `.lvl-4` in
 * src/styles/result.css, read at build by src/utils/palette.ts), from "builds on each rep" to
 * "coaches everyone like you". An instrument may have fewer levels than that (version 2 has three):
 * its levels are spread over the whole scale, so its lowest level is always the scale's first colour
 * and its highest the last. Version 1 has five levels, so each level keeps its own colour.
 */

/** How many colours the scale has: the `.lvl-N` rules in src/styles/result.css. */
export const TONES = 5;

/**
 * The colour step (0 … TONES − 1) for level `level` (0-based) of an instrument with `levels`
 * levels: round(level · (TONES − 1) / (levels − 1)). Three levels use steps 0, 2 and 4; five use 0–4.
 */
export function levelTone(level: number, levels: number): number {
  if (levels <= 1) return 0;
  const clamped = Math.min(Math.max(level, 0), levels - 1);
  return Math.round((clamped * (TONES - 1)) / (levels - 1));
}

/** The class that gives an element its level's colour (`--lvl`), or `lvl-none` for a level not known. */
export function toneClass(level: number | null | undefined, levels: number): string {
  return level === null || level === undefined ? 'lvl-none' : `lvl-${levelTone(level, levels)}`;
}
