/**
 * A short check string for links that hold figures (team summaries, cohort counts): FNV-1a (32 bits)
 * over the link's text, written in five characters of TAG_ALPHABET. Not a signature: it does not stop
 * someone determined, but a figure changed by hand, a character lost or swapped in copying, or a link
 * cut short no longer fits, so the page says the link was changed instead of showing a wrong figure.
 */
import { TAG_ALPHABET } from './result-code.ts';

export const CHECK_LENGTH = 5;

export function checkString(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < CHECK_LENGTH; i++) {
    out += TAG_ALPHABET.charAt(hash % TAG_ALPHABET.length);
    hash = Math.floor(hash / TAG_ALPHABET.length);
  }
  return out;
}
