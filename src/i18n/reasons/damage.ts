/**
 * Words for a damaged result code (src/lib/result-code.ts CodeError) on the not-found page. The one
 * home of this wording; the caller passes its language's group, so a script ships only what it shows.
 */
import type { CodeError } from '../../lib/result-code.ts';
import { format } from '../format.ts';
import type { Locale } from '../types.ts';

/** What is wrong with a result link's code, for the not-found page. `known`: the versions this site reads. */
export function damageText(error: CodeError | undefined, known: readonly number[], s: Locale['damage'], lang: string): string {
  switch (error?.kind) {
    case 'unknown-version': {
      const versions = new Intl.ListFormat(lang, { type: 'unit' }).format([...known].sort((a, b) => a - b).map((v) => `v${v}`));
      return format(s.unknownVersion, lang, { version: error.version, known: versions });
    }
    case 'wrong-length':
      return format(s.wrongLength, lang, { count: error.got, expected: error.expected });
    case 'level-out-of-range':
      return s.levelOutOfRange;
    case 'empty':
      return s.empty;
    default:
      return s.malformed;
  }
}
