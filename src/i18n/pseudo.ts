/**
 * Pseudo-localization: every message wrapped in ⟦…⟧, its letters accented and its vowels doubled
 * (about 30% longer, as many languages run longer than English), placeholders kept intact. A build
 * with SITE_LOCALE=pseudo shows at a glance any interface text that does not come from the strings
 * table, and any layout that breaks on longer words.
 */
import type { Group, Message, Plural } from './format.ts';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ľ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ľ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
const VOWEL = /[aeiouAEIOU]/;

function accent(text: string): string {
  let out = '';
  for (const ch of text) {
    const a = ACCENTED[ch];
    out += a === undefined ? ch : VOWEL.test(ch) ? a + a : a;
  }
  return out;
}

/** One text: accented and lengthened outside its `{placeholders}`, wrapped in ⟦…⟧. */
export function pseudoText(text: string): string {
  return `⟦${text
    .split(/(\{\w+\})/)
    .map((piece, i) => (i % 2 === 1 ? piece : accent(piece)))
    .join('')}⟧`;
}

export function pseudoMessage(message: Message): Message {
  if (typeof message === 'string') return pseudoText(message);
  return Object.fromEntries(Object.entries(message).map(([form, text]) => [form, pseudoText(text)])) as Plural;
}

/** A whole group, message by message. */
export function pseudoGroup<G extends Group>(group: G): { readonly [K in keyof G]: G[K] extends string ? string : Plural } {
  return Object.fromEntries(Object.entries(group).map(([key, message]) => [key, pseudoMessage(message)])) as {
    [K in keyof G]: G[K] extends string ? string : Plural;
  };
}
