/**
 * Quoting input back to the person who typed or pasted it: one line, printable, short. Shared by the
 * messages about pasted codes (team.ts) and imported files (history.ts).
 */

/** Control, bidi-override and invisible characters (zero-width spaces and joiners, the byte-order mark) would make a quoted piece of input misleading on screen. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** The text with every control and bidi-override character turned into a space. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, ' ');
}

/** Cuts text to `max` characters, the last an ellipsis when cut; counts code points, so never splits a character in two. */
export function cut(text: string, max: number): string {
  const points = Array.from(text.slice(0, max * 2));
  // Past max * 2 code units there are more than max characters, even when each takes two units.
  if (points.length <= max && text.length <= max * 2) return text;
  return `${points
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
