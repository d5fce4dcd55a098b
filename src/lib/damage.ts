/** Plain words for what is wrong with a result code, for the damaged-link page. */
import type { CodeError, CodeShape } from './result-code.ts';

export function describeDamage(error: CodeError | undefined, shapes: ReadonlyMap<number, CodeShape>): string {
  const known = [...shapes.keys()].sort((a, b) => a - b).map((v) => `v${v}`).join(', ');
  switch (error?.kind) {
    case 'unknown-version':
      return `It names version v${error.version} of the check, which this site does not know (it knows ${known}). The link may be from a newer copy of the site, or mistyped.`;
    case 'wrong-length':
      return `It has ${error.got} digit${error.got === 1 ? '' : 's'} where a result has ${error.expected}, one per dimension: it was probably cut off or changed.`;
    case 'level-out-of-range':
      return 'One of its digits is higher than any band of the check, so it cannot be a real result.';
    case 'empty':
      return 'It has no result code at all: the end of the link is missing.';
    case 'malformed':
    case undefined:
    default:
      return 'Its result code is not in the form the check writes, so it cannot be read.';
  }
}
