/**
 * Reading JSON that comes from outside (localStorage, an imported file): one place that parses
 * without throwing and one check for "a plain record", so every reader treats bad input alike.
 */

/** A JSON object (not an array, not null): what a stored or imported record must at least be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON.parse that never throws: the parsed value, or undefined (which no JSON text parses to) for
 * anything that is not a string of JSON text or is longer than `maxChars` (refused unread, so a huge
 * value costs nothing).
 */
export function parseJson(text: unknown, maxChars = Number.POSITIVE_INFINITY): unknown {
  if (typeof text !== 'string' || text.length > maxChars) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
