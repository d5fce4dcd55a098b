/** Words for why a line of the cohort box was left out (src/lib/cohort.ts CohortProblemReason). */
import type { CohortProblemReason } from '../../lib/cohort.ts';
import { format } from '../format.ts';
import type { Locale } from '../types.ts';

/**
 * Why a line of the cohort box was left out: the message of the reason's kind (`t-<kind>` for a team
 * summary's own errors), given the reason's fields, plus `count` (the plural: levels found, or problems
 * not listed) and `example` (a well-formed result code, for the messages that show the form).
 */
export function cohortProblemText(reason: CohortProblemReason, s: Locale['cohortProblem'], lang: string, example: string): string {
  const r = reason as Partial<Record<'got' | 'count' | 'codeKind', number | string>>;
  const key = (r.codeKind === 't' ? `t-${reason.kind}` : reason.kind) as keyof Locale['cohortProblem'];
  return format(s[key] ?? s.malformed, lang, { ...reason, count: r.got ?? r.count, example } as unknown as Record<string, string | number>);
}
