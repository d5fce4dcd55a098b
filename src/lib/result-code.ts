/**
 * Result codes: a result written into a short, versioned, URL-safe string, such as `v1-2031`
 * (instrument version 1; levels 2, 0, 3, 1 for the four dimensions in the instrument's order).
 *
 * Durability: a code's meaning is fixed by its version. When the instrument changes in a way that
 * changes what a level means (new items, new bands, new dimensions), it becomes a new version file
 * (content/quiz/v2.json) and codes start with `v2-`; v1.json stays, so every v1 link keeps resolving
 * to the same result. A decoder never guesses: an unknown version is an error, not a fallback.
 */
import type { Result } from './scoring.ts';

/**
 * What a decoder must know about each version: how many dimensions, how many levels each, and
 * whether a dimension may have no level ("not enough answers", written `x`; frequency format only).
 */
export interface CodeShape {
  readonly dimensions: number;
  readonly levels: number;
  readonly missing?: boolean | undefined;
}

/** How a dimension with no level is written in a code. */
export const MISSING = 'x';

export type CodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'unknown-version'; readonly version: number }
  | { readonly kind: 'wrong-length'; readonly expected: number; readonly got: number }
  | { readonly kind: 'level-out-of-range' };

export type Decoded = { readonly ok: true; readonly result: Result } | { readonly ok: false; readonly error: CodeError };

/** Self results are `v…`; a rep's view of their manager (team view) is `r…`. */
export type CodeKind = 'v' | 'r';

/** A code of each kind: its version and its level digits (no g flag, so the patterns keep no state). */
const CODE_PATTERN: Readonly<Record<CodeKind, RegExp>> = {
  v: new RegExp(`^v([1-9][0-9]{0,3})-([0-9${MISSING}]{1,16})$`),
  r: new RegExp(`^r([1-9][0-9]{0,3})-([0-9${MISSING}]{1,16})$`),
};

/** Long enough for any real code; anything longer is rejected before it is parsed. */
const MAX_CODE_LENGTH = 32;

export function encodeResult(result: Result, kind: CodeKind = 'v'): string {
  return `${kind}${result.version}-${result.levels.map((l) => (l === null ? MISSING : String(l))).join('')}`;
}

/**
 * Reads a code. Never throws: any input, of any type or length, gives a result that could have been
 * scored by a known instrument version, or a typed error.
 */
export function decodeResult(input: unknown, shapes: ReadonlyMap<number, CodeShape>, kind: CodeKind = 'v'): Decoded {
  if (typeof input !== 'string' || input.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const code = input.trim();
  if (code.length > MAX_CODE_LENGTH) return { ok: false, error: { kind: 'malformed' } };
  const match = CODE_PATTERN[kind].exec(code);
  if (!match) return { ok: false, error: { kind: 'malformed' } };
  const version = Number(match[1]);
  const digits = match[2] ?? '';
  const shape = shapes.get(version);
  if (!shape) return { ok: false, error: { kind: 'unknown-version', version } };
  if (digits.length !== shape.dimensions) {
    return { ok: false, error: { kind: 'wrong-length', expected: shape.dimensions, got: digits.length } };
  }
  // A dimension may lack a level, but not all of them: such answers carry no verdict and get no code.
  if (digits.includes(MISSING) && (!shape.missing || [...digits].every((d) => d === MISSING)))
    return { ok: false, error: { kind: 'malformed' } };
  const levels = [...digits].map((d) => (d === MISSING ? null : Number(d)));
  if (levels.some((l) => l !== null && l >= shape.levels)) return { ok: false, error: { kind: 'level-out-of-range' } };
  return { ok: true, result: { version, levels } };
}

/**
 * A result to show as an example of a code's form (`v2-1021`): a level for every dimension, levels that
 * differ from their neighbors where the shape allows, each within the shape's levels.
 */
export function exampleResult(version: number, shape: CodeShape): Result {
  return { version, levels: Array.from({ length: shape.dimensions }, (_, i) => (i * 2 + 1) % shape.levels) };
}

/** Every result a version can produce, in code order (a dimension with no level last): the prerendered result pages. */
export function allResults(version: number, shape: CodeShape): Result[] {
  const choices: (number | null)[] = Array.from({ length: shape.levels }, (_, i) => i);
  if (shape.missing) choices.push(null);
  const out: Result[] = [];
  const total = choices.length ** shape.dimensions;
  for (let n = 0; n < total; n++) {
    const levels: (number | null)[] = [];
    let rest = n;
    for (let d = 0; d < shape.dimensions; d++) {
      levels.unshift(choices[rest % choices.length] as number | null);
      rest = Math.floor(rest / choices.length);
    }
    if (levels.some((l) => l !== null)) out.push({ version, levels });
  }
  return out;
}
