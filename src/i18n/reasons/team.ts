/** Words for why a line of the team box was left out (src/lib/team.ts ProblemReason). */
import type { ProblemReason } from '../../lib/team.ts';
import { format } from '../format.ts';
import type { Locale } from '../types.ts';

/**
 * Why a line of the team box was left out: the message of the reason's kind, given the reason's own
 * fields, plus `count` (the plural: levels found, or problems not listed), `highest` (the top level) and
 * `example` (a well-formed code, for the messages that show the form).
 */
export function teamProblemText(reason: ProblemReason, s: Locale['teamProblem'], lang: string, example: string): string {
  const r = reason as Partial<Record<'got' | 'count' | 'levels', number>>;
  const kind = (reason as { codeKind?: string }).codeKind ?? 'r';
  // `levels` is known whenever a message names {highest}; the example is written with the kind of code the line held.
  return format(s[reason.kind], lang, {
    ...reason,
    count: r.got ?? r.count,
    highest: (r.levels as number) - 1,
    example: example.replace(/^[rv]/, kind),
  } as unknown as Record<string, string | number>);
}
