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
  /**
   * Rater codes of this version carry a tag (`r2-1021-k7q3mz`): five random characters and a check
   * character. The tag tells two reps who answered alike apart, so a code pasted twice is counted once,
   * and the check character catches a code that was mistyped or edited. Older tagless codes still read.
   */
  readonly tagged?: boolean | undefined;
}

/** How a dimension with no level is written in a code. */
export const MISSING = 'x';

export type CodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'unknown-version'; readonly version: number }
  | { readonly kind: 'wrong-length'; readonly expected: number; readonly got: number }
  | { readonly kind: 'level-out-of-range' }
  /** A rater code whose tag does not fit its check character: mistyped, cut, or edited by hand. */
  | { readonly kind: 'bad-tag' };

export type Decoded =
  { readonly ok: true; readonly result: Result; readonly tag?: string | undefined } | { readonly ok: false; readonly error: CodeError };

/** Self results are `v…`; a rep's view of their manager (team view) is `r…`. */
export type CodeKind = 'v' | 'r';

/** A code of each kind: its version and its level digits (no g flag, so the patterns keep no state). */
const CODE_PATTERN: Readonly<Record<CodeKind, RegExp>> = {
  v: new RegExp(`^v([1-9][0-9]{0,3})-([0-9${MISSING}]{1,16})$`),
  r: new RegExp(`^r([1-9][0-9]{0,3})-([0-9${MISSING}]{1,16})(?:-([a-z0-9]{1,12}))?$`),
};

/** The characters of a tag: lower-case letters and digits that cannot be misread (no 0, 1, i, l, o). */
export const TAG_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
/** Random characters in a tag; one check character follows them. */
export const TAG_RANDOM = 5;
const LEVEL_CHARS = `0123456789${MISSING}`;

/**
 * The check character of a tagged code's body (`r2-1021-k7q3m`): a position-weighted sum modulo 31
 * (a prime, the size of TAG_ALPHABET). Each character counts as its index among the level characters
 * or the tag alphabet (always under 31), so any one changed character, and any two neighbours swapped,
 * give another check character.
 */
function checkChar(version: number, digits: string, random: string): string {
  const values = [...String(version)].map(Number).concat(
    [...digits].map((c) => LEVEL_CHARS.indexOf(c)),
    [...random].map((c) => TAG_ALPHABET.indexOf(c)),
  );
  const sum = values.reduce((acc, v, i) => acc + v * (i + 1), 0);
  return TAG_ALPHABET.charAt(sum % TAG_ALPHABET.length);
}

/** True when `tag` is a well-formed tag for this result (right length and alphabet, check character fits). */
export function tagFits(result: Result, tag: string): boolean {
  if (tag.length !== TAG_RANDOM + 1 || [...tag].some((c) => !TAG_ALPHABET.includes(c))) return false;
  return checkChar(result.version, levelDigits(result), tag.slice(0, TAG_RANDOM)) === tag.charAt(TAG_RANDOM);
}

/**
 * A random stem for tags (TAG_RANDOM characters), kept by the rater's device so that the same rep's
 * codes share it. Uses crypto.getRandomValues where the platform has it.
 */
export function randomTagStem(): string {
  const bytes = new Uint8Array(TAG_RANDOM);
  if (typeof globalThis.crypto?.getRandomValues === 'function') globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  // 256 is not a multiple of 31; the bias (at most 1 in 256 per character) does not matter for a tag.
  return [...bytes].map((b) => TAG_ALPHABET.charAt(b % TAG_ALPHABET.length)).join('');
}

/** True when `stem` could be a tag's random part. */
export function isTagStem(stem: unknown): stem is string {
  return typeof stem === 'string' && stem.length === TAG_RANDOM && [...stem].every((c) => TAG_ALPHABET.includes(c));
}

/** The tag a stem gives a result: the stem, then the result's check character. */
export function tagFor(result: Result, stem: string): string {
  return stem + checkChar(result.version, levelDigits(result), stem);
}

function levelDigits(result: Result): string {
  return result.levels.map((l) => (l === null ? MISSING : String(l))).join('');
}

/** Long enough for any real code; anything longer is rejected before it is parsed. */
const MAX_CODE_LENGTH = 40;

/** A result's code; a rater code may carry a tag (see CodeShape.tagged), written after a second dash. */
export function encodeResult(result: Result, kind: CodeKind = 'v', tag?: string): string {
  const code = `${kind}${result.version}-${levelDigits(result)}`;
  return kind === 'r' && tag !== undefined ? `${code}-${tag}` : code;
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
  const tag = match[3];
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
  const result: Result = { version, levels };
  if (tag === undefined) return { ok: true, result };
  if (!shape.tagged || !tagFits(result, tag)) return { ok: false, error: { kind: 'bad-tag' } };
  return { ok: true, result, tag };
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
