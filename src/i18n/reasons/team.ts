/** Words for why a line of the team box was left out (src/lib/team.ts ProblemReason). */
import type { ProblemReason } from '../../lib/team.ts';
import { format } from '../format.ts';
import type { Locale } from '../types.ts';

/**
 * Why a line of the team box was left out: the message of the reason's kind, given the reason's own
 * fields, plus `count` (the plural: digits found, or problems not listed) and `highest` (the top level).
 */
export function teamProblemText(reason: ProblemReason, s: Locale['teamProblem'], lang: string): string {
  const r = reason as Partial<Record<'got' | 'count' | 'levels', number>>;
  // `levels` is known whenever a message names {highest}.
  return format(s[reason.kind], lang, { ...reason, count: r.got ?? r.count, highest: (r.levels as number) - 1 } as unknown as Record<
    string,
    string | number
  >);
}
